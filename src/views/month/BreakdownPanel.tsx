import { useState } from 'react';
import type { QueryRunner } from '../../engine/query-runner';
import type { MonthCoverage } from '../../metrics/month-comparison';
import { monthBreakdownQuery, monthBreakdownRows } from '../../metrics/month-view';
import { toMetricRow } from '../../metrics/run-metric';
import type { BreakdownFilter, EventSource } from '../../model/event-source';
import { useQueryRows } from '../../state/useQueryRows';
import { monthLabel } from '../format';
import { BreakdownTable, type BreakdownRow } from './BreakdownTable';

interface Props {
  readonly coverage: MonthCoverage;
  readonly runner: QueryRunner;
  readonly source: EventSource;
  readonly month: string;
  readonly filters: readonly BreakdownFilter[];
  readonly onChoose: (filter: BreakdownFilter) => void;
}

/** The reviewed month by one breakdown column; choosing a value filters the view. */
export function BreakdownPanel(props: Props) {
  const { runner, source, month, filters, onChoose, coverage } = props;
  const [label, setLabel] = useState(source.breakdowns[0]?.label ?? '');
  const breakdown =
    source.breakdowns.find((candidate) => candidate.label === label) ??
    source.breakdowns[0];
  const result = useQueryRows(
    runner,
    breakdown ? monthBreakdownQuery(source, breakdown, month, filters) : null,
  );
  if (result.status === 'failed') throw result.error;
  if (!breakdown) return null;

  const rows: BreakdownRow[] =
    result.status === 'done'
      ? monthBreakdownRows(source, result.rows.map(toMetricRow), month).map((row) => ({
          group: row.grp,
          events: row.current_events,
          outcomes: row.current_outcomes,
          priorEvents: coverage.prior ? row.prior_events : null,
          lastYearEvents: coverage.lastYear ? row.last_year_events : null,
        }))
      : [];

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
      {result.status === 'loading' ? (
        <p role="status">Computing…</p>
      ) : (
        <BreakdownTable
          rows={rows}
          source={source}
          onChoose={(group) => onChoose({ ...breakdown, value: group })}
        />
      )}
    </section>
  );
}
