/**
 * Periods: the calendar buckets metrics are reported by, CompStat comparison windows,
 * and whether a period is complete. Dates are the agency's local calendar days as ISO
 * `YYYY-MM-DD`; all arithmetic is on integers (calendar-date.ts), never on Date.
 *
 * A fiscal year is labelled by the calendar year it ends in: with a July start, the
 * fiscal year running 2024-07-01 to 2025-06-30 is FY2025. A January start makes the
 * fiscal year the calendar year.
 */
import {
  addDays,
  daysInMonth,
  formatIsoDate,
  isLastDayOfMonth,
  isoWeekday,
  parseIsoDate,
  shiftYears,
} from './calendar-date';
import type { PeriodGrain } from './metric';
import type { SqlQuery } from '../model/sql';

/** An inclusive range of calendar dates. */
export interface DateRange {
  readonly from: string;
  readonly to: string;
}

/** A CompStat window and the same window a year earlier. */
export interface ComparisonWindow {
  readonly current: DateRange;
  readonly prior: DateRange;
}

/** The CompStat windows, each ending on the "as of" date. */
export type CompStatWindowKind = 'week' | '28_days' | 'month' | 'year_to_date';

/** Whether a period can be read as final. */
export type PeriodCompleteness = 'complete' | 'in_progress' | 'data_incomplete';

const STEP_MONTHS: Readonly<Record<PeriodGrain, number>> = {
  month: 1,
  quarter: 3,
  year: 12,
  fiscal_year: 12,
};

/** Throws unless the month is a whole number from 1 (January) to 12. */
export function assertFiscalYearStartMonth(month: number): void {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`The fiscal year start month must be 1–12, not ${month}.`);
  }
}

/** Months from the start of one period of a grain to the start of the next. */
export function periodStepMonths(grain: PeriodGrain): number {
  return STEP_MONTHS[grain];
}

/**
 * SQL for the first day of the period a DATE expression falls in. `dateSql` must
 * already be safe SQL (built from quoted identifiers); the fiscal start is bound.
 */
export function periodStartSql(
  grain: PeriodGrain,
  dateSql: string,
  fiscalYearStartMonth: number,
): SqlQuery {
  if (grain !== 'fiscal_year') {
    const unit = grain === 'month' ? 'month' : grain === 'quarter' ? 'quarter' : 'year';
    return { text: `CAST(date_trunc('${unit}', ${dateSql}) AS DATE)`, params: [] };
  }
  assertFiscalYearStartMonth(fiscalYearStartMonth);
  const start = 'CAST(? AS INTEGER)';
  return {
    text:
      `make_date(CAST(year(${dateSql}) - CASE WHEN month(${dateSql}) < ${start} ` +
      `THEN 1 ELSE 0 END AS INTEGER), ${start}, 1)`,
    params: [fiscalYearStartMonth, fiscalYearStartMonth],
  };
}

/** The first day of the period a date falls in (the JavaScript twin of periodStartSql). */
export function periodStartOf(
  date: string,
  grain: PeriodGrain,
  fiscalYearStartMonth = 1,
): string {
  const { year, month } = parseIsoDate(date);
  if (grain === 'month') return formatIsoDate({ year, month, day: 1 });
  if (grain === 'quarter') {
    return formatIsoDate({ year, month: month - ((month - 1) % 3), day: 1 });
  }
  if (grain === 'year') return formatIsoDate({ year, month: 1, day: 1 });
  assertFiscalYearStartMonth(fiscalYearStartMonth);
  const startYear = month < fiscalYearStartMonth ? year - 1 : year;
  return formatIsoDate({ year: startYear, month: fiscalYearStartMonth, day: 1 });
}

/** The last day of the period that starts on `periodStart`. */
export function periodEndOf(periodStart: string, grain: PeriodGrain): string {
  const { year, month } = parseIsoDate(periodStart);
  const lastMonthIndex = month - 1 + periodStepMonths(grain) - 1;
  const endYear = year + Math.floor(lastMonthIndex / 12);
  const endMonth = (lastMonthIndex % 12) + 1;
  return formatIsoDate({
    year: endYear,
    month: endMonth,
    day: daysInMonth(endYear, endMonth),
  });
}

/** The fiscal year a date falls in, named by the calendar year the fiscal year ends in. */
export function fiscalYearOf(date: string, fiscalYearStartMonth: number): number {
  const start = parseIsoDate(periodStartOf(date, 'fiscal_year', fiscalYearStartMonth));
  return fiscalYearStartMonth === 1 ? start.year : start.year + 1;
}

/** A short label for a period start, e.g. `2024-03`, `2024 Q1`, `2024`, `FY2025`. */
export function periodLabel(
  periodStart: string,
  grain: PeriodGrain,
  fiscalYearStartMonth = 1,
): string {
  const { year, month } = parseIsoDate(periodStart);
  if (grain === 'month') return periodStart.slice(0, 7);
  if (grain === 'quarter') return `${year} Q${Math.floor((month - 1) / 3) + 1}`;
  if (grain === 'year') return String(year);
  return `FY${fiscalYearOf(periodStart, fiscalYearStartMonth)}`;
}

/**
 * The end of the prior-year window matching a current window ending on `asOf`. A
 * window ending on a month's last day compares with that month's last day a year
 * earlier, so February to date as of 29 February 2024 compares with 1–28 February 2023,
 * and as of 28 February 2025 with all 29 days of February 2024.
 */
function priorYearEnd(asOf: string): string {
  if (!isLastDayOfMonth(asOf)) return shiftYears(asOf, -1);
  const { year, month } = parseIsoDate(asOf);
  return formatIsoDate({ year: year - 1, month, day: daysInMonth(year - 1, month) });
}

// Weekly and 28-day windows compare with 364 days earlier (52 whole weeks), so both
// windows hold the same weekdays: call volume and staffing follow the day of the week.
const WEEKS_IN_A_YEAR_DAYS = 364;

function shiftedByWeeks(current: DateRange): ComparisonWindow {
  const prior = {
    from: addDays(current.from, -WEEKS_IN_A_YEAR_DAYS),
    to: addDays(current.to, -WEEKS_IN_A_YEAR_DAYS),
  };
  return { current, prior };
}

/**
 * The CompStat window ending on `asOf` and its prior-year twin: `week` is Monday to
 * `asOf` (the whole Monday–Sunday week when `asOf` is a Sunday); `28_days` is the 28
 * days ending on `asOf`; `month` and `year_to_date` run from the first of the month or
 * year, compared with the same calendar dates a year earlier.
 */
export function compStatWindow(kind: CompStatWindowKind, asOf: string): ComparisonWindow {
  const { year, month } = parseIsoDate(asOf);
  if (kind === 'week') {
    return shiftedByWeeks({ from: addDays(asOf, 1 - isoWeekday(asOf)), to: asOf });
  }
  if (kind === '28_days') return shiftedByWeeks({ from: addDays(asOf, -27), to: asOf });

  const firstMonth = kind === 'month' ? month : 1;
  const from = formatIsoDate({ year, month: firstMonth, day: 1 });
  const priorFrom = formatIsoDate({ year: year - 1, month: firstMonth, day: 1 });
  return {
    current: { from, to: asOf },
    prior: { from: priorFrom, to: priorYearEnd(asOf) },
  };
}

/** The dates the loaded data runs over: its first and last event dates. */
export interface DataSpan {
  readonly firstDataDate: string;
  readonly lastDataDate: string;
}

/**
 * Whether a period is final: `in_progress` while today is on or before its last day,
 * `data_incomplete` when the data covers only part of it (it starts after the
 * period's first day, or ends before its last day), otherwise `complete`. The month
 * review's coverage (monthCoverage) and CompStat's trend both read it from here.
 */
export function periodCompleteness(
  period: DateRange,
  span: DataSpan,
  today: string,
): PeriodCompleteness {
  [period.from, period.to, span.firstDataDate, span.lastDataDate, today].forEach(
    parseIsoDate,
  );
  // Well-formed ISO dates compare correctly as strings.
  if (period.to >= today) return 'in_progress';
  const coverage = periodCoverage(period, span.firstDataDate, span.lastDataDate);
  return coverage === 'full' ? 'complete' : 'data_incomplete';
}

/** Today's date in an IANA time zone, e.g. the agency's, whatever the browser's zone. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD; formatToParts avoids relying on that locale detail.
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: string) => parts.find((item) => item.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** How much of a period the data covers: a period it does not cover is not a zero. */
export type PeriodCoverage = 'full' | 'partial' | 'none';

/** Coverage of a period by data running from `firstDataDate` to `lastDataDate`. */
export function periodCoverage(
  period: DateRange,
  firstDataDate: string,
  lastDataDate: string,
): PeriodCoverage {
  if (period.to < firstDataDate || period.from > lastDataDate) return 'none';
  if (period.from >= firstDataDate && period.to <= lastDataDate) return 'full';
  return 'partial';
}
