/**
 * Reads from sample values whether a date column writes year-month-day,
 * month/day/year or day/month/year, and says when the data cannot prove it.
 */
import type { DateOrder } from './event-mapping';

/** The order the samples prove, or null with `ambiguous` when the analyst must say. */
export interface DateOrderGuess {
  readonly order: DateOrder | null;
  readonly ambiguous: boolean;
}

const ISO = /^\d{4}[-/]\d{1,2}[-/]\d{1,2}/;
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/\d{4}/;

/** Guesses the order from sample values; never picks between day and month on a hunch. */
export function guessDateOrder(values: readonly string[]): DateOrderGuess {
  const present = values.map((value) => value.trim()).filter((value) => value !== '');
  if (present.length === 0) return { order: null, ambiguous: false };
  if (present.every((value) => ISO.test(value)))
    return { order: 'ymd', ambiguous: false };

  const slashed = present
    .map((value) => SLASHED.exec(value))
    .filter((match) => match !== null);
  if (slashed.length === 0) return { order: null, ambiguous: false };
  const firstOver12 = slashed.some((match) => Number(match[1]) > 12);
  const secondOver12 = slashed.some((match) => Number(match[2]) > 12);
  if (secondOver12 && !firstOver12) return { order: 'mdy', ambiguous: false };
  if (firstOver12 && !secondOver12) return { order: 'dmy', ambiguous: false };
  return { order: null, ambiguous: true };
}
