/**
 * The record index of one chunk as a small CSV DuckDB can join to the chunk's rows:
 * each record's number as DuckDB counts it, and the file line it starts on.
 */
import type { ScannedRecords } from './record-scan';

/** Column names and types of the record index, for read_csv. */
export const RECORD_LINE_COLUMNS = {
  record: 'UINTEGER',
  source_line: 'INTEGER',
} as const;

// Rows are joined in batches so no string grows past a few hundred kilobytes.
const BATCH = 16_384;

/** Writes `record,source_line` rows for every record read_csv emits or rejects. */
export function recordLinesCSV(
  scan: Pick<ScannedRecords, 'records' | 'lines'>,
): Uint8Array {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (let from = 0; from < scan.records.length; from += BATCH) {
    let text = '';
    const to = Math.min(scan.records.length, from + BATCH);
    for (let i = from; i < to; i++) text += `${scan.records[i]},${scan.lines[i]}\n`;
    const bytes = encoder.encode(text);
    parts.push(bytes);
    size += bytes.length;
  }

  const joined = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}
