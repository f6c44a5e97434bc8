/**
 * Shared vocabulary for period-over-period change: the classes a view colours and the
 * rules for when a percentage change may be shown at all.
 */

/**
 * How a measure moved: 'up' or 'down' only when the interval on the change excludes no
 * change; 'too_few' when there are too few events to say anything.
 */
export type ChangeClass = 'up' | 'down' | 'no_clear_change' | 'too_few';

/** Smallest prior count from which a percentage change is shown, by default. */
export const DEFAULT_MINIMUM_FOR_CHANGE = 5;

/**
 * Percentage change from prior to current (25 means 25% higher), or null when the
 * prior count is below the minimum, since a percentage of a handful (or of zero)
 * misleads.
 */
export function percentChange(
  currentValue: number,
  priorValue: number,
  priorCount: number,
  minimumForChange: number,
): number | null {
  if (!(priorCount >= minimumForChange) || priorCount <= 0 || !(priorValue > 0)) {
    return null;
  }
  const change = ((currentValue - priorValue) / priorValue) * 100;
  return Number.isFinite(change) ? change : null;
}
