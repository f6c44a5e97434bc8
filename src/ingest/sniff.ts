/**
 * Sniffs an export's CSV dialect from a decoded sample: delimiter, header row, column
 * names and ragged rows. Only the sample is parsed in JS; DuckDB reads the whole file
 * with the dialect found here.
 */
import { distinctColumnNames } from './column-names';
import { detectHeaderLayout } from './header-rows';
import {
  detectDelimiter,
  parseSampleRows,
  type Delimiter,
  type SampleRow,
} from './sample-rows';

export { cleanHeader, distinctColumnNames } from './column-names';
export { detectHeaderLayout, type HeaderLayout } from './header-rows';
export {
  detectDelimiter,
  parseSampleRows,
  type Delimiter,
  type SampleRow,
} from './sample-rows';

/** A record of the sample whose field count differs from the header's. */
export interface RaggedRow {
  readonly line: number;
  readonly fieldCount: number;
  readonly kind: 'short' | 'long';
}

/** What DuckDB needs to read the file, and what the preview shows. */
export interface CSVDialect {
  readonly delimiter: Delimiter;
  readonly quote: '"';
  /** Lines before the first data row (title, header and units rows). */
  readonly skipLines: number;
  /** Header cells as the file has them; empty when the file has no header. */
  readonly rawHeaders: readonly string[];
  /** Distinct column names, the same in the preview and the loaded table. */
  readonly columnNames: readonly string[];
  /** Line of the header row, or null. */
  readonly headerLine: number | null;
  /** Title rows above the header and a units row below it, as found. */
  readonly extraHeaderRows: readonly SampleRow[];
  /** Sample records that are shorter or longer than the header. */
  readonly raggedRows: readonly RaggedRow[];
  /** The data records of the sample. */
  readonly sampleRows: readonly SampleRow[];
}

/** Reports every sample record whose field count is not the header's, by line. */
export function findRaggedRows(rows: readonly SampleRow[], width: number): RaggedRow[] {
  return rows
    .filter((row) => row.fields.length !== width)
    .map((row) => ({
      line: row.line,
      fieldCount: row.fields.length,
      kind: row.fields.length < width ? 'short' : 'long',
    }));
}

/**
 * Sniffs the dialect of a decoded sample. Pass truncated when the sample is cut from
 * a larger file, so a partial last record is not reported as short.
 */
export function sniffCSV(sampleText: string, truncated = false): CSVDialect {
  const delimiter = detectDelimiter(sampleText);
  const rows = parseSampleRows(sampleText, delimiter, truncated);
  const layout = detectHeaderLayout(rows);
  const header = layout.headerIndex === null ? null : rows[layout.headerIndex];
  const dataRows = rows.slice(layout.dataIndex);

  const width = header
    ? header.fields.length
    : Math.max(0, ...dataRows.map((r) => r.fields.length));
  const rawHeaders = header ? header.fields : [];
  const padded = Array.from({ length: width }, (_, i) => rawHeaders[i] ?? '');
  const firstData = dataRows[0];
  return {
    delimiter,
    quote: '"',
    skipLines: firstData ? firstData.line - 1 : (rows.at(-1)?.line ?? 0),
    rawHeaders,
    columnNames: distinctColumnNames(padded),
    headerLine: header?.line ?? null,
    extraHeaderRows: [...layout.titleRows, ...(layout.unitsRow ? [layout.unitsRow] : [])],
    raggedRows: findRaggedRows(dataRows, width),
    sampleRows: dataRows,
  };
}
