import { ChangeBadge } from '../../components/ChangeBadge';
import type { MonthCounts, MonthCoverage } from '../../metrics/month-comparison';
import { outcomeRate } from '../../metrics/month-comparison';
import type { EventSource } from '../../model/event-source';
import { isUnstable } from '../../stats/stability';
import { wilsonInterval } from '../../stats/proportion';
import { formatCount, formatPercent, monthLabel } from '../format';
import type { SharingRule } from '../shared/sharing-rule';
import { Suppressible } from '../shared/Suppressible';
import { UnstableFlag } from '../shared/UnstableFlag';
import type { LineSuppression } from './month-suppression';
import { summaryLines } from './month-summary-lines';

interface Props {
  readonly coverage: MonthCoverage;
  readonly months: readonly MonthCounts[];
  readonly month: string;
  readonly source: EventSource;
  readonly sharing: SharingRule;
}

function RateFigure(props: {
  readonly counts: MonthCounts;
  readonly hidden: LineSuppression;
  readonly onScreen: boolean;
}) {
  const { counts, hidden, onScreen } = props;
  const interval = wilsonInterval(counts.outcomes, counts.events);
  return (
    <>
      <Suppressible hidden={hidden.rate} onScreen={onScreen}>
        <span className="figure" data-field="rate">
          {formatPercent(outcomeRate(counts))}
        </span>
        {counts.events > 0 && isUnstable(counts.outcomes) && <UnstableFlag />}
      </Suppressible>{' '}
      <span className="ratio">
        (
        <Suppressible hidden={hidden.outcomes} onScreen={onScreen}>
          {formatCount(counts.outcomes)}
        </Suppressible>{' '}
        of{' '}
        <Suppressible hidden={hidden.events} onScreen={onScreen}>
          {formatCount(counts.events)}
        </Suppressible>
        )
      </span>
      {interval && (
        <span className="interval">
          {' '}
          <Suppressible hidden={hidden.rate} onScreen={onScreen}>
            95% CI {formatPercent(interval.lower)}–{formatPercent(interval.upper)}
          </Suppressible>
        </span>
      )}
    </>
  );
}

/** The reviewed month against the month before and the same month last year. */
export function MonthSummary({ months, month, source, coverage, sharing }: Props) {
  const lines = summaryLines(months, month, coverage, sharing.preset);
  if (!lines) return null;
  const onScreen = sharing.onScreen;
  const current = lines[0]!.counts!;
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
        {lines.map(({ label, counts, absent, hidden, change }, index) => (
          <tr key={label} data-line={['current', 'prior', 'last-year'][index]}>
            <th scope="row">{label}</th>
            <td data-field="events">
              {counts ? (
                <Suppressible hidden={hidden.events} onScreen={onScreen}>
                  {formatCount(counts.events)}
                </Suppressible>
              ) : (
                absent
              )}
            </td>
            {source.outcomeLabel !== null && (
              <>
                <td data-field="outcomes">
                  {counts ? (
                    <Suppressible hidden={hidden.outcomes} onScreen={onScreen}>
                      {formatCount(counts.outcomes)}
                    </Suppressible>
                  ) : (
                    '–'
                  )}
                </td>
                <td>
                  {counts ? (
                    <RateFigure counts={counts} hidden={hidden} onScreen={onScreen} />
                  ) : (
                    '–'
                  )}
                </td>
              </>
            )}
            <td data-field="change">
              {index === 0 ? (
                ''
              ) : (
                <Suppressible hidden={change?.hidden ?? false} onScreen={onScreen}>
                  <ChangeBadge
                    current={current.events}
                    prior={counts ? counts.events : null}
                  />
                </Suppressible>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
