/**
 * First guesses for the preview form, from header names and sample values. The
 * analyst confirms or changes every one of them before anything loads.
 */
import type { FilePreview } from '../../ingest/file-preview';

const BREAKDOWN_NAMES =
  /precinct|area name|district|program|sector|division|county|agency/i;
const YES_VALUES = new Set(['Y', 'YES', 'TRUE', 'T', '1']);
const MAX_BREAKDOWN_VALUES = 100;

/** Values of one column in the preview rows. */
export function columnValues(preview: FilePreview, column: string): string[] {
  const index = preview.columns.indexOf(column);
  return preview.rows.map((row) => row[index] ?? '');
}

/** Distinct values with how often they occur in the preview, most frequent first. */
export function valueCounts(values: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** The first column whose name says it is a date. */
export function guessDateColumn(preview: FilePreview): string {
  return preview.columns.find((name) => /date/i.test(name)) ?? preview.columns[0] ?? '';
}

/** Columns that read like precincts, areas or programs and have few values. */
export function guessBreakdowns(preview: FilePreview): string[] {
  return preview.columns.filter(
    (name) =>
      BREAKDOWN_NAMES.test(name) &&
      !/id$|code$/i.test(name) &&
      new Set(columnValues(preview, name)).size <= MAX_BREAKDOWN_VALUES,
  );
}

/** The first column that holds only yes/no style values, and its "yes" values. */
export function guessFlag(preview: FilePreview): { column: string; yesValues: string[] } {
  for (const column of preview.columns) {
    const values = new Set(columnValues(preview, column).map((value) => value.trim()));
    const upper = [...values].map((value) => value.toUpperCase());
    if (values.size <= 3 && upper.some((value) => YES_VALUES.has(value))) {
      return {
        column,
        yesValues: [...values].filter((value) => YES_VALUES.has(value.toUpperCase())),
      };
    }
  }
  return { column: preview.columns[0] ?? '', yesValues: [] };
}
