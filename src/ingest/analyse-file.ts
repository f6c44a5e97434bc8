/**
 * Looks at the start of a dropped file, without reading it whole: its encoding, CSV
 * dialect, column names, sample rows and the suggested mapping.
 */
import { decodeSample, detectEncoding, type TextEncodingName } from './decode';
import { ImportError } from './import-errors';
import { sniffCSV, type CSVDialect } from './sniff';
import { suggestMapping, type MappingSuggestion } from './suggest';

/** What the analyst sees before mapping a file. */
export interface FileAnalysis {
  readonly fileName: string;
  readonly bytes: number;
  readonly encoding: TextEncodingName;
  readonly dialect: CSVDialect;
  /** Sample rows as text, in column order. */
  readonly sampleRows: readonly (readonly string[])[];
  readonly suggestion: MappingSuggestion;
}

const SAMPLE_BYTES = 256 * 1024;

function looksBinary(sample: Uint8Array, encoding: TextEncodingName): boolean {
  // UTF-16 text is full of NUL bytes; in any 8-bit export a NUL means binary.
  return !encoding.startsWith('utf-16') && sample.subarray(0, 8192).includes(0);
}

/** Analyses a file's first 256 KB; throws ImportError for empty or non-CSV files. */
export async function analyseFile(
  file: Pick<Blob, 'size' | 'slice'> & { readonly name: string },
): Promise<FileAnalysis> {
  const sample = new Uint8Array(await file.slice(0, SAMPLE_BYTES).arrayBuffer());
  const encoding = detectEncoding(sample);
  const text = decodeSample(sample, encoding, SAMPLE_BYTES);
  if (text.trim() === '') {
    throw new ImportError(
      'empty-file',
      `“${file.name}” is empty: there is nothing to load.`,
    );
  }
  if (looksBinary(sample, encoding)) {
    throw new ImportError(
      'not-csv',
      `“${file.name}” is not a CSV file (it contains binary data). ` +
        'Export the data as CSV and drop that file.',
    );
  }

  const dialect = sniffCSV(text, file.size > SAMPLE_BYTES);
  const sampleRows = dialect.sampleRows.map((row) => row.fields);
  if (dialect.columnNames.length < 2 || sampleRows.length === 0) {
    throw new ImportError(
      'not-csv',
      `“${file.name}” does not look like a CSV export: it needs a header row ` +
        'and at least one data row with two or more columns.',
    );
  }
  return {
    fileName: file.name,
    bytes: file.size,
    encoding,
    dialect,
    sampleRows,
    suggestion: suggestMapping(dialect.columnNames, sampleRows),
  };
}
