/**
 * Classifies the change between this period's proportion and the prior period's, with
 * Newcombe's interval on the difference deciding 'up' or 'down'.
 */
import type { ChangeClass } from './change';
import { DEFAULT_MINIMUM_FOR_CHANGE, percentChange } from './change';
import type { Interval } from './interval';
import { DEFAULT_LEVEL } from './interval';
import {
  proportionDifferenceInterval,
  proportionDifferencePValue,
} from './proportion-difference';

/** Two periods' successes out of trials, e.g. referrals completed out of those made. */
export interface ProportionChangeInput {
  readonly currentSuccesses: number;
  readonly currentTrials: number;
  readonly priorSuccesses: number;
  readonly priorTrials: number;
  /** The metric's minimumForChange; 5 when omitted. */
  readonly minimumForChange?: number;
  readonly level?: number;
}

/** The change between two periods' proportions, ready for a CompStat table. */
export interface ProportionChange {
  /** Current minus prior proportion (0.05 is five points); null without trials. */
  readonly difference: number | null;
  /** Relative change, in percent; null when prior successes are below the minimum. */
  readonly percentChange: number | null;
  readonly class: ChangeClass;
  /** Interval on the difference of proportions. */
  readonly interval: Interval | null;
  readonly pValue: number | null;
}

/** Classifies the change between two binomial proportions. */
export function classifyProportionChange(input: ProportionChangeInput): ProportionChange {
  const minimum = input.minimumForChange ?? DEFAULT_MINIMUM_FOR_CHANGE;
  const counts = [
    input.currentSuccesses,
    input.currentTrials,
    input.priorSuccesses,
    input.priorTrials,
  ] as const;
  const interval = proportionDifferenceInterval(...counts, input.level ?? DEFAULT_LEVEL);
  const pValue = proportionDifferencePValue(...counts);
  if (interval === null) {
    return { difference: null, percentChange: null, class: 'too_few', interval, pValue };
  }

  const currentShare = input.currentSuccesses / input.currentTrials;
  const priorShare = input.priorSuccesses / input.priorTrials;
  return {
    difference: interval.estimate,
    percentChange: percentChange(currentShare, priorShare, input.priorSuccesses, minimum),
    class: proportionChangeClass(input, minimum, interval),
    interval,
    pValue,
  };
}

function proportionChangeClass(
  input: ProportionChangeInput,
  minimum: number,
  interval: Interval,
): ChangeClass {
  // The rarer outcome carries the information: 3 failures in 400 trials is as thin as
  // 3 successes, so both totals must reach the minimum.
  const successes = input.currentSuccesses + input.priorSuccesses;
  const failures = input.currentTrials + input.priorTrials - successes;
  if (Math.min(successes, failures) < minimum) return 'too_few';
  if (interval.lower > 0) return 'up';
  if (interval.upper < 0) return 'down';
  return 'no_clear_change';
}
