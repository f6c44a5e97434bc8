/**
 * SQL expressions that read a raw text column as DATE or TIMESTAMP in the formats
 * chosen for it. A value no format reads becomes NULL, which unfitValueSQL reports.
 */
import { quoteLiteral } from '../model/sql';
import type { DateFormat, DateFormatId } from './date-catalog';
import { utcToLocalSQL, type OffsetSpan } from './utc-offsets';

/** The agency's time zone as offset spans; needed only for UTC stamps. */
export type LocalZone = readonly OffsetSpan[];

const TIMES = ['%I:%M %p', '%I:%M:%S %p', '%I:%M%p', '%H:%M', '%H:%M:%S'];
const withTimes = (date: string) =>
  [', ', ' '].flatMap((separator) => TIMES.map((time) => `${date}${separator}${time}`));

/** DuckDB strptime formats, tried in order. */
const STRPTIME: Partial<Record<DateFormatId, readonly string[]>> = {
  'iso-date': ['%Y-%m-%d'],
  'month-day-year': ['%m/%d/%Y'],
  'day-month-year': ['%d/%m/%Y'],
  'month-day-year-time': withTimes('%m/%d/%Y'),
  'day-month-year-time': withTimes('%d/%m/%Y'),
  'day-mon-year': ['%d-%b-%Y'],
  'year-month-day-slash': ['%Y/%m/%d'],
  'year-month': ['%Y-%m'],
  'mon-year': ['%b-%y', '%b-%Y'],
  'iso-week': ['%G-W%V'],
};

/** Shapes checked before strptime, which would read `3/9/24` as the year 24. */
const SHAPE: Partial<Record<DateFormatId, string>> = {
  'month-day-year': '\\d{1,2}/\\d{1,2}/\\d{4}',
  'day-month-year': '\\d{1,2}/\\d{1,2}/\\d{4}',
  'month-day-year-time': '\\d{1,2}/\\d{1,2}/\\d{4},? +\\d{1,2}:\\d{2}.*',
  'day-month-year-time': '\\d{1,2}/\\d{1,2}/\\d{4},? +\\d{1,2}:\\d{2}.*',
  'year-month': '\\d{4}-\\d{2}',
  year: '\\d{4}|\\d(\\.\\d+)?[eE]\\d',
  'iso-datetime': '\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?',
  'iso-datetime-utc':
    '\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?([zZ]|[+-]\\d{2}:?\\d{2})',
};

const listSQL = (items: readonly string[]) => `[${items.map(quoteLiteral).join(', ')}]`;

function shaped(id: DateFormatId, text: string, value: string): string {
  const shape = SHAPE[id];
  return shape
    ? `(CASE WHEN regexp_full_match(${text}, ${quoteLiteral(shape)}) THEN ${value} END)`
    : value;
}

/** Minutes east of UTC written at the end of an ISO stamp (`Z`, `+05:30`, `-0400`). */
function utcOffsetMinutesSQL(text: string): string {
  const part = (group: number) =>
    `CAST(regexp_extract(${text}, '([+-])(\\d{2}):?(\\d{2})$', ${group}) AS INTEGER)`;
  const sign =
    `(CASE WHEN regexp_extract(${text}, '([+-])\\d{2}:?\\d{2}$', 1) = '-' ` +
    'THEN -1 ELSE 1 END)';
  return (
    `(CASE WHEN regexp_matches(${text}, '[zZ]$') THEN 0 ` +
    `ELSE ${sign} * (${part(2)} * 60 + ${part(3)}) END)`
  );
}

function utcInstantSQL(text: string): string {
  // Casting `…Z` straight to TIMESTAMP would drop the zone silently; strip and subtract.
  const wallClock =
    `try_cast(regexp_replace(${text}, ` +
    `'([zZ]|[+-]\\d{2}:?\\d{2})$', '') AS TIMESTAMP)`;
  return `(${wallClock} - to_minutes(${utcOffsetMinutesSQL(text)}))`;
}

function yearSQL(text: string): string {
  const number = `try_cast(${text} AS DOUBLE)`;
  return (
    `(CASE WHEN ${number} = floor(${number}) ` +
    `THEN make_date(CAST(${number} AS INTEGER), 1, 1) END)`
  );
}

/** TIMESTAMP (or DATE, for date-only formats) of one format, in local wall-clock time. */
function formatValueSQL(format: DateFormat, text: string, zone?: LocalZone): string {
  const strptime = STRPTIME[format.id];
  if (strptime)
    return shaped(format.id, text, `try_strptime(${text}, ${listSQL(strptime)})`);
  if (format.id === 'year') return shaped(format.id, text, yearSQL(text));
  if (format.id === 'iso-datetime')
    return shaped(format.id, text, `try_cast(${text} AS TIMESTAMP)`);

  if (!zone) {
    throw new Error(
      'UTC times need the agency time zone to give local dates; state it in the mapping.',
    );
  }
  return shaped(format.id, text, utcToLocalSQL(utcInstantSQL(text), zone));
}

/**
 * SQL giving the DATE a raw column names, trying each format in turn. UTC stamps are
 * turned into the agency's local date, which needs zone.
 */
export function dateSQL(
  column: string,
  formats: readonly DateFormat[],
  zone?: LocalZone,
): string {
  if (formats.length === 0) throw new Error('A date column needs at least one format.');
  const text = `trim(${column})`;
  const values = formats.map((f) => `CAST(${formatValueSQL(f, text, zone)} AS DATE)`);
  return values.length === 1 ? (values[0] ?? '') : `coalesce(${values.join(', ')})`;
}

/**
 * SQL giving the local wall-clock TIMESTAMP a raw column names. Only formats with a
 * time of day are used: a date alone is not an instant.
 */
export function timestampSQL(
  column: string,
  formats: readonly DateFormat[],
  zone?: LocalZone,
): string {
  const timed = formats.filter((f) => f.hasTime);
  if (timed.length === 0)
    throw new Error('A date-time column needs a format with a time.');
  const text = `trim(${column})`;
  const values = timed.map((f) => `CAST(${formatValueSQL(f, text, zone)} AS TIMESTAMP)`);
  return values.length === 1 ? (values[0] ?? '') : `coalesce(${values.join(', ')})`;
}

/** SQL joining a DATE expression and a TIME expression into a local TIMESTAMP. */
export function combineDateTimeSQL(
  dateExpression: string,
  timeExpression: string,
): string {
  return `(${dateExpression} + ${timeExpression})`;
}
