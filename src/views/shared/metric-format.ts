/**
 * Formatting a metric's figures in its own unit. Percent metrics carry values on a
 * 0–100 scale (MetricRow.value); intervals from wilsonInterval are on 0–1 and are
 * scaled by the caller before they reach here.
 */
import type { MetricUnit } from '../../metrics/metric';
import { formatCount } from '../format';

const SUFFIX: Readonly<Record<MetricUnit, string>> = {
  count: '',
  percent: '%',
  per_1000: ' per 1,000',
  per_100000: ' per 100,000',
  minutes: ' min',
  days: ' days',
};

/** A value in its unit, e.g. `12.5%`, `3.1 per 1,000`, `15.4 min`; a dash when null. */
export function formatValue(value: number | null, unit: MetricUnit): string {
  if (value === null) return '–';
  if (unit === 'count') return formatCount(value);
  return `${value.toFixed(1)}${SUFFIX[unit]}`;
}

/** An interval limit: one decimal even for counts, whose exact limits are not whole. */
export function formatLimit(value: number, unit: MetricUnit): string {
  return `${value.toFixed(1)}${SUFFIX[unit]}`;
}

/** The bare number of a value in its unit, without the unit, for a table cell. */
export function formatNumber(value: number | null, unit: MetricUnit): string {
  if (value === null) return '–';
  return unit === 'count' ? formatCount(value) : value.toFixed(1);
}

// The sign of a figure as printed: one that rounds to zero reads ±0, never −0 or -0,
// and a fall always takes the true minus sign, as the differences beside it do.
function signed(value: number, digits: number): string {
  const size = Math.abs(value).toFixed(digits);
  if (Number(size) === 0) return `±${size}`;
  return `${value > 0 ? '+' : '−'}${size}`;
}

/** A signed difference in the metric's unit: points for percentages. */
export function formatValueDifference(value: number | null, unit: MetricUnit): string {
  if (value === null) return '–';
  if (unit === 'count') {
    const sign = value > 0 ? '+' : value < 0 ? '−' : '±';
    return `${sign}${formatCount(Math.abs(value))}`;
  }
  if (unit === 'percent') return `${signed(value, 1)} pts`;
  return `${signed(value, 1)}${SUFFIX[unit]}`;
}

/** A percentage change such as `+12%` or `−5%`, or a dash when it is not shown. */
export function formatPercentChange(value: number | null): string {
  if (value === null) return '–';
  return `${signed(value, 0)}%`;
}

/** The words a reader needs for the direction of a metric. */
export function directionWords(lowerIsBetter: boolean): string {
  return lowerIsBetter ? 'lower is better' : 'higher is better';
}
