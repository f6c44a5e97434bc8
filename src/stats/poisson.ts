/**
 * Exact (Garwood F 1936, Biometrika 28:437-442) confidence limits for a Poisson count,
 * and for a rate per unit of exposure such as per 1,000 contacts or per 100,000 youth.
 * The limits are gamma quantiles, equivalent to the usual chi-square form
 * (chi2(alpha/2, 2k)/2 and chi2(1-alpha/2, 2k+2)/2).
 */
import gammaQuantile from '@stdlib/stats-base-dists-gamma-quantile';

import type { Interval } from './interval';
import {
  assertCount,
  assertExposure,
  DEFAULT_LEVEL,
  isFiniteInterval,
  tailProbability,
} from './interval';

/** Garwood exact interval for the expected value of an observed count. */
export function poissonInterval(count: number, level = DEFAULT_LEVEL): Interval {
  assertCount(count, 'Count');

  const tail = tailProbability(level);
  const lower = count === 0 ? 0 : gammaQuantile(tail, count, 1);
  const upper = gammaQuantile(1 - tail, count + 1, 1);
  return { estimate: count, lower, upper, level };
}

/** Options for a rate: the unit it is expressed per (1,000; 100,000) and the level. */
export interface RateOptions {
  /** Rate is count ÷ exposure × per; 1 when omitted. */
  readonly per?: number;
  readonly level?: number;
}

/** Rate per `per` units of exposure with its Garwood interval; null for zero exposure. */
export function rateInterval(
  count: number,
  exposure: number,
  options: RateOptions = {},
): Interval | null {
  assertExposure(exposure, 'Exposure');
  const per = options.per ?? 1;
  assertExposure(per, 'The rate unit');
  const counted = poissonInterval(count, options.level);
  if (exposure === 0 || per === 0) return null;

  const scale = per / exposure;
  const rate = {
    estimate: counted.estimate * scale,
    lower: counted.lower * scale,
    upper: counted.upper * scale,
    level: counted.level,
  };
  // A vanishingly small exposure overflows the scale; there is no usable rate then.
  return isFiniteInterval(rate) ? rate : null;
}
