/**
 * The catalogue of date and date-time formats found in agency exports, with the JS
 * patterns that recognise each one in sample values.
 */

/** The formats the product reads. */
export type DateFormatId =
  | 'iso-date'
  | 'iso-datetime'
  | 'iso-datetime-utc'
  | 'month-day-year'
  | 'day-month-year'
  | 'month-day-year-time'
  | 'day-month-year-time'
  | 'day-mon-year'
  | 'year-month-day-slash'
  | 'year-month'
  | 'mon-year'
  | 'iso-week'
  | 'year';

/** Which of day and month comes first in a slash date. */
export type DayMonthOrder = 'month-first' | 'day-first';

/** One date format: what the user sees, and how the value is read. */
export interface DateFormat {
  readonly id: DateFormatId;
  /** Plain-language name with an example, shown when the user confirms the mapping. */
  readonly label: string;
  readonly hasTime: boolean;
  /** The value names a UTC instant (`Z` or an offset), not the agency's wall clock. */
  readonly utc: boolean;
}

const MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];
const isMonthName = (text: string) => MONTHS.includes(text.toLowerCase());
const inRange = (text: string, min: number, max: number) => {
  const value = Number(text);
  return Number.isInteger(value) && value >= min && value <= max;
};
const isDay = (text: string) => inRange(text, 1, 31);
const isMonth = (text: string) => inRange(text, 1, 12);

const SLASH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const SLASH_DATETIME =
  /^(\d{1,2})\/(\d{1,2})\/(\d{4}),? +\d{1,2}:\d{2}(:\d{2})?( *[AaPp][Mm])?$/;
const ISO_TIME = '[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?';

/** Patterns, in JS, that decide which format a sample value is written in. */
const MATCHERS: Record<DateFormatId, (text: string) => boolean> = {
  'iso-date': (t) =>
    /^\d{4}-(\d{2})-(\d{2})$/.test(t) && isMonth(t.slice(5, 7)) && isDay(t.slice(8)),
  'iso-datetime': (t) => new RegExp(`^\\d{4}-\\d{2}-\\d{2}${ISO_TIME}$`).test(t),
  'iso-datetime-utc': (t) =>
    new RegExp(`^\\d{4}-\\d{2}-\\d{2}${ISO_TIME}(Z|[+-]\\d{2}:?\\d{2})$`, 'i').test(t),
  'month-day-year': (t) => slashParts(SLASH_DATE, t, 'month-first'),
  'day-month-year': (t) => slashParts(SLASH_DATE, t, 'day-first'),
  'month-day-year-time': (t) => slashParts(SLASH_DATETIME, t, 'month-first'),
  'day-month-year-time': (t) => slashParts(SLASH_DATETIME, t, 'day-first'),
  'day-mon-year': (t) => {
    const match = /^(\d{1,2})-([A-Za-z]{3})-\d{4}$/.exec(t);
    return !!match && isDay(match[1] ?? '') && isMonthName(match[2] ?? '');
  },
  'year-month-day-slash': (t) => {
    const match = /^\d{4}\/(\d{1,2})\/(\d{1,2})$/.exec(t);
    return !!match && isMonth(match[1] ?? '') && isDay(match[2] ?? '');
  },
  'year-month': (t) => {
    const match = /^\d{4}-(\d{2})$/.exec(t);
    return !!match && isMonth(match[1] ?? '');
  },
  'mon-year': (t) => {
    const match = /^([A-Za-z]{3})-(\d{2}|\d{4})$/.exec(t);
    return !!match && isMonthName(match[1] ?? '');
  },
  'iso-week': (t) => {
    const match = /^\d{4}-W(\d{2})$/.exec(t);
    return !!match && inRange(match[1] ?? '', 1, 53);
  },
  // Some exports write the year 2000 as `2e3`; a four-digit year is 1900 to 2100.
  year: (t) =>
    (/^\d{4}$/.test(t) || /^\d(\.\d+)?e\d$/i.test(t)) && inRange(t, 1900, 2100),
};

function slashParts(pattern: RegExp, text: string, order: DayMonthOrder): boolean {
  const match = pattern.exec(text);
  if (!match) return false;
  const [month, day] =
    order === 'month-first' ? [match[1], match[2]] : [match[2], match[1]];
  return isMonth(month ?? '') && isDay(day ?? '');
}

/** Every format, with its label. */
export const DATE_FORMATS: Readonly<Record<DateFormatId, DateFormat>> = {
  'iso-date': format('iso-date', 'year-month-day (2024-03-31)', false),
  'iso-datetime': format(
    'iso-datetime',
    'date and local time (2024-03-31T21:08:00)',
    true,
  ),
  'iso-datetime-utc': format(
    'iso-datetime-utc',
    'UTC date and time (2024-03-31T21:08:00Z)',
    true,
    true,
  ),
  'month-day-year': format('month-day-year', 'month/day/year (3/31/2024)', false),
  'day-month-year': format('day-month-year', 'day/month/year (31/3/2024)', false),
  'month-day-year-time': format(
    'month-day-year-time',
    'month/day/year and time (3/31/2024, 9:08 PM)',
    true,
  ),
  'day-month-year-time': format(
    'day-month-year-time',
    'day/month/year and time (31/3/2024, 21:08)',
    true,
  ),
  'day-mon-year': format('day-mon-year', 'day-month name-year (31-Mar-2024)', false),
  'year-month-day-slash': format(
    'year-month-day-slash',
    'year/month/day (2024/03/31)',
    false,
  ),
  'year-month': format('year-month', 'year-month, first of the month (2024-03)', false),
  'mon-year': format('mon-year', 'month name-year, first of the month (Mar-24)', false),
  'iso-week': format('iso-week', 'ISO week, its Monday (2024-W01)', false),
  year: format('year', 'year, 1 January of the year (2024)', false),
};

function format(
  id: DateFormatId,
  label: string,
  hasTime: boolean,
  utc = false,
): DateFormat {
  return { id, label, hasTime, utc };
}

/** Each slash format and the same format read the other way round. */
export const TWINS: Partial<Record<DateFormatId, DateFormatId>> = {
  'month-day-year': 'day-month-year',
  'day-month-year': 'month-day-year',
  'month-day-year-time': 'day-month-year-time',
  'day-month-year-time': 'month-day-year-time',
};

/** True when a sample value is written in the format. */
export function matchesDateFormat(value: string, id: DateFormatId): boolean {
  return MATCHERS[id](value.trim());
}

/** The formats a single value can be read as. */
export function dateFormatsOf(value: string): DateFormatId[] {
  const text = value.trim();
  return (Object.keys(MATCHERS) as DateFormatId[]).filter((id) => MATCHERS[id](text));
}
