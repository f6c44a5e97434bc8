import { outcomeRate, type MonthCounts } from '../../metrics/month-comparison';
import type { EventSource } from '../../model/event-source';
import { isUnstable } from '../../stats';
import { formatCount, formatPercent, monthLabel } from '../format';
import type { SharingRule } from '../shared/sharing-rule';
import { Suppressible } from '../shared/Suppressible';
import { UnstableFlag } from '../shared/UnstableFlag';
import { suppressMonthLine } from './month-suppression';
import { useOpenForPrint } from '../shared/useOpenForPrint';

interface Props {
  readonly months: readonly MonthCounts[];
  readonly source: EventSource;
  readonly sharing: SharingRule;
}

interface RowProps {
  readonly counts: MonthCounts;
  readonly sharing: SharingRule;
  readonly withOutcome: boolean;
}

function MonthRow({ counts, sharing, withOutcome }: RowProps) {
  const hidden = suppressMonthLine(counts, sharing.preset);
  const rate = outcomeRate(counts);
  const onScreen = sharing.onScreen;
  return (
    <tr data-month={counts.month}>
      <th scope="row">{monthLabel(counts.month)}</th>
      <td data-field="events">
        <Suppressible hidden={hidden.events} onScreen={onScreen}>
          {formatCount(counts.events)}
        </Suppressible>
      </td>
      {withOutcome && (
        <>
          <td data-field="outcomes">
            <Suppressible hidden={hidden.outcomes} onScreen={onScreen}>
              {formatCount(counts.outcomes)}
            </Suppressible>
          </td>
          <td>
            <Suppressible hidden={hidden.rate} onScreen={onScreen}>
              <span data-field="rate">{formatPercent(rate)}</span>
              {rate !== null && isUnstable(counts.outcomes) && <UnstableFlag />}
            </Suppressible>
          </td>
        </>
      )}
    </tr>
  );
}

/** Every month's figures as a table: what the charts draw, readable and printable. */
export function MonthlyTable({ months, source, sharing }: Props) {
  const details = useOpenForPrint();
  return (
    <details className="monthly-table" ref={details}>
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
            <MonthRow
              key={counts.month}
              counts={counts}
              sharing={sharing}
              withOutcome={source.outcomeLabel !== null}
            />
          ))}
        </tbody>
      </table>
    </details>
  );
}
