/**
 * Difference-in-differences of two proportions: (pilot after - pilot before) minus
 * (comparison after - comparison before), in proportion points. Each group's change
 * has Newcombe's hybrid score interval; the two are combined by the MOVER method for
 * a difference of independent estimates (Zou GY, Donner A 2008, Stat Methods Med Res
 * 17:613-630), which keeps the good coverage of score intervals near 0 and 1 where a
 * Wald interval would not. It assumes the four samples are independent (different
 * contacts before and after) and parallel trends on the proportion scale.
 */
import type { Interval } from './interval';
import { DEFAULT_LEVEL } from './interval';
import { proportionDifferenceInterval } from './proportion-difference';

/** Successes out of trials before and after, for one group of areas. */
export interface ProportionCounts {
  readonly beforeSuccesses: number;
  readonly beforeTrials: number;
  readonly afterSuccesses: number;
  readonly afterTrials: number;
}

/** Each group's change (after - before) and the difference between them. */
export interface ProportionDifferenceInDifferences {
  readonly pilotChange: Interval | null;
  readonly comparisonChange: Interval | null;
  /** Null when either group lacks trials before or after. */
  readonly difference: Interval | null;
}

function change(group: ProportionCounts, level: number): Interval | null {
  return proportionDifferenceInterval(
    group.afterSuccesses,
    group.afterTrials,
    group.beforeSuccesses,
    group.beforeTrials,
    level,
  );
}

/** Estimates the pilot's change in a proportion beyond the comparison group's change. */
export function proportionDifferenceInDifferences(
  pilot: ProportionCounts,
  comparison: ProportionCounts,
  level = DEFAULT_LEVEL,
): ProportionDifferenceInDifferences {
  const pilotChange = change(pilot, level);
  const comparisonChange = change(comparison, level);
  if (pilotChange === null || comparisonChange === null) {
    return { pilotChange, comparisonChange, difference: null };
  }

  const estimate = pilotChange.estimate - comparisonChange.estimate;
  const below = Math.hypot(
    pilotChange.estimate - pilotChange.lower,
    comparisonChange.upper - comparisonChange.estimate,
  );
  const above = Math.hypot(
    pilotChange.upper - pilotChange.estimate,
    comparisonChange.estimate - comparisonChange.lower,
  );
  const difference = {
    estimate,
    lower: Math.max(-2, estimate - below),
    upper: Math.min(2, estimate + above),
    level,
  };
  return { pilotChange, comparisonChange, difference };
}
