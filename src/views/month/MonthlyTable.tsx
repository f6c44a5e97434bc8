import { outcomeRate, type MonthCounts } from '../../metrics/month-comparison';
import type { EventSource } from '../../model/event-source';
import { formatCount, formatPercent, monthLabel } from '../format';

interface Props {
  readonly months: readonly MonthCounts[];
  readonly source: EventSource;
}

/** Every month's figures as a table: what the charts draw, readable and printable. */
export function MonthlyTable({ months, source }: Props) {
  return (
    <details className="monthly-table">
      <summary>Monthly figures</summary>
      <table data-testid="monthly-figures">
        <thead>
          <tr>
            <th>Month</th>
            <th>{source.eventNoun}</th>
            {source.outcomeLabel !== null && (
              <>
                <th>{source.outcomeLabel}</th>
                <th>Rate</th>
              </>
            )}
          </tr>
        </thead>
        <tbody>
          {months.map((counts) => (
            <tr key={counts.month} data-month={counts.month}>
              <th scope="row">{monthLabel(counts.month)}</th>
              <td data-field="events">{formatCount(counts.events)}</td>
              {source.outcomeLabel !== null && (
                <>
                  <td data-field="outcomes">{formatCount(counts.outcomes)}</td>
                  <td data-field="rate">{formatPercent(outcomeRate(counts))}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
