/** The CompStat window choices and how they are named on screen. */
import type { CompStatWindowKind, DateRange } from '../../metrics/periods';

/** Window kinds in the order they are offered. */
export const WINDOW_CHOICES: readonly { kind: CompStatWindowKind; label: string }[] = [
  { kind: 'week', label: 'Week to date' },
  { kind: '28_days', label: 'Last 28 days' },
  { kind: 'month', label: 'Month to date' },
  { kind: 'year_to_date', label: 'Year to date' },
];

/** `2025-01-01 – 2025-12-31`. */
export function rangeLabel(range: DateRange): string {
  return `${range.from} – ${range.to}`;
}

/** Fewer days than this make a month-to-date window too short to read much into. */
const SHORT_MONTH_DAYS = 7;

const DAY_MS = 86_400_000;

/** Days in a window, both ends counted (ISO dates, read as UTC days). */
export function windowDays(range: DateRange): number {
  return Math.round((Date.parse(range.to) - Date.parse(range.from)) / DAY_MS) + 1;
}

/**
 * A hint when month to date holds only the first few days of a month (an export ending
 * on the 1st gives a one-day window); null otherwise.
 */
export function shortWindowHint(
  kind: CompStatWindowKind,
  range: DateRange,
): string | null {
  const days = windowDays(range);
  if (kind !== 'month' || days >= SHORT_MONTH_DAYS) return null;
  const span = days === 1 ? 'one day' : `${days} days`;
  return `Only ${span} of this month so far: the last 28 days or the year to date say more.`;
}
