import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { useMemo } from 'react';
import { ChangeClassBadge } from '../shared/ChangeClassBadge';
import { formatDifference } from '../format';
import { formatPercentChange, formatValueDifference } from '../shared/metric-format';
import { Suppressible } from '../shared/Suppressible';
import type { CompStatRow } from './compstat-row';
import { FigureCell } from './FigureCell';
import { MeasureCell } from './MeasureCell';

interface Props {
  readonly rows: readonly CompStatRow[];
  readonly currentLabel: string;
  readonly priorLabel: string;
  readonly suppressOnScreen: boolean;
}

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, CompStatRow>();

function missingWords(row: CompStatRow): string {
  return row.definition.id.startsWith('recidivism')
    ? 'cohort still in follow-up'
    : 'no data';
}

/** The CompStat lines: each window's figure, the change and its class. */
export function CompStatTable({
  rows,
  currentLabel,
  priorLabel,
  suppressOnScreen,
}: Props) {
  const columns = useMemo(() => {
    const figure = (side: 'current' | 'prior') => (row: CompStatRow) => (
      <FigureCell
        figure={row[side]}
        unit={row.definition.unit}
        side={side}
        events={row.suppressedEvents}
        bases={row.suppressedBases}
        derivedHidden={row.suppressDerived}
        onScreen={suppressOnScreen}
        missing={missingWords(row)}
      />
    );
    return helper.columns([
      helper.display({
        id: 'measure',
        header: 'Measure',
        cell: (info) => (
          <MeasureCell
            definition={info.row.original.definition}
            label={info.row.original.label}
          />
        ),
      }),
      helper.display({
        id: 'current',
        header: currentLabel,
        cell: (info) => figure('current')(info.row.original),
      }),
      helper.display({
        id: 'prior',
        header: priorLabel,
        cell: (info) => figure('prior')(info.row.original),
      }),
      helper.display({
        id: 'difference',
        header: 'Difference',
        cell: (info) => (
          <DifferenceCell row={info.row.original} onScreen={suppressOnScreen} />
        ),
      }),
      helper.display({
        id: 'percent',
        header: '% change',
        cell: (info) => (
          <span data-field="percent-change">
            <Suppressible
              hidden={info.row.original.suppressDerived}
              onScreen={suppressOnScreen}
            >
              {formatPercentChange(info.row.original.percentChange)}
            </Suppressible>
          </span>
        ),
      }),
      helper.display({
        id: 'change',
        header: 'Change',
        cell: (info) => (
          <ChangeClassBadge
            change={info.row.original.change}
            lowerIsBetter={info.row.original.definition.lowerIsBetter}
          />
        ),
      }),
    ]);
  }, [currentLabel, priorLabel, suppressOnScreen]);
  const data = useMemo(() => [...rows], [rows]);
  const table = useTable({ features, columns, data });

  return (
    <table className="compstat-table" data-testid="compstat-table">
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => (
              <th key={header.id} scope="col">
                {header.isPlaceholder ? null : <table.FlexRender header={header} />}
              </th>
            ))}
          </tr>
        ))}
      </thead>
      <tbody>
        {table.getRowModel().rows.map((row) => (
          <tr key={row.id} data-metric={row.original.definition.id}>
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

function DifferenceCell({ row, onScreen }: { row: CompStatRow; onScreen: boolean }) {
  const unit = row.definition.unit;
  return (
    <Suppressible hidden={row.suppressDerived} onScreen={onScreen}>
      <span data-field="difference">{formatValueDifference(row.difference, unit)}</span>
      {unit !== 'count' && row.countDifference !== null && (
        <span className="ratio"> ({formatDifference(row.countDifference)} events)</span>
      )}
    </Suppressible>
  );
}
