/**
 * Shared shapes and guards for the statistics layer. Every function here returns
 * finite numbers or null: NaN and Infinity never leave src/stats.
 */
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';

/** A point estimate with the lower and upper limits of its confidence interval. */
export interface Interval {
  readonly estimate: number;
  readonly lower: number;
  readonly upper: number;
  /** Confidence level the limits were computed at, e.g. 0.95. */
  readonly level: number;
}

/** The confidence level used when a caller does not give one. */
export const DEFAULT_LEVEL = 0.95;

/** Throws unless the level is strictly between 0 and 1. */
export function assertLevel(level: number): void {
  if (!(level > 0 && level < 1)) {
    throw new RangeError(`A confidence level must be between 0 and 1, not ${level}.`);
  }
}

/** Throws unless the value is a whole number of events, zero or more. */
export function assertCount(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a whole number of zero or more, not ${value}.`);
  }
}

/**
 * Throws unless the exposure (contacts, residents, person-years) is finite and zero or
 * more. Zero is allowed because a period can have no contacts; callers return null.
 */
export function assertExposure(value: number, name: string): void {
  if (!(Number.isFinite(value) && value >= 0)) {
    throw new RangeError(`${name} must be a number of zero or more, not ${value}.`);
  }
}

/** The two-sided standard normal critical value for a level, e.g. 1.95996 for 0.95. */
export function criticalValue(level: number): number {
  assertLevel(level);
  return normalQuantile(1 - (1 - level) / 2, 0, 1);
}

/** Tail probability on each side of a two-sided interval, e.g. 0.025 for 0.95. */
export function tailProbability(level: number): number {
  assertLevel(level);
  return (1 - level) / 2;
}

/** Clamps into [0, 1], absorbing the last-digit rounding of closed-form limits. */
export function clampUnit(value: number): number {
  return Math.min(1, Math.max(0, value));
}

/** True when every limit of an interval is a finite number. */
export function isFiniteInterval(interval: Interval): boolean {
  return [interval.estimate, interval.lower, interval.upper].every(Number.isFinite);
}
