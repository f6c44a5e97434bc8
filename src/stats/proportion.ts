/**
 * Confidence intervals for one proportion (successes out of trials). Wilson is the
 * default for display; Clopper-Pearson is the exact, conservative alternative.
 * Reference: Newcombe RG (1998), Stat Med 17:857-872, methods 3 and 5.
 */
import betaQuantile from '@stdlib/stats-base-dists-beta-quantile';

import type { Interval } from './interval';
import {
  assertCount,
  clampUnit,
  criticalValue,
  DEFAULT_LEVEL,
  tailProbability,
} from './interval';

function assertProportionInputs(successes: number, trials: number): void {
  assertCount(successes, 'Successes');
  assertCount(trials, 'Trials');
  if (successes > trials) {
    throw new RangeError(`Successes (${successes}) cannot exceed trials (${trials}).`);
  }
}

/** Wilson score interval for successes out of trials; null when there are no trials. */
export function wilsonInterval(
  successes: number,
  trials: number,
  level = DEFAULT_LEVEL,
): Interval | null {
  assertProportionInputs(successes, trials);
  if (trials === 0) return null;

  const z = criticalValue(level);
  const p = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const half =
    (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denominator;

  // The closed form gives 0 and 1 only up to rounding; pin the exact edge cases.
  const lower = successes === 0 ? 0 : clampUnit(Math.min(p, centre - half));
  const upper = successes === trials ? 1 : clampUnit(Math.max(p, centre + half));
  return { estimate: p, lower, upper, level };
}

/** Clopper-Pearson (exact binomial) interval; null when there are no trials. */
export function clopperPearsonInterval(
  successes: number,
  trials: number,
  level = DEFAULT_LEVEL,
): Interval | null {
  assertProportionInputs(successes, trials);
  if (trials === 0) return null;

  const tail = tailProbability(level);
  const lower =
    successes === 0 ? 0 : betaQuantile(tail, successes, trials - successes + 1);
  const upper =
    successes === trials ? 1 : betaQuantile(1 - tail, successes + 1, trials - successes);
  return { estimate: successes / trials, lower, upper, level };
}
