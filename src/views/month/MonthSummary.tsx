import { ChangeBadge } from '../../components/ChangeBadge';
import {
  compareMonth,
  shiftMonth,
  type MonthCoverage,
  outcomeRate,
  type MonthCounts,
} from '../../metrics/month-comparison';
import type { EventSource } from '../../model/event-source';
import { isUnstable } from '../../stats/stability';
import { wilsonInterval } from '../../stats/proportion';
import { formatCount, formatPercent, monthLabel } from '../format';

interface Props {
  readonly coverage: MonthCoverage;
  readonly months: readonly MonthCounts[];
  readonly month: string;
  readonly source: EventSource;
}

function RateFigure({ counts }: { readonly counts: MonthCounts }) {
  const interval = wilsonInterval(counts.outcomes, counts.events);
  return (
    <>
      <span className="figure">{formatPercent(outcomeRate(counts))}</span>{' '}
      <span className="ratio">
        ({formatCount(counts.outcomes)} of {formatCount(counts.events)})
      </span>
      {interval && (
        <span className="interval">
          {' '}
          95% CI {formatPercent(interval.lower)}–{formatPercent(interval.upper)}
        </span>
      )}
      {counts.outcomes > 0 && isUnstable(counts.outcomes) && (
        <span className="unstable" title="Rates from 20 or fewer events are unstable">
          {' '}
          unstable
        </span>
      )}
    </>
  );
}

/** The reviewed month against the month before and the same month last year. */
export function MonthSummary({ months, month, source, coverage }: Props) {
  const comparison = compareMonth(months, month);
  if (!comparison) return null;
  const { current } = comparison;
  // A month the data does not wholly cover is left out, never shown as a zero.
  const prior = coverage.prior ? comparison.prior : null;
  const lastYear = coverage.lastYear ? comparison.lastYear : null;
  const rows = [
    {
      label: `${monthLabel(current.month)}${coverage.current === 'full' ? '' : ' (partly covered by the data)'}`,
      counts: current,
    },
    { label: `Month before (${monthLabel(shiftMonth(month, -1))})`, counts: prior },
    {
      label: `Same month last year (${monthLabel(shiftMonth(month, -12))})`,
      counts: lastYear,
    },
  ];
  return (
    <table className="summary" data-testid="month-summary">
      <caption>{monthLabel(month)} compared</caption>
      <thead>
        <tr>
          <th />
          <th>{source.eventNoun}</th>
          {source.outcomeLabel !== null && (
            <>
              <th>{source.outcomeLabel}</th>
              <th>
                Rate ({source.outcomeLabel} ÷ {source.eventNoun})
              </th>
            </>
          )}
          <th>Change in {source.eventNoun}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ label, counts }, index) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{counts ? formatCount(counts.events) : 'not covered by the data'}</td>
            {source.outcomeLabel !== null && (
              <>
                <td>{counts ? formatCount(counts.outcomes) : '–'}</td>
                <td>{counts ? <RateFigure counts={counts} /> : '–'}</td>
              </>
            )}
            <td>
              {index === 0 ? (
                ''
              ) : (
                <ChangeBadge
                  current={current.events}
                  prior={counts ? counts.events : null}
                />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
