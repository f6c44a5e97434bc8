/**
 * Comparing two Poisson counts (this period against the prior one) by the exact
 * conditional method: given the total, the current count is binomial with
 * pi = R*Ec / (R*Ec + Ep), where R is the rate ratio. A Clopper-Pearson interval on pi
 * maps to an interval on R, and the binomial test of pi0 = Ec / (Ec + Ep) tests R = 1.
 * This is the two-sample method of R's poisson.test. Both halves use the central
 * (equal-tailed) construction, so the interval excludes 1 exactly when the p-value is
 * below 1 - level (Fay MP 2010, R Journal 2(1):53-58); R's default "minlike" p-value
 * can be smaller when the exposures differ.
 */
import binomialCdf from '@stdlib/stats-base-dists-binomial-cdf';

import { assertCount, assertExposure, DEFAULT_LEVEL } from './interval';
import { clopperPearsonInterval } from './proportion';

/** Exposures of the two periods; both default to 1 (equal-length windows). */
export interface CountPairOptions {
  readonly currentExposure?: number;
  readonly priorExposure?: number;
  readonly level?: number;
}

/**
 * A ratio of rates with its interval. The estimate is null when the prior count is zero
 * (the ratio is unbounded) and so is the upper limit.
 */
export interface RatioInterval {
  readonly estimate: number | null;
  readonly lower: number;
  readonly upper: number | null;
  readonly level: number;
}

interface CheckedPair {
  readonly current: number;
  readonly prior: number;
  readonly currentExposure: number;
  readonly priorExposure: number;
}

function checkPair(
  current: number,
  prior: number,
  options: CountPairOptions,
): CheckedPair {
  assertCount(current, 'The current count');
  assertCount(prior, 'The prior count');
  const currentExposure = options.currentExposure ?? 1;
  const priorExposure = options.priorExposure ?? 1;
  assertExposure(currentExposure, 'The current exposure');
  assertExposure(priorExposure, 'The prior exposure');
  return { current, prior, currentExposure, priorExposure };
}

function isDefined(pair: CheckedPair): boolean {
  return (
    pair.current + pair.prior > 0 && pair.currentExposure > 0 && pair.priorExposure > 0
  );
}

/** Turns a binomial share pi = current / total into a rate ratio; null when pi is 1. */
function shareToRatio(share: number, pair: CheckedPair): number | null {
  if (share >= 1) return null;
  const ratio = (share / (1 - share)) * (pair.priorExposure / pair.currentExposure);
  return Number.isFinite(ratio) ? ratio : null;
}

/**
 * Exact conditional interval for the ratio of the current rate to the prior rate; null
 * when both counts are zero or an exposure is zero.
 */
export function rateRatioInterval(
  current: number,
  prior: number,
  options: CountPairOptions = {},
): RatioInterval | null {
  const pair = checkPair(current, prior, options);
  if (!isDefined(pair)) return null;

  const level = options.level ?? DEFAULT_LEVEL;
  const share = clopperPearsonInterval(current, current + prior, level);
  if (share === null) return null;
  const lower = shareToRatio(share.lower, pair);
  // Only an exposure ratio near the float limit overflows the lower limit.
  if (lower === null) return null;
  return {
    estimate: shareToRatio(share.estimate, pair),
    lower,
    upper: shareToRatio(share.upper, pair),
    level,
  };
}

/**
 * Two-sided p-value of the exact conditional binomial test that two Poisson rates are
 * equal (twice the smaller tail, capped at 1); null when both counts are zero or an
 * exposure is zero.
 */
export function rateRatioPValue(
  current: number,
  prior: number,
  options: CountPairOptions = {},
): number | null {
  const pair = checkPair(current, prior, options);
  if (!isDefined(pair)) return null;

  const total = current + prior;
  const share = pair.currentExposure / (pair.currentExposure + pair.priorExposure);
  const lowerTail = binomialCdf(current, total, share);
  // P(X >= current) as a lower tail of the mirrored count keeps small p-values precise.
  const upperTail = binomialCdf(prior, total, 1 - share);
  return Math.min(1, 2 * Math.min(lowerTail, upperTail));
}
