import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { ChangeBadge } from '../../components/ChangeBadge';
import type { TABLE_FEATURES } from '../../components/DataTable';
import { DataTable } from '../../components/DataTable';
import { outcomeRate } from '../../metrics/month-comparison';
import { MISSING_GROUP } from '../../metrics/month-view';
import type { EventSource } from '../../model/event-source';
import { formatCount, formatPercent } from '../format';

/** One breakdown value's figures for the reviewed month. */
export interface BreakdownRow {
  readonly group: string;
  readonly events: number;
  readonly outcomes: number;
  /** Null when the data does not wholly cover that month. */
  readonly priorEvents: number | null;
  readonly lastYearEvents: number | null;
}

interface Props {
  readonly rows: readonly BreakdownRow[];
  readonly source: EventSource;
  readonly onChoose: (group: string) => void;
}

const helper = createColumnHelper<typeof TABLE_FEATURES, BreakdownRow>();

/** Count, rate and change per breakdown value; a value's button filters the view. */
export function BreakdownTable({ rows, source, onChoose }: Props) {
  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor('group', {
          header: 'Value',
          cell: (info) =>
            info.getValue() === MISSING_GROUP ? (
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
        ...(source.outcomeLabel === null
          ? []
          : [
              helper.accessor('outcomes', {
                header: source.outcomeLabel,
                cell: (info) => formatCount(info.getValue()),
              }),
              helper.display({
                id: 'rate',
                header: 'Rate',
                cell: (info) => formatPercent(outcomeRate(info.row.original)),
              }),
            ]),
        helper.display({
          id: 'vs-prior',
          header: `Change in ${source.eventNoun} vs month before`,
          cell: (info) => (
            <ChangeBadge
              current={info.row.original.events}
              prior={info.row.original.priorEvents}
            />
          ),
        }),
        helper.display({
          id: 'vs-last-year',
          header: `Change in ${source.eventNoun} vs same month last year`,
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
  return (
    <DataTable
      columns={columns}
      rows={rows}
      className="breakdown-table"
      testId="breakdown-table"
      rowData={(row) => ({ group: row.group })}
    />
  );
}
