/**
 * What a column's sample values look like (flags, numbers, whole-number counts,
 * dates), read by the suggestion and the draft mapping alike.
 */
import { dateFormatsOf, inferDateFormats, type DateInference } from './date-formats';
import { isMissingText } from './missing';
import { DEFAULT_FLAG_VALUES } from './values';

const FLAGS = new Set([
  ...DEFAULT_FLAG_VALUES.trueValues,
  ...DEFAULT_FLAG_VALUES.falseValues,
]);
const NUMBER = /^[-+]?[$€£]?\s?(\d+|\d{1,3}(,\d{3})+)?(\.\d*)?(e[-+]?\d+)?%?$/i;
const WHOLE_NUMBER = /^(\d+|\d{1,3}(,\d{3})+)$/;
const PERCENT = /^[-+]?\d+(\.\d*)?%$/;

/**
 * Headers of whole-number columns that are not counts: ids, codes, years and
 * coordinates. `go_number` is an id; `number_injured` is a count.
 */
const NOT_A_COUNT =
  /(^| )(id|code|key|zip|yob|number|num|no|nbr)$|\b(year|fy|lat|long|latitude|longitude)\b/;

/** The trimmed sample values that are not missing-value markers. */
export function presentValues(values: readonly string[]): string[] {
  return values.map((v) => v.trim()).filter((v) => !isMissingText(v));
}

/** Share of values that pass test; 0 for no values. */
export function share(
  values: readonly string[],
  test: (value: string) => boolean,
): number {
  return values.length === 0 ? 0 : values.filter(test).length / values.length;
}

const every = (values: readonly string[], test: (value: string) => boolean) =>
  values.length > 0 && values.every(test);

/** True for a yes/no spelling the import reads by default (`Y`, `No`, `TRUE`, `0`). */
export const isFlagValue = (value: string) => FLAGS.has(value.toUpperCase());

/**
 * Values that are all yes/no spellings. Digits alone (`0`, `1`) are counts as often
 * as flags, so at least one value must be a word.
 */
export function isFlagColumn(present: readonly string[]): boolean {
  return every(present, isFlagValue) && present.some((v) => !/^-?\d$/.test(v));
}

/** True for a number in any of the spellings numberSQL reads (`1,234`, `31.8%`, `2e3`). */
export const isNumberValue = (value: string) => NUMBER.test(value);

/** Values that are all numbers. */
export const isNumberColumn = (present: readonly string[]) =>
  every(present, isNumberValue);

/** Values that are all whole numbers, thousands separators allowed (`1,234`). */
export const isWholeNumberColumn = (present: readonly string[]) =>
  every(present, (v) => WHOLE_NUMBER.test(v));

/** Values that are all percents (`31.8%`). */
export const isPercentColumn = (present: readonly string[]) =>
  every(present, (v) => PERCENT.test(v));

/**
 * A column of counts in a table of counts: whole numbers under a header that does
 * not name an id, a code, a year or a coordinate. The header is normalised.
 */
export function isCountColumn(header: string, present: readonly string[]): boolean {
  return !NOT_A_COUNT.test(header) && isWholeNumberColumn(present);
}

/**
 * How a column of a wide aggregates file is one measure: whole-number counts, or
 * percents (rates, never summed); null for any other column.
 */
export function measureKindOf(
  header: string,
  present: readonly string[],
): 'count' | 'rate' | null {
  if (isCountColumn(header, present)) return 'count';
  return isPercentColumn(present) ? 'rate' : null;
}

/**
 * The dates of a column whose every value reads as a date, whatever its header.
 * Four-digit numbers alone are not taken for years: they are counts as often.
 */
export function datesOfValues(present: readonly string[]): DateInference | null {
  // Most columns are not dates: their first value says so without reading the rest.
  if (present.length === 0 || dateFormatsOf(present[0] ?? '').length === 0) return null;
  const dates = inferDateFormats(present);
  const read = dates.matched === dates.total && dates.formats.length > 0;
  return read && !dates.formats.some((f) => f.id === 'year') ? dates : null;
}
