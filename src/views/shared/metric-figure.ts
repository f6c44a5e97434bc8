/**
 * One metric's figure for one period or window, with its 95% interval and the
 * stability flag, computed from a MetricRow by the statistics layer: Wilson for
 * proportions, exact (Garwood) Poisson for counts and rates. Time statistics (median
 * minutes) have no interval here; the count behind them is kept instead.
 */
import type { MetricDefinition, MetricRow, MetricUnit } from '../../metrics/metric';
import {
  isUnstable,
  type ChangeClass,
  poissonInterval,
  rateInterval,
  wilsonInterval,
  type Interval,
} from '../../stats';

/** How a metric is read statistically. */
export type MetricKind = 'count' | 'proportion' | 'rate' | 'time';

const KIND: Readonly<Record<MetricUnit, MetricKind>> = {
  count: 'count',
  percent: 'proportion',
  per_1000: 'rate',
  per_100000: 'rate',
  minutes: 'time',
  days: 'time',
};

const RATE_SCALE: Partial<Record<MetricUnit, number>> = {
  per_1000: 1000,
  per_100000: 100000,
};

/** The statistical kind of a metric, from its unit. */
export function metricKind(definition: MetricDefinition): MetricKind {
  return KIND[definition.unit];
}

/** A change class, 'not_tested' for medians (no test here), 'no_data' without a figure. */
export type DisplayedChange = ChangeClass | 'not_tested' | 'no_data';

/** A figure ready to show: counts, value and interval in the metric's unit. */
export interface MetricFigure {
  readonly numerator: number;
  readonly denominator: number | null;
  readonly value: number | null;
  /** 95% interval in the metric's unit (percent 0–100, rate per 1,000…); null if none. */
  readonly interval: Interval | null;
  /** A rate or proportion resting on 20 or fewer events. */
  readonly unstable: boolean;
  readonly notes: Readonly<Record<string, number>>;
}

function scaled(interval: Interval | null, scale: number): Interval | null {
  if (interval === null) return null;
  return {
    ...interval,
    estimate: interval.estimate * scale,
    lower: interval.lower * scale,
    upper: interval.upper * scale,
  };
}

function intervalOf(kind: MetricKind, unit: MetricUnit, row: MetricRow): Interval | null {
  const denominator = row.denominator ?? 0;
  if (kind === 'count') return poissonInterval(row.numerator);
  if (kind === 'proportion') {
    // A numerator above its denominator (bad data) has no binomial interval.
    if (row.numerator > denominator) return null;
    return scaled(wilsonInterval(row.numerator, denominator), 100);
  }
  if (kind === 'rate') {
    return rateInterval(row.numerator, denominator, { per: RATE_SCALE[unit] ?? 1 });
  }
  return null;
}

/** A metric row as a figure with its interval and stability flag. */
export function metricFigure(definition: MetricDefinition, row: MetricRow): MetricFigure {
  const kind = metricKind(definition);
  const isRatio = kind === 'proportion' || kind === 'rate';
  return {
    numerator: row.numerator,
    denominator: row.denominator,
    value: row.value,
    interval: intervalOf(kind, definition.unit, row),
    unstable: isRatio && row.value !== null && isUnstable(row.numerator),
    notes: row.notes ?? {},
  };
}

/**
 * A metric's value from summed counts: the count itself, or numerator ÷ denominator in
 * the unit's scale (null without a denominator). Not for time statistics.
 */
export function valueFromCounts(
  unit: MetricUnit,
  numerator: number,
  denominator: number | null,
): number | null {
  if (unit === 'count') return numerator;
  if (unit === 'percent') return denominator ? (numerator / denominator) * 100 : null;
  const scale = RATE_SCALE[unit];
  if (scale === undefined) return null;
  return denominator ? (numerator / denominator) * scale : null;
}
