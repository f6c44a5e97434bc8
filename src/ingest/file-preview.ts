/**
 * Reads the start of a dropped file so the analyst can say which column is which
 * before DuckDB reads the whole file.
 */
import Papa from 'papaparse';
import { ImportError } from './import-errors';

/** The first rows of a file, as text, with the header it starts with. */
export interface FilePreview {
  readonly fileName: string;
  readonly delimiter: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

const SAMPLE_BYTES = 256 * 1024;
const PREVIEW_ROWS = 200;

function looksBinary(sample: Uint8Array): boolean {
  // A NUL byte never appears in a UTF-8 or Windows-1252 CSV export.
  return sample.subarray(0, 8192).includes(0);
}

/** Parses the first rows of a file; throws ImportError for empty or non-CSV files. */
export function previewFile(fileName: string, bytes: Uint8Array): FilePreview {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const text = new TextDecoder('utf-8').decode(sample).replace(/^\uFEFF/, '');
  if (text.trim() === '') {
    throw new ImportError(
      'empty-file',
      `“${fileName}” is empty: there is nothing to load.`,
    );
  }
  if (looksBinary(sample)) {
    throw new ImportError(
      'not-csv',
      `“${fileName}” is not a CSV file (it contains binary data). Export the data as CSV and drop that file.`,
    );
  }

  const parsed = Papa.parse<string[]>(text, {
    preview: PREVIEW_ROWS + 1,
    skipEmptyLines: 'greedy',
  });
  const [header, ...rows] = parsed.data;
  if (!header || header.length < 2 || rows.length === 0) {
    throw new ImportError(
      'not-csv',
      `“${fileName}” does not look like a CSV export: it needs a header row and at least one data row with two or more columns.`,
    );
  }
  return {
    fileName,
    delimiter: parsed.meta.delimiter,
    columns: header.map((name) => name.trim()),
    rows: bytes.length > SAMPLE_BYTES ? rows.slice(0, -1) : rows,
  };
}
