/**
 * SQL expression builders that turn a raw text column (always a quoted identifier or
 * an expression over one) into a typed value. A value that does not fit becomes
 * NULL, and unfitValueSQL finds it so it is reported; no builder can fail a load.
 * Value lists from the mapping pass through quoteLiteral only.
 */
import { quoteLiteral } from '../model/sql';
import { presentTextSQL } from './missing';

export {
  DEFAULT_MISSING_MARKERS,
  isMissingSQL,
  isMissingText,
  presentTextSQL,
  unfitValueSQL,
} from './missing';
export { ageSQL, isJuvenileSQL, type AgeSQL, type AgeWords } from './ages';

/** Values that mean yes and no in a flag column, compared trimmed and upper-cased. */
export interface FlagValues {
  readonly trueValues: readonly string[];
  readonly falseValues: readonly string[];
}

/** Flag spellings of agency exports; `-1` is how Access and some RMSs store true. */
export const DEFAULT_FLAG_VALUES: FlagValues = {
  trueValues: ['Y', 'YES', 'TRUE', 'T', '1', '-1'],
  falseValues: ['N', 'NO', 'FALSE', 'F', '0'],
};

const upperList = (values: readonly string[]) =>
  `(${[...new Set(values.map((v) => v.trim().toUpperCase()))].map(quoteLiteral).join(', ')})`;

/** SQL giving a BOOLEAN from a flag column; unmapped values become NULL. */
export function flagSQL(
  column: string,
  values: FlagValues = DEFAULT_FLAG_VALUES,
): string {
  if (values.trueValues.length === 0 || values.falseValues.length === 0) {
    throw new Error('A flag needs at least one value for yes and one for no.');
  }
  const text = `upper(trim(${column}))`;
  return (
    `(CASE WHEN ${text} IN ${upperList(values.trueValues)} THEN TRUE ` +
    `WHEN ${text} IN ${upperList(values.falseValues)} THEN FALSE END)`
  );
}

/** How numbers are written: the decimal mark, and what `45%` means. */
export interface NumberStyle {
  readonly decimalMark: '.' | ',';
  /** `fraction` reads `45%` as 0.45; `points` reads it as 45. */
  readonly percent: 'fraction' | 'points';
}

/** Numbers as US and UK exports write them. */
export const DEFAULT_NUMBER_STYLE: NumberStyle = {
  decimalMark: '.',
  percent: 'fraction',
};

/**
 * SQL giving a DOUBLE from a number column: thousands separators (`1,234`), currency
 * signs, percents (`100.0%`) and scientific notation (`2e3`) are read; anything else,
 * such as `99.5+`, becomes NULL.
 */
export function numberSQL(
  column: string,
  style: NumberStyle = DEFAULT_NUMBER_STYLE,
): string {
  const [group, decimal] = style.decimalMark === '.' ? [',', '\\.'] : ['\\.', ','];
  // Grouping marks count only in groups of three, so `1,5` is never read as 15.
  const shape = `[+-]?(\\d+|\\d{1,3}(${group}\\d{3})+)?(${decimal}\\d*)?([eE][+-]?\\d+)?%?`;
  const plain =
    style.decimalMark === '.'
      ? `replace(replace(v, ',', ''), '%', '')`
      : `replace(replace(replace(v, '.', ''), ',', '.'), '%', '')`;
  const scale = style.percent === 'fraction' ? 100 : 1;
  const value =
    `try_cast(${plain} AS DOUBLE) / ` +
    `(CASE WHEN suffix(v, '%') THEN ${scale} ELSE 1 END)`;
  const read = `CASE WHEN regexp_full_match(v, ${quoteLiteral(shape)}) THEN ${value} END`;
  const cleaned = `regexp_replace(trim(${column}), '[$€£ ]', '', 'g')`;
  // The lambda binds the cleaned text once instead of repeating it in every branch.
  return `list_transform([${cleaned}], v -> ${read})[1]`;
}

/** SQL giving an INTEGER from a number column, NULL unless the number is whole. */
export function integerSQL(
  column: string,
  style: NumberStyle = DEFAULT_NUMBER_STYLE,
): string {
  const number = numberSQL(column, style);
  return (
    `list_transform([${number}], ` +
    'n -> CASE WHEN n = floor(n) THEN try_cast(n AS INTEGER) END)[1]'
  );
}

/**
 * SQL keeping an id or code as text with every character (`02124`, `04X`, `1-10-2`,
 * 14-digit numbers), trimmed, NULL when missing.
 */
export function codeSQL(column: string): string {
  return presentTextSQL(column);
}

// DuckDB 1.4's trim() strips the Unicode spaces (U+00A0 included) but keeps a tab, a
// zero-width space or a byte-order mark at the end of a cell; spelled out here so a
// key never depends on which of them the engine version strips.
const EDGE_SPACES = String.raw`^[\s\p{Z}\x{200B}\x{FEFF}]+|[\s\p{Z}\x{200B}\x{FEFF}]+$`;

/**
 * SQL keeping a key (an incident or person id) as text, trimmed of every kind of
 * space at either end, NULL when missing: two cells that look alike are one key.
 */
export function keySQL(column: string): string {
  return presentTextSQL(
    `regexp_replace(${column}, ${quoteLiteral(EDGE_SPACES)}, '', 'g')`,
  );
}

/** SQL giving a LIST of the trimmed, non-empty values packed into one cell. */
export function splitValuesSQL(column: string, delimiter: string): string {
  if (delimiter === '') throw new Error('Packed values need a delimiter.');
  const parts = `string_split(${presentTextSQL(column)}, ${quoteLiteral(delimiter)})`;
  return `list_filter(list_transform(${parts}, x -> trim(x)), x -> x <> '')`;
}
