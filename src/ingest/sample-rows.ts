/**
 * Parses the decoded sample of an export with PapaParse, keeping each record's line
 * number so problems can be reported where a user will find them in the file.
 */
import Papa from 'papaparse';

/** Delimiters an agency export uses. */
export const DELIMITERS = [',', ';', '\t', '|'] as const;

/** One of the delimiters the product reads. */
export type Delimiter = (typeof DELIMITERS)[number];

/** One parsed record of the sample and the file line it starts on (1-based). */
export interface SampleRow {
  readonly line: number;
  readonly fields: readonly string[];
}

/** Records the sample is cut to, so sniffing stays fast on any file. */
export const SAMPLE_ROWS = 1000;

/** Guesses the delimiter with PapaParse from the sample text; comma when unsure. */
export function detectDelimiter(sampleText: string): Delimiter {
  const result = Papa.parse<string[]>(sampleText, {
    delimitersToGuess: [...DELIMITERS],
    preview: SAMPLE_ROWS,
    // A trailing blank line otherwise makes PapaParse miss a two-column tab file.
    skipEmptyLines: 'greedy',
  });
  const guess = result.meta.delimiter;
  return (DELIMITERS as readonly string[]).includes(guess) ? (guess as Delimiter) : ',';
}

const countNewlines = (text: string) => text.split('\n').length - 1;

/** True when a record holds nothing but whitespace, like a blank line. */
export function isBlankRecord(fields: readonly string[]): boolean {
  return fields.every((field) => field.trim() === '');
}

/**
 * Parses the sample into records with their first line numbers, skipping blank lines.
 * When the sample was cut from a larger file its last record may be partial, so it
 * is dropped.
 */
export function parseSampleRows(
  sampleText: string,
  delimiter: Delimiter,
  truncated: boolean,
): SampleRow[] {
  const rows: SampleRow[] = [];
  let cursor = 0;
  let line = 1;
  Papa.parse<string[]>(sampleText, {
    delimiter,
    quoteChar: '"',
    preview: SAMPLE_ROWS + 1,
    step: (result) => {
      const fields = result.data;
      if (!isBlankRecord(fields)) rows.push({ line, fields });
      line += countNewlines(sampleText.slice(cursor, result.meta.cursor));
      cursor = result.meta.cursor;
    },
  });

  const complete = truncated ? rows.slice(0, -1) : rows;
  return complete.slice(0, SAMPLE_ROWS);
}
