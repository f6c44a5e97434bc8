/**
 * Comparing two proportions (this period against the prior one). The interval on the
 * difference is Newcombe's hybrid score method, built from the two Wilson intervals;
 * it stays inside [-1, 1] and behaves at 0 and 100%, unlike the Wald interval.
 * Reference: Newcombe RG (1998), Stat Med 17:873-890, method 10.
 */
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';

import type { Interval } from './interval';
import { assertCount, DEFAULT_LEVEL } from './interval';
import { wilsonInterval } from './proportion';

/** Newcombe hybrid score interval for p1 - p2; null when either group has no trials. */
export function proportionDifferenceInterval(
  successes1: number,
  trials1: number,
  successes2: number,
  trials2: number,
  level = DEFAULT_LEVEL,
): Interval | null {
  const first = wilsonInterval(successes1, trials1, level);
  const second = wilsonInterval(successes2, trials2, level);
  if (first === null || second === null) return null;

  const difference = first.estimate - second.estimate;
  const below = Math.hypot(first.estimate - first.lower, second.upper - second.estimate);
  const above = Math.hypot(first.upper - first.estimate, second.estimate - second.lower);
  return {
    estimate: difference,
    lower: Math.max(-1, difference - below),
    upper: Math.min(1, difference + above),
    level,
  };
}

/**
 * Two-sided p-value of the pooled score test that two proportions are equal (the
 * Pearson chi-square test without continuity correction); null when either group has
 * no trials. It is a large-sample test: read it beside the interval, not instead of it.
 */
export function proportionDifferencePValue(
  successes1: number,
  trials1: number,
  successes2: number,
  trials2: number,
): number | null {
  for (const [value, name] of [
    [successes1, 'Successes'],
    [trials1, 'Trials'],
    [successes2, 'Successes'],
    [trials2, 'Trials'],
  ] as const) {
    assertCount(value, name);
  }
  if (successes1 > trials1 || successes2 > trials2) {
    throw new RangeError('Successes cannot exceed trials.');
  }
  if (trials1 === 0 || trials2 === 0) return null;

  const pooled = (successes1 + successes2) / (trials1 + trials2);
  const variance = pooled * (1 - pooled) * (1 / trials1 + 1 / trials2);
  // All successes or none in both groups: the data show no difference at all.
  if (variance === 0) return 1;
  const z = Math.abs(successes1 / trials1 - successes2 / trials2) / Math.sqrt(variance);
  return Math.min(1, 2 * normalCdf(-z, 0, 1));
}
