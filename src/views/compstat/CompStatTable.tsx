import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import type { TABLE_FEATURES } from '../../components/DataTable';
import { DataTable } from '../../components/DataTable';
import { formatDifference } from '../format';
import { formatPercentChange, formatValueDifference } from '../shared/metric-format';
import { Suppressible } from '../shared/Suppressible';
import { ChangeCell } from './ChangeCell';
import type { CompStatRow } from './compstat-row';
import { FigureCell } from './FigureCell';
import { MeasureCell } from './MeasureCell';

interface Props {
  readonly rows: readonly CompStatRow[];
  readonly currentLabel: string;
  readonly priorLabel: string;
  readonly suppressOnScreen: boolean;
  /** Set for a breakdown: the first column names the group, not the measure. */
  readonly groupHeader?: string;
  /** The filtered program's targets, by metric id, shown beside each measure. */
  readonly targets?: Readonly<Record<string, number>>;
  readonly testId?: string;
}

const helper = createColumnHelper<typeof TABLE_FEATURES, CompStatRow>();

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
  groupHeader,
  targets,
  testId = 'compstat-table',
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
        header: groupHeader ?? 'Measure',
        cell: (info) =>
          groupHeader ? (
            <strong data-field="group">{info.row.original.label}</strong>
          ) : (
            <MeasureCell
              definition={info.row.original.definition}
              label={info.row.original.label}
              target={targets?.[info.row.original.definition.id]}
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
          <ChangeCell row={info.row.original} onScreen={suppressOnScreen} />
        ),
      }),
    ]);
  }, [currentLabel, priorLabel, suppressOnScreen, groupHeader, targets]);
  return (
    <DataTable
      columns={columns}
      rows={rows}
      className="compstat-table"
      testId={testId}
      rowData={(row): Record<string, string> =>
        groupHeader ? { group: row.label } : { metric: row.definition.id }
      }
    />
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
