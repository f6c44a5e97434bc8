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

/** Where the periods are read from: the grain, the fiscal start and the data's end. */
export interface TrendContext {
  readonly grain: PeriodGrain;
  readonly fiscalYearStartMonth: number;
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
      context.lastDataDate,
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
 * Joins the partial segment to the last complete point, so the dashed line starts
 * where the solid one ends instead of floating alone.
 */
export function bridgePartial(points: readonly TrendPoint[]): TrendPoint[] {
  const firstPartial = points.findIndex((point) => point.completeness !== 'complete');
  if (firstPartial <= 0) return [...points];
  const before = points[firstPartial - 1]!;
  return points.map((point, index) =>
    index === firstPartial - 1 ? { ...point, partialValue: before.value } : point,
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
