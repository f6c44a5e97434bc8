/**
 * Distinct values of one column in the analysed sample, with counts, for the mapping
 * screen's value questions.
 */
import type { FileAnalysis } from '../../ingest/analyse-file';
import { isMissingText } from '../../ingest/missing';

/** Values of a column in the sample rows. */
export function columnSample(analysis: FileAnalysis, column: string): string[] {
  const index = analysis.dialect.columnNames.indexOf(column);
  return analysis.sampleRows.map((row) => (row[index] ?? '').trim());
}

/** Present (non-missing) distinct values with their counts, most frequent first. */
export function distinctValues(
  analysis: FileAnalysis,
  column: string,
): [string, number][] {
  const counts = new Map<string, number>();
  for (const value of columnSample(analysis, column)) {
    if (!isMissingText(value)) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
