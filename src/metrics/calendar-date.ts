/**
 * Calendar arithmetic on ISO `YYYY-MM-DD` dates as plain integers. Agency dates are
 * local calendar days with no time zone; JavaScript's Date would shift them into the
 * browser's zone, so nothing here touches Date.
 */

/** A calendar date split into its parts; month is 1–12. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True in leap years of the proleptic Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a month of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Parses `YYYY-MM-DD`, throwing a RangeError for anything that is not a real date. */
export function parseIsoDate(text: string): CalendarDate {
  const match = ISO_DATE.exec(text);
  if (!match) throw new RangeError(`"${text}" is not a date written as YYYY-MM-DD.`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`"${text}" is not a real calendar date.`);
  }
  return { year, month, day };
}

/** Formats a calendar date as `YYYY-MM-DD`. */
export function formatIsoDate({ year, month, day }: CalendarDate): string {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil, exact for any year). */
export function toDayNumber(text: string): number {
  const { year, month, day } = parseIsoDate(text);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The ISO date a day number (days since 1970-01-01) falls on. */
export function fromDayNumber(dayNumber: number): string {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra -
    (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return formatIsoDate({ year, month, day });
}

/** The date a number of days (possibly negative) after another. */
export function addDays(text: string, days: number): string {
  return fromDayNumber(toDayNumber(text) + days);
}

/** Days from one date to another; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(text: string): number {
  // 1970-01-01 was a Thursday (ISO weekday 4).
  return ((((toDayNumber(text) + 3) % 7) + 7) % 7) + 1;
}

/** The same month and day a number of years away; 29 February becomes 28 February. */
export function shiftYears(text: string, years: number): string {
  const { year, month, day } = parseIsoDate(text);
  const target = year + years;
  return formatIsoDate({
    year: target,
    month,
    day: Math.min(day, daysInMonth(target, month)),
  });
}

/** True when a date is the last day of its month. */
export function isLastDayOfMonth(text: string): boolean {
  const { year, month, day } = parseIsoDate(text);
  return day === daysInMonth(year, month);
}
