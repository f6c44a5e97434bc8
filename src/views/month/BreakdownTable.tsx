import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { ChangeBadge } from '../../components/ChangeBadge';
import type { TABLE_FEATURES } from '../../components/DataTable';
import { DataTable } from '../../components/DataTable';
import { outcomeRate } from '../../metrics/month-comparison';
import { MISSING_GROUP } from '../../metrics/month-view';
import type { EventSource } from '../../model/event-source';
import { isUnstable } from '../../stats';
import { formatCount, formatPercent } from '../format';
import { Suppressible } from '../shared/Suppressible';
import { UnstableFlag } from '../shared/UnstableFlag';
import type { BreakdownLine } from './breakdown-lines';

interface Props {
  readonly lines: readonly BreakdownLine[];
  readonly source: EventSource;
  readonly onChoose: (group: string) => void;
  /** The workspace asks for suppression on screen too. */
  readonly onScreen: boolean;
}

const helper = createColumnHelper<typeof TABLE_FEATURES, BreakdownLine>();

function GroupCell({
  line,
  onChoose,
}: {
  line: BreakdownLine;
  onChoose: Props['onChoose'];
}) {
  if (line.group === MISSING_GROUP) return <>{line.group}</>;
  return (
    <button type="button" className="link" onClick={() => onChoose(line.group)}>
      {line.group}
    </button>
  );
}

function RateCell({ line, onScreen }: { line: BreakdownLine; onScreen: boolean }) {
  const rate = outcomeRate(line);
  // The flag tells whether the count is 20 or fewer, so it is hidden with the rate.
  return (
    <Suppressible hidden={line.hidden.rate} onScreen={onScreen}>
      <span data-field="rate">{formatPercent(rate)}</span>
      {rate !== null && isUnstable(line.outcomes) && <UnstableFlag />}
    </Suppressible>
  );
}

/** Count, rate and change per breakdown value; a value's button filters the view. */
export function BreakdownTable({ lines, source, onChoose, onScreen }: Props) {
  const columns = useMemo(() => {
    const change = (
      key: 'priorEvents' | 'lastYearEvents',
      hidden: 'vsPrior' | 'vsLastYear',
    ) =>
      function ChangeCell({ line }: { line: BreakdownLine }) {
        return (
          <span data-field={hidden}>
            <Suppressible hidden={line.hidden[hidden]} onScreen={onScreen}>
              <ChangeBadge current={line.events} prior={line[key]} />
            </Suppressible>
          </span>
        );
      };
    const VsPrior = change('priorEvents', 'vsPrior');
    const VsLastYear = change('lastYearEvents', 'vsLastYear');
    return helper.columns([
      helper.display({
        id: 'group',
        header: 'Value',
        cell: (info) => <GroupCell line={info.row.original} onChoose={onChoose} />,
      }),
      helper.display({
        id: 'events',
        header: source.eventNoun,
        cell: (info) => (
          <span data-field="events">
            <Suppressible hidden={info.row.original.hidden.events} onScreen={onScreen}>
              {formatCount(info.row.original.events)}
            </Suppressible>
          </span>
        ),
      }),
      ...(source.outcomeLabel === null
        ? []
        : [
            helper.display({
              id: 'outcomes',
              header: source.outcomeLabel,
              cell: (info) => (
                <span data-field="outcomes">
                  <Suppressible
                    hidden={info.row.original.hidden.outcomes}
                    onScreen={onScreen}
                  >
                    {formatCount(info.row.original.outcomes)}
                  </Suppressible>
                </span>
              ),
            }),
            helper.display({
              id: 'rate',
              header: 'Rate',
              cell: (info) => <RateCell line={info.row.original} onScreen={onScreen} />,
            }),
          ]),
      helper.display({
        id: 'vs-prior',
        header: `Change in ${source.eventNoun} vs month before`,
        cell: (info) => <VsPrior line={info.row.original} />,
      }),
      helper.display({
        id: 'vs-last-year',
        header: `Change in ${source.eventNoun} vs same month last year`,
        cell: (info) => <VsLastYear line={info.row.original} />,
      }),
    ]);
  }, [source, onChoose, onScreen]);
  const total = lines.find((line) => line.isTotal);
  return (
    <DataTable
      columns={columns}
      rows={lines.filter((line) => !line.isTotal)}
      className="breakdown-table"
      testId="breakdown-table"
      rowData={(line) => ({ group: line.group })}
      footer={
        total && (
          <TotalRow
            line={total}
            onScreen={onScreen}
            withOutcome={source.outcomeLabel !== null}
          />
        )
      }
    />
  );
}

interface TotalRowProps {
  readonly line: BreakdownLine;
  readonly onScreen: boolean;
  readonly withOutcome: boolean;
}

function TotalRow({ line, onScreen, withOutcome }: TotalRowProps) {
  return (
    <tr data-total="true">
      <th scope="row">Total</th>
      <td data-field="events">
        <Suppressible hidden={line.hidden.events} onScreen={onScreen}>
          {formatCount(line.events)}
        </Suppressible>
      </td>
      {withOutcome && (
        <>
          <td data-field="outcomes">
            <Suppressible hidden={line.hidden.outcomes} onScreen={onScreen}>
              {formatCount(line.outcomes)}
            </Suppressible>
          </td>
          <td>
            <RateCell line={line} onScreen={onScreen} />
          </td>
        </>
      )}
      <td />
      <td />
    </tr>
  );
}
