import { useEffect, useMemo, useState } from 'react';
import type { QueryRunner } from '../../engine/query-runner';
import type { MonthCoverage } from '../../metrics/month-comparison';
import { monthBreakdownQuery } from '../../metrics/month-view';
import type { BreakdownFilter, EventSource } from '../../model/event-source';
import { useQueryRows } from '../../state/useQueryRows';
import { monthLabel } from '../format';
import type { SharingRule } from '../shared/sharing-rule';
import { breakdownLines, type ShownBreakdown } from './breakdown-lines';
import { BreakdownTable } from './BreakdownTable';
import type { BreakdownRow } from './month-suppression';

interface Props {
  readonly coverage: MonthCoverage;
  readonly runner: QueryRunner;
  readonly source: EventSource;
  readonly month: string;
  readonly filters: readonly BreakdownFilter[];
  readonly onChoose: (filter: BreakdownFilter) => void;
  readonly sharing: SharingRule;
  /** Told the lines shown once they are computed, and null while they are not. */
  readonly onShown: (breakdown: ShownBreakdown | null) => void;
}

/** The reviewed month by one breakdown column; choosing a value filters the view. */
export function BreakdownPanel(props: Props) {
  const { runner, source, month, filters, onChoose, coverage, sharing, onShown } = props;
  const [column, setColumn] = useState(source.breakdowns[0] ?? '');
  const result = useQueryRows(
    runner,
    monthBreakdownQuery(source, column, month, filters),
  );
  const { prior, lastYear } = coverage;
  const lines = useMemo(() => {
    if (result.status !== 'done') return null;
    const rows: BreakdownRow[] = result.rows.map((row) => ({
      group: String(row.grp),
      events: Number(row.current_events),
      outcomes: Number(row.current_outcomes),
      priorEvents: prior ? Number(row.prior_events) : null,
      lastYearEvents: lastYear ? Number(row.last_year_events) : null,
    }));
    return breakdownLines(rows, sharing.preset);
  }, [result, prior, lastYear, sharing.preset]);
  useEffect(() => {
    onShown(lines && { column, lines });
  }, [onShown, lines, column]);
  if (result.status === 'failed') throw result.error;

  return (
    <section className="breakdown" aria-label="Breakdown">
      <h3>
        {monthLabel(month)} by{' '}
        <select
          name="breakdown"
          value={column}
          onChange={(event) => setColumn(event.target.value)}
        >
          {source.breakdowns.map((name) => (
            <option key={name}>{name}</option>
          ))}
        </select>
      </h3>
      {lines === null ? (
        <p role="status">Computing…</p>
      ) : (
        <BreakdownTable
          lines={lines}
          source={source}
          onChoose={(group) => onChoose({ column, value: group })}
          onScreen={sharing.onScreen}
        />
      )}
    </section>
  );
}
