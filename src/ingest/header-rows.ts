/**
 * Finds the header row of an export, which is not always the first line: agencies put
 * a report title above it, or a row of units below it.
 */
import type { SampleRow } from './sample-rows';

/** Where the header and the data start in the sample. */
export interface HeaderLayout {
  /** Index in the sample rows of the header, or null when the file has none. */
  readonly headerIndex: number | null;
  /** Index of the first data row. */
  readonly dataIndex: number;
  /** Rows above the header, such as a report title. */
  readonly titleRows: readonly SampleRow[];
  /** A row between the header and the data, such as units; null when absent. */
  readonly unitsRow: SampleRow | null;
}

const HEADER_SEARCH_ROWS = 10;
const NUMBER = /^[-+]?(\d[\d,]*)?\.?\d+(e[-+]?\d+)?%?$/i;
const DATE_LIKE = /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}/;

/** True when a cell reads as a number or a date rather than a label. */
export function isValueLike(cell: string): boolean {
  const text = cell.trim();
  return NUMBER.test(text) || DATE_LIKE.test(text);
}

function modalWidth(rows: readonly SampleRow[]): number {
  const counts = new Map<number, number>();
  for (const row of rows)
    counts.set(row.fields.length, (counts.get(row.fields.length) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [width, count] of counts) {
    if (count > bestCount || (count === bestCount && width > best))
      [best, bestCount] = [width, count];
  }
  return best;
}

function isHeaderLike(row: SampleRow, width: number): boolean {
  const cells = row.fields.filter((field) => field.trim() !== '');
  if (cells.length < Math.max(1, Math.ceil(width / 2))) return false;
  return cells.filter(isValueLike).length === 0;
}

function mostlyValues(rows: readonly SampleRow[], column: number): boolean {
  const cells = rows
    .map((row) => row.fields[column]?.trim() ?? '')
    .filter((c) => c !== '');
  return cells.length > 0 && cells.filter(isValueLike).length >= cells.length * 0.8;
}

const UNIT_WORDS = new RegExp(
  String.raw`^(%|percent|days?|hours?|hrs|minutes?|mins|seconds?|years?|yrs|count|` +
    String.raw`number|n|#|usd|\$|dollars|people|persons|rate|hh:?mm(:ss)?|` +
    String.raw`[dmy]{1,4}[-/][dmy]{1,4}[-/][dmy]{1,4})$`,
  'i',
);

/** True for a cell such as `(days)`, `[%]`, `USD` or `per 100,000`. */
function isUnitCell(cell: string): boolean {
  const text = cell.trim();
  return /^[([].*[)\]]$/.test(text) || UNIT_WORDS.test(text) || /^per /i.test(text);
}

/**
 * A units row holds only unit labels, at least one of them above a column whose data
 * are numbers or dates.
 */
function isUnitsRow(row: SampleRow, below: readonly SampleRow[]): boolean {
  const cells = row.fields.map((field) => field.trim());
  if (below.length === 0 || cells.every((cell) => cell === '')) return false;
  if (!cells.every((cell) => cell === '' || isUnitCell(cell))) return false;
  return cells.some((cell, column) => cell !== '' && mostlyValues(below, column));
}

/** Finds the header row, skipping title rows above it and a units row below it. */
export function detectHeaderLayout(rows: readonly SampleRow[]): HeaderLayout {
  const width = modalWidth(rows);
  const searched = rows.slice(0, HEADER_SEARCH_ROWS);
  const headerIndex = searched.findIndex((row) => isHeaderLike(row, width));
  if (headerIndex < 0)
    return { headerIndex: null, dataIndex: 0, titleRows: [], unitsRow: null };

  const next = rows[headerIndex + 1];
  const unitsRow = next && isUnitsRow(next, rows.slice(headerIndex + 2)) ? next : null;
  return {
    headerIndex,
    dataIndex: headerIndex + (unitsRow ? 2 : 1),
    titleRows: rows.slice(0, headerIndex),
    unitsRow,
  };
}
