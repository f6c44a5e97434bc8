import { useState } from 'react';
import type { QueryRunner } from '../../engine/query-runner';
import type { MonthCoverage } from '../../metrics/month-comparison';
import { monthBreakdownQuery } from '../../metrics/month-view';
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
  const [column, setColumn] = useState(source.breakdowns[0] ?? '');
  const result = useQueryRows(
    runner,
    monthBreakdownQuery(source, column, month, filters),
  );
  if (result.status === 'failed') throw result.error;

  const rows: BreakdownRow[] =
    result.status === 'done'
      ? result.rows.map((row) => ({
          group: String(row.grp),
          events: Number(row.current_events),
          outcomes: Number(row.current_outcomes),
          priorEvents: coverage.prior ? Number(row.prior_events) : null,
          lastYearEvents: coverage.lastYear ? Number(row.last_year_events) : null,
        }))
      : [];

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
      {result.status === 'loading' ? (
        <p role="status">Computing…</p>
      ) : (
        <BreakdownTable
          rows={rows}
          source={source}
          onChoose={(group) => onChoose({ column, value: group })}
        />
      )}
    </section>
  );
}
