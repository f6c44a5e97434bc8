import { toCSV } from '../../export/csv';
import type { MonthCounts, MonthCoverage } from '../../metrics/month-comparison';
import type { BreakdownFilter, EventSource } from '../../model/event-source';
import { downloadText } from '../shared/download';
import { suppressionNote, type SharingRule } from '../shared/sharing-rule';
import type { ShownBreakdown } from './breakdown-lines';
import { monthCSVRows } from './month-csv';
import { summaryLines } from './month-summary-lines';
import '../views.css';

interface Props {
  readonly source: EventSource;
  readonly months: readonly MonthCounts[];
  readonly month: string;
  readonly coverage: MonthCoverage;
  readonly breakdown: ShownBreakdown | null;
  readonly filters: readonly BreakdownFilter[];
  readonly sharing: SharingRule;
}

/** Download CSV and Print of the month review as shown, both suppressed. */
export function MonthShareControls(props: Props) {
  const { source, months, month, coverage, breakdown, filters, sharing } = props;
  const download = () => {
    const summary = summaryLines(months, month, coverage, sharing.preset) ?? [];
    const rows = monthCSVRows({
      source,
      month,
      summary,
      breakdown,
      months,
      filters,
      preset: sharing.preset,
    });
    downloadText(`month-review-${month.slice(0, 7)}.csv`, toCSV(rows), 'text/csv');
  };
  return (
    <>
      <div className="controls no-print">
        <button
          type="button"
          onClick={download}
          disabled={source.breakdowns.length > 0 && breakdown === null}
        >
          Download CSV
        </button>
        <button type="button" onClick={() => globalThis.print()}>
          Print
        </button>
      </div>
      <p className="note" data-testid="suppression-note">
        {suppressionNote(sharing)} Rates from 20 or fewer events are marked unstable.
      </p>
    </>
  );
}
