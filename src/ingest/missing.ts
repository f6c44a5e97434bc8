/**
 * Missing-value markers. Exports spell "no value" many ways (`NULL`, `-`, `NA`,
 * blank); all of them become SQL NULL before any conversion, so a marker is never
 * reported as a value that does not fit.
 */
import { quoteLiteral } from '../model/sql';

/** Markers that mean "no value", compared after trimming and ignoring case. */
export const DEFAULT_MISSING_MARKERS: readonly string[] = [
  '',
  'NULL',
  '-',
  '--',
  'NA',
  'N/A',
  '#N/A',
  'NONE',
  'NAN',
];

/** True when a sample value is a missing-value marker. */
export function isMissingText(
  value: string | null | undefined,
  markers: readonly string[] = DEFAULT_MISSING_MARKERS,
): boolean {
  if (value === null || value === undefined) return true;
  const text = value.trim().toUpperCase();
  return markers.some((marker) => marker.trim().toUpperCase() === text);
}

/** A SQL list literal of upper-cased markers, each through quoteLiteral. */
export function markerListSQL(markers: readonly string[]): string {
  const unique = [...new Set(markers.map((m) => m.trim().toUpperCase()))];
  return unique.length === 0 ? "('')" : `(${unique.map(quoteLiteral).join(', ')})`;
}

/** SQL that is true when the raw text value is missing (NULL or a marker). */
export function isMissingSQL(
  column: string,
  markers: readonly string[] = DEFAULT_MISSING_MARKERS,
): string {
  // trim() keeps whitespace-only cells missing; upper() makes `null` and `NULL` equal.
  return `(${column} IS NULL OR upper(trim(${column})) IN ${markerListSQL(markers)})`;
}

/** SQL giving the trimmed text value, or NULL when it is missing. */
export function presentTextSQL(
  column: string,
  markers: readonly string[] = DEFAULT_MISSING_MARKERS,
): string {
  return `(CASE WHEN ${isMissingSQL(column, markers)} THEN NULL ELSE trim(${column}) END)`;
}

/**
 * SQL that is true when a raw value is present but its converted value is NULL: the
 * value does not fit and must be reported, never dropped silently.
 */
export function unfitValueSQL(
  column: string,
  convertedSQL: string,
  markers: readonly string[] = DEFAULT_MISSING_MARKERS,
): string {
  return `(NOT ${isMissingSQL(column, markers)} AND (${convertedSQL}) IS NULL)`;
}
