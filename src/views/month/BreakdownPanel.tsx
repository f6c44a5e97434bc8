import { useEffect, useMemo, useState } from 'react';
import type { QueryRunner } from '../../engine/query-runner';
import type { MonthCoverage } from '../../metrics/month-comparison';
import { monthBreakdownQuery, monthBreakdownRows } from '../../metrics/month-view';
import { toMetricRow } from '../../metrics/run-metric';
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
  /** The measure options in force (the workspace's, or the filtered program's). */
  readonly optionValues: Readonly<Record<string, number>>;
  /** Told the lines shown once they are computed, and null while they are not. */
  readonly onShown: (breakdown: ShownBreakdown | null) => void;
}

/** The reviewed month by one breakdown column; choosing a value filters the view. */
export function BreakdownPanel(props: Props) {
  const { runner, source, month, filters, onChoose, coverage, sharing, onShown } = props;
  const { optionValues } = props;
  const [label, setLabel] = useState(source.breakdowns[0]?.label ?? '');
  const breakdown =
    source.breakdowns.find((candidate) => candidate.label === label) ??
    source.breakdowns[0];
  const result = useQueryRows(
    runner,
    breakdown
      ? monthBreakdownQuery(source, breakdown, month, filters, optionValues)
      : null,
  );
  const { prior, lastYear } = coverage;
  const lines = useMemo(() => {
    if (result.status !== 'done') return null;
    const rows: BreakdownRow[] = monthBreakdownRows(
      source,
      result.rows.map(toMetricRow),
      month,
    ).map((row) => ({
      group: row.grp,
      events: row.current_events,
      outcomes: row.current_outcomes,
      priorEvents: prior ? row.prior_events : null,
      lastYearEvents: lastYear ? row.last_year_events : null,
    }));
    return breakdownLines(rows, sharing.preset);
  }, [result, source, month, prior, lastYear, sharing.preset]);
  const shownLabel = breakdown?.label ?? '';
  useEffect(() => {
    onShown(lines && { column: shownLabel, lines });
  }, [onShown, lines, shownLabel]);
  if (result.status === 'failed') throw result.error;
  if (!breakdown) return null;

  return (
    <section className="breakdown" aria-label="Breakdown">
      <h3>
        {monthLabel(month)} by{' '}
        <select
          name="breakdown"
          value={breakdown.label}
          onChange={(event) => setLabel(event.target.value)}
        >
          {source.breakdowns.map((candidate) => (
            <option key={candidate.label}>{candidate.label}</option>
          ))}
        </select>
      </h3>
      {lines === null ? (
        <p role="status">Computing…</p>
      ) : (
        <BreakdownTable
          lines={lines}
          source={source}
          onChoose={(group) => onChoose({ ...breakdown, value: group })}
          onScreen={sharing.onScreen}
        />
      )}
    </section>
  );
}
