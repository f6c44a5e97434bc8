/**
 * Picks the month a chief reviews (the latest complete one) and lines it up against
 * the month before and the same month a year earlier. Pure: works on the month
 * figures month-view.ts reads from a registry metric (monthCountsOf).
 */
import { periodCoverage, type PeriodCoverage } from './periods';

/** Events and outcomes in one calendar month (`YYYY-MM-01`). */
export interface MonthCounts {
  readonly month: string;
  readonly events: number;
  readonly outcomes: number;
}

/** The reviewed month and what it is compared with; null where the data has no such month. */
export interface MonthComparison {
  readonly current: MonthCounts;
  readonly prior: MonthCounts | null;
  readonly lastYear: MonthCounts | null;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** Shifts a `YYYY-MM-01` month by whole months, without touching time zones. */
export function shiftMonth(month: string, by: number): string {
  const [year, monthOfYear] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (monthOfYear - 1) + by;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}-01`;
}

/** Last day (`YYYY-MM-DD`) of a `YYYY-MM-01` month. */
export function lastDayOfMonth(month: string): string {
  const [year, monthOfYear] = month.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(year, monthOfYear, 0)).getUTCDate();
  return `${month.slice(0, 8)}${pad(days)}`;
}

/**
 * The latest month the data covers to its last day. A month whose last event falls
 * before its last day is taken as still being reported, so the one before is used.
 */
export function latestCompleteMonth(
  months: readonly MonthCounts[],
  lastDate: string | null,
) {
  const last = months.at(-1);
  if (!last || !lastDate) return null;
  if (lastDate >= lastDayOfMonth(last.month)) return last.month;
  return months.length > 1 ? shiftMonth(last.month, -1) : null;
}

/** The chosen month with the month before and the same month a year earlier. */
export function compareMonth(
  months: readonly MonthCounts[],
  month: string,
): MonthComparison | null {
  const byMonth = new Map(months.map((counts) => [counts.month, counts]));
  const current = byMonth.get(month);
  if (!current) return null;
  return {
    current,
    prior: byMonth.get(shiftMonth(month, -1)) ?? null,
    lastYear: byMonth.get(shiftMonth(month, -12)) ?? null,
  };
}

/** outcomes ÷ events, or null when there are no events (never NaN or Infinity). */
export function outcomeRate(counts: { events: number; outcomes: number }): number | null {
  return counts.events > 0 ? counts.outcomes / counts.events : null;
}

/** Which months of a comparison the data wholly covers. */
export interface MonthCoverage {
  readonly current: PeriodCoverage;
  /** The month before, and the same month a year earlier, are fit to compare with. */
  readonly prior: boolean;
  readonly lastYear: boolean;
  /** How much of each compared month the data covers, to say why one is left out. */
  readonly priorCoverage: PeriodCoverage;
  readonly lastYearCoverage: PeriodCoverage;
}

const monthRange = (month: string) => ({ from: month, to: lastDayOfMonth(month) });

/**
 * Coverage of a month and its comparisons: a month the data does not wholly cover
 * (before the first record, or the partly covered first month) is not a zero.
 */
export function monthCoverage(
  month: string,
  firstDate: string,
  lastDate: string,
): MonthCoverage {
  const coverageOf = (candidate: string) =>
    periodCoverage(monthRange(candidate), firstDate, lastDate);
  const current = coverageOf(month);
  const priorCoverage = coverageOf(shiftMonth(month, -1));
  const lastYearCoverage = coverageOf(shiftMonth(month, -12));
  return {
    current,
    prior: current === 'full' && priorCoverage === 'full',
    lastYear: current === 'full' && lastYearCoverage === 'full',
    priorCoverage,
    lastYearCoverage,
  };
}
