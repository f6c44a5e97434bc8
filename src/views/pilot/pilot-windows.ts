/**
 * Equal-length windows either side of a pilot's launch: the after window starts on the
 * launch date and runs whole months; the before window is the same number of months
 * ending the day before launch, so seasonal months appear once on each side when the
 * length is 12.
 */
import {
  addDays,
  daysInMonth,
  formatIsoDate,
  parseIsoDate,
} from '../../metrics/calendar-date';
import type { DateRange } from '../../metrics/periods';

/** The windows a pilot is judged over. */
export interface PilotWindows {
  readonly months: number;
  readonly before: DateRange;
  readonly after: DateRange;
}

/** The pilot windows' longest default length, in months. */
export const MAX_PILOT_MONTHS = 12;

/** The date `months` calendar months from `date`, clamped to the month's last day. */
export function shiftMonths(date: string, months: number): string {
  const { year, month, day } = parseIsoDate(date);
  const index = year * 12 + (month - 1) + months;
  const shiftedYear = Math.floor(index / 12);
  const shiftedMonth = (index % 12) + 1;
  const lastDay = daysInMonth(shiftedYear, shiftedMonth);
  return formatIsoDate({
    year: shiftedYear,
    month: shiftedMonth,
    day: Math.min(day, lastDay),
  });
}

/** The windows of a given length in months around a launch date. */
export function windowsOfLength(launchDate: string, months: number): PilotWindows {
  return {
    months,
    before: { from: shiftMonths(launchDate, -months), to: addDays(launchDate, -1) },
    after: { from: launchDate, to: addDays(shiftMonths(launchDate, months), -1) },
  };
}

/**
 * How many whole months the data covers on both sides of launch, at most `max`; 0 when
 * it covers not even one month on each side.
 */
export function availablePilotMonths(
  launchDate: string,
  firstDataDate: string,
  lastDataDate: string,
  max = MAX_PILOT_MONTHS,
): number {
  for (let months = max; months >= 1; months--) {
    const windows = windowsOfLength(launchDate, months);
    if (windows.after.to <= lastDataDate && windows.before.from >= firstDataDate) {
      return months;
    }
  }
  return 0;
}
