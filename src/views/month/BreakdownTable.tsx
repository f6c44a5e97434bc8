import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { useMemo } from 'react';
import { ChangeBadge } from '../../components/ChangeBadge';
import { outcomeRate } from '../../metrics/month-comparison';
import type { EventSource } from '../../model/event-source';
import { formatCount, formatPercent } from '../format';

/** One breakdown value's figures for the reviewed month. */
export interface BreakdownRow {
  readonly group: string;
  readonly events: number;
  readonly outcomes: number;
  readonly priorEvents: number;
  readonly lastYearEvents: number;
}

interface Props {
  readonly rows: readonly BreakdownRow[];
  readonly source: EventSource;
  readonly onChoose: (group: string) => void;
}

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, BreakdownRow>();

/** Count, rate and change per breakdown value; a value's button filters the view. */
export function BreakdownTable({ rows, source, onChoose }: Props) {
  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor('group', {
          header: 'Value',
          cell: (info) =>
            info.getValue() === '(missing)' ? (
              info.getValue()
            ) : (
              <button
                type="button"
                className="link"
                onClick={() => onChoose(info.getValue())}
              >
                {info.getValue()}
              </button>
            ),
        }),
        helper.accessor('events', {
          header: source.eventNoun,
          cell: (info) => formatCount(info.getValue()),
        }),
        helper.accessor('outcomes', {
          header: source.outcomeLabel,
          cell: (info) => formatCount(info.getValue()),
        }),
        helper.display({
          id: 'rate',
          header: 'Rate',
          cell: (info) => formatPercent(outcomeRate(info.row.original)),
        }),
        helper.display({
          id: 'vs-prior',
          header: 'vs month before',
          cell: (info) => (
            <ChangeBadge
              current={info.row.original.events}
              prior={info.row.original.priorEvents}
            />
          ),
        }),
        helper.display({
          id: 'vs-last-year',
          header: 'vs same month last year',
          cell: (info) => (
            <ChangeBadge
              current={info.row.original.events}
              prior={info.row.original.lastYearEvents}
            />
          ),
        }),
      ]),
    [source, onChoose],
  );
  const data = useMemo(() => [...rows], [rows]);
  const table = useTable({ features, columns, data });

  return (
    <table className="breakdown-table" data-testid="breakdown-table">
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => (
              <th key={header.id}>
                {header.isPlaceholder ? null : <table.FlexRender header={header} />}
              </th>
            ))}
          </tr>
        ))}
      </thead>
      <tbody>
        {table.getRowModel().rows.map((row) => (
          <tr key={row.id} data-group={row.original.group}>
            {row.getAllCells().map((cell) => (
              <td key={cell.id}>
                <table.FlexRender cell={cell} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
