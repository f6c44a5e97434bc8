/**
 * Infers the date or date-time formats of a column from sample values. Inference
 * never picks a day/month order silently: when every value reads both ways it says
 * so, and the caller asks the user or uses the saved mapping's choice.
 */
import {
  DATE_FORMATS,
  TWINS,
  dateFormatsOf,
  type DateFormat,
  type DateFormatId,
  type DayMonthOrder,
} from './date-catalog';
import { isMissingText } from './missing';

export {
  DATE_FORMATS,
  dateFormatsOf,
  matchesDateFormat,
  type DateFormat,
  type DateFormatId,
  type DayMonthOrder,
} from './date-catalog';
export { combineDateTimeSQL, dateSQL, timestampSQL, type LocalZone } from './date-sql';
export { inferTimeFormat, timeOfDaySQL, type TimeFormat } from './time-of-day';
export { offsetSpans, utcToLocalSQL, type OffsetSpan } from './utc-offsets';

/** What the sample says about a column's dates. */
export interface DateInference {
  /** Formats that together read the matched values, most common first. */
  readonly formats: readonly DateFormat[];
  /** Every slash date reads both day-first and month-first: the caller must ask. */
  readonly ambiguous: boolean;
  /** When ambiguous, the same formats read the other way round. */
  readonly alternatives: readonly DateFormat[];
  /** Non-missing sample values, and how many of them a chosen format reads. */
  readonly total: number;
  readonly matched: number;
  /** Distinct sample values no chosen format reads, in order of appearance. */
  readonly unmatched: readonly string[];
}

const MONTH_FIRST: readonly DateFormatId[] = ['month-day-year', 'month-day-year-time'];
const DAY_FIRST: readonly DateFormatId[] = ['day-month-year', 'day-month-year-time'];

/** Chooses the one reading of a value under the column's day/month order. */
function readingOf(
  ids: readonly DateFormatId[],
  order: DayMonthOrder,
): DateFormatId | null {
  // A column has one order; a value readable only the other way is not read.
  const excluded = order === 'month-first' ? DAY_FIRST : MONTH_FIRST;
  return ids.find((id) => !excluded.includes(id)) ?? null;
}

/** Slash dates all read both ways when none of them reads only one way. */
function isAmbiguous(readings: readonly DateFormatId[][]): boolean {
  const slash = readings.filter((ids) => ids.some((id) => id in TWINS));
  return (
    slash.length > 0 &&
    slash.every((ids) => ids.some((id) => TWINS[id] && ids.includes(TWINS[id])))
  );
}

/** Which order the values themselves require: the one more of them read only one way. */
function orderFromValues(readings: readonly DateFormatId[][]): DayMonthOrder {
  const only = (ids: readonly DateFormatId[], list: readonly DateFormatId[]) =>
    ids.some((id) => list.includes(id)) &&
    !ids.some((id) => TWINS[id] && ids.includes(TWINS[id]));
  const monthFirst = readings.filter((ids) => only(ids, MONTH_FIRST)).length;
  const dayFirst = readings.filter((ids) => only(ids, DAY_FIRST)).length;
  return dayFirst > monthFirst ? 'day-first' : 'month-first';
}

function rankedFormats(chosen: readonly (DateFormatId | null)[]): DateFormat[] {
  const counts = new Map<DateFormatId, number>();
  for (const id of chosen) if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([id]) => DATE_FORMATS[id]);
}

/**
 * Infers the formats of a column from its sample values. A mixed column gets several
 * formats. Pass order when the user or the saved mapping has chosen one.
 */
export function inferDateFormats(
  values: readonly string[],
  order?: DayMonthOrder,
): DateInference {
  const present = values.map((v) => v.trim()).filter((v) => !isMissingText(v));
  const readings = present.map(dateFormatsOf);
  const ambiguous = order === undefined && isAmbiguous(readings);
  const used = order ?? orderFromValues(readings);

  const chosen = readings.map((ids) => readingOf(ids, used));
  const formats = rankedFormats(chosen);
  const unread = present.filter((_, i) => chosen[i] === null);
  return {
    formats,
    ambiguous,
    alternatives: ambiguous ? formats.map((f) => DATE_FORMATS[TWINS[f.id] ?? f.id]) : [],
    total: present.length,
    matched: present.length - unread.length,
    unmatched: [...new Set(unread)],
  };
}
