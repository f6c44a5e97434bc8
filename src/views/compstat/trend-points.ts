/**
 * A metric's rows as points for a trend chart: the value, its 95% interval band, and
 * whether the period can be read as final.
 */
import type { MetricDefinition, MetricRow, PeriodGrain } from '../../metrics/metric';
import {
  periodCompleteness,
  periodEndOf,
  periodLabel,
  type PeriodCompleteness,
} from '../../metrics/periods';
import type { SuppressionPreset } from '../../stats';
import { metricFigure } from '../shared/metric-figure';
import { restsOnSmallCount } from '../shared/sharing-rule';

/** One period of a trend chart. */
export interface TrendPoint {
  readonly label: string;
  readonly periodStart: string;
  /** The value of a complete period; null otherwise, so the line stops there. */
  readonly value: number | null;
  /** The value of an in-progress or incomplete period, drawn apart. */
  readonly partialValue: number | null;
  /** [lower, upper] of the 95% interval, or null. */
  readonly band: readonly [number, number] | null;
  readonly numerator: number;
  readonly denominator: number | null;
  readonly completeness: PeriodCompleteness;
  readonly unstable: boolean;
}

/** Where the periods are read from: the grain, the fiscal start and the data's span. */
export interface TrendContext {
  readonly grain: PeriodGrain;
  readonly fiscalYearStartMonth: number;
  /** First date of the metric's data: a period starting before it is incomplete. */
  readonly firstDataDate: string;
  readonly lastDataDate: string;
  readonly today: string;
}

/** Chart points for a metric's rows, one per period in order. */
export function trendPoints(
  definition: MetricDefinition,
  rows: readonly MetricRow[],
  context: TrendContext,
): TrendPoint[] {
  return rows.map((row) => {
    const figure = metricFigure(definition, row);
    const to = periodEndOf(row.periodStart, context.grain);
    const completeness = periodCompleteness(
      { from: row.periodStart, to },
      context,
      context.today,
    );
    const complete = completeness === 'complete';
    return {
      label: periodLabel(row.periodStart, context.grain, context.fiscalYearStartMonth),
      periodStart: row.periodStart,
      value: complete ? row.value : null,
      partialValue: complete ? null : row.value,
      band: figure.interval ? [figure.interval.lower, figure.interval.upper] : null,
      numerator: row.numerator,
      denominator: row.denominator,
      completeness,
      unstable: figure.unstable,
    };
  });
}

/**
 * Joins each partial segment (a partly covered first period, the last ones still
 * arriving) to the nearest complete point, so the dashed line meets the solid one
 * instead of floating alone.
 */
export function bridgePartial(points: readonly TrendPoint[]): TrendPoint[] {
  const complete = points.flatMap((point, index) =>
    point.completeness === 'complete' ? [index] : [],
  );
  const first = complete[0];
  const last = complete.at(-1);
  if (first === undefined || last === undefined) return [...points];
  const joins = new Set([
    ...(first > 0 ? [first] : []),
    ...(last < points.length - 1 ? [last] : []),
  ]);
  return points.map((point, index) =>
    joins.has(index) ? { ...point, partialValue: point.value } : point,
  );
}

/** The points with every figure resting on a count the preset hides left as a gap. */
export function withoutSmallCounts(
  points: readonly TrendPoint[],
  preset: SuppressionPreset,
): TrendPoint[] {
  return points.map((point) =>
    restsOnSmallCount(point.numerator, point.denominator, preset)
      ? { ...point, value: null, partialValue: null, band: null }
      : point,
  );
}
