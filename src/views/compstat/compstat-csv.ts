/**
 * The CompStat table as CSV rows for sharing. Suppression always applies here,
 * whatever the on-screen setting: hidden counts and every figure derived from them
 * read "suppressed".
 */
import type { DateRange } from '../../metrics/periods';
import { changeWords } from '../shared/ChangeClassBadge';
import type { CSVValue } from '../../export/csv';
import type { MetricFigure } from '../shared/metric-figure';
import { directionWords } from '../shared/metric-format';
import type { CompStatRow } from './compstat-row';

import { SUPPRESSED } from '../shared/sharing-rule';

export { SUPPRESSED };

/** The header row of the CompStat export. */
export const COMPSTAT_CSV_HEADER: readonly string[] = [
  'Measure',
  'Metric id',
  'Better when',
  'Numerator',
  'Denominator',
  'Program target',
  ...['Current', 'Prior'].flatMap((side) => [
    `${side} from`,
    `${side} to`,
    `${side} value`,
    `${side} numerator`,
    `${side} denominator`,
    `${side} 95% CI lower`,
    `${side} 95% CI upper`,
    `${side} unstable (20 or fewer events)`,
  ]),
  'Difference (value)',
  'Difference (events)',
  '% change',
  'Change measured as',
  'Change estimate',
  'Change 95% CI lower',
  'Change 95% CI upper',
  'Change',
];

const MEASURE_WORDS = {
  rate_ratio: 'rate ratio (current / prior)',
  difference_points: 'difference in percentage points',
} as const;

const round = (value: number | null) =>
  value === null ? null : Math.round(value * 1000) / 1000;
// Ratio limits near 1 need more places than a value: 0.9996 and 1.0004 differ in class.
const roundInterval = (value: number | null) =>
  value === null ? null : Math.round(value * 10000) / 10000;

function changeIntervalCells(row: CompStatRow): CSVValue[] {
  const interval = row.changeInterval;
  if (interval === null) return [null, null, null, null];
  // A ratio or difference beside a hidden count can give the count back.
  const derived = (value: number | null) =>
    row.suppressDerived ? SUPPRESSED : roundInterval(value);
  return [
    MEASURE_WORDS[interval.measure],
    derived(interval.estimate),
    derived(interval.lower),
    derived(interval.upper),
  ];
}

function sideCells(
  row: CompStatRow,
  side: 'current' | 'prior',
  range: DateRange,
): CSVValue[] {
  const figure: MetricFigure | null = row[side];
  const hide = (hidden: boolean, value: CSVValue) => (hidden ? SUPPRESSED : value);
  const eventsHidden = row.suppressedEvents[side];
  const valueHidden =
    row.definition.unit === 'count' ? eventsHidden : row.suppressDerived;
  return [
    range.from,
    range.to,
    hide(valueHidden, round(figure?.value ?? null)),
    hide(eventsHidden, figure?.numerator ?? null),
    hide(row.suppressedBases[side], figure?.denominator ?? null),
    hide(row.suppressDerived, round(figure?.interval?.lower ?? null)),
    hide(row.suppressDerived, round(figure?.interval?.upper ?? null)),
    figure ? (figure.unstable ? 'yes' : 'no') : null,
  ];
}

/** One CSV row per CompStat line, with its windows and the filtered program's targets. */
export function compStatCSVRows(
  lines: readonly { row: CompStatRow; current: DateRange; prior: DateRange }[],
  targets: Readonly<Record<string, number>> = {},
): CSVValue[][] {
  const body = lines.map(({ row, current, prior }) => {
    const derived = (value: CSVValue) => (row.suppressDerived ? SUPPRESSED : value);
    return [
      row.label,
      row.definition.id,
      directionWords(row.definition.lowerIsBetter),
      row.definition.numerator,
      row.definition.denominator,
      targets[row.definition.id] ?? null,
      ...sideCells(row, 'current', current),
      ...sideCells(row, 'prior', prior),
      derived(round(row.difference)),
      derived(row.countDifference),
      derived(round(row.percentChange)),
      ...changeIntervalCells(row),
      // The class is tested on the counts, so it can narrow a hidden one down.
      derived(changeWords(row.change)),
    ];
  });
  return [[...COMPSTAT_CSV_HEADER], ...body];
}
