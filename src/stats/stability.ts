/**
 * Flags rates built on so few events that they swing widely from period to period.
 * The cut-off of 20 follows the US National Center for Health Statistics, which marks
 * rates from fewer than 20 deaths as unreliable (their relative standard error passes
 * 23%); we flag 20 itself too, as the product's issue asks.
 */

/** Rates from this many events or fewer are flagged unstable. */
export const UNSTABLE_MAX_EVENTS = 20;

/** True when a rate or proportion rests on 20 or fewer events. */
export function isUnstable(count: number): boolean {
  // Written as a negation so a count that is not a number is flagged, not trusted.
  return !(count > UNSTABLE_MAX_EVENTS);
}
