/**
 * Classifies the change between this period's count and the prior period's, CompStat
 * style, with the exact conditional rate-ratio interval deciding 'up' or 'down'.
 */
import type { ChangeClass } from './change';
import { DEFAULT_MINIMUM_FOR_CHANGE, percentChange } from './change';
import { DEFAULT_LEVEL } from './interval';
import type { RatioInterval } from './rate-ratio';
import { rateRatioInterval, rateRatioPValue } from './rate-ratio';

/** Two periods' counts, with optional exposures (contacts, residents) for rates. */
export interface CountChangeInput {
  readonly current: number;
  readonly prior: number;
  /** Both default to 1, i.e. equal-length windows compared as plain counts. */
  readonly currentExposure?: number;
  readonly priorExposure?: number;
  /** The metric's minimumForChange; 5 when omitted. */
  readonly minimumForChange?: number;
  readonly level?: number;
}

/** The change between two periods' counts, ready for a CompStat table. */
export interface CountChange {
  /** current - prior, in events. */
  readonly difference: number;
  /** Change in the rate, in percent; null when prior is below the minimum or zero. */
  readonly percentChange: number | null;
  readonly class: ChangeClass;
  /** Interval on current rate ÷ prior rate; null when both counts are zero. */
  readonly interval: RatioInterval | null;
  readonly pValue: number | null;
}

/** Classifies the change between two Poisson counts (or rates, given exposures). */
export function classifyCountChange(input: CountChangeInput): CountChange {
  const minimum = input.minimumForChange ?? DEFAULT_MINIMUM_FOR_CHANGE;
  const options = {
    currentExposure: input.currentExposure,
    priorExposure: input.priorExposure,
    level: input.level ?? DEFAULT_LEVEL,
  };
  const interval = rateRatioInterval(input.current, input.prior, options);
  const pValue = rateRatioPValue(input.current, input.prior, options);

  const currentRate = input.current / (input.currentExposure ?? 1);
  const priorRate = input.prior / (input.priorExposure ?? 1);
  return {
    difference: input.current - input.prior,
    percentChange: percentChange(currentRate, priorRate, input.prior, minimum),
    class: countChangeClass(input.current + input.prior, minimum, interval),
    interval,
    pValue,
  };
}

function countChangeClass(
  events: number,
  minimum: number,
  interval: RatioInterval | null,
): ChangeClass {
  if (interval === null || events < minimum) return 'too_few';
  if (interval.lower > 1) return 'up';
  if (interval.upper !== null && interval.upper < 1) return 'down';
  return 'no_clear_change';
}
