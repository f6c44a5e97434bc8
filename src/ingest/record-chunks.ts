/**
 * Reads a file as UTF-8 chunks that each hold whole records, so DuckDB can read every
 * chunk on its own. Only one chunk (and the partial record carried to the next) is
 * held in JavaScript at a time.
 */
import { bomLength, createUTF8Transcoder, type TextEncodingName } from './decode';
import { ImportError } from './import-errors';
import {
  scanRecords,
  skipLineEnds,
  type RecordScanOptions,
  type ScannedRecords,
} from './record-scan';

/** Bytes read from the file per chunk unless the caller says otherwise. */
export const DEFAULT_CHUNK_BYTES = 16 * 1024 * 1024;

/**
 * A record longer than this is taken for a stray quote that swallows the rest of the
 * file; DuckDB itself rejects lines over 2 MB.
 */
export const MAX_RECORD_BYTES = 64 * 1024 * 1024;

/** How to cut the file: its encoding, lines above the data and the dialect's bytes. */
export interface RecordChunkOptions extends RecordScanOptions {
  readonly encoding: TextEncodingName;
  /** Physical lines before the first data record (title, header and units rows). */
  readonly skipLines: number;
  readonly chunkBytes?: number;
}

/** Whole records as UTF-8 bytes with where each starts, and how far the file is read. */
export interface RecordChunk {
  readonly bytes: Uint8Array;
  readonly scan: ScannedRecords;
  readonly bytesDone: number;
  readonly bytesTotal: number;
}

/** The part of a browser File or Node Blob the reader uses. */
export type ByteSource = Pick<Blob, 'size' | 'slice'>;

function concat(head: Uint8Array, tail: Uint8Array): Uint8Array {
  if (head.length === 0) return tail;
  if (tail.length === 0) return head;
  const joined = new Uint8Array(head.length + tail.length);
  joined.set(head);
  joined.set(tail, head.length);
  return joined;
}

/** Turns the file's bytes into UTF-8 piece by piece, without a byte-order mark. */
function utf8Pieces(encoding: TextEncodingName) {
  // UTF-8 passes through untouched: chunks are cut at line feeds, which never fall
  // inside a multi-byte character, and invalid bytes stay for DuckDB to reject.
  if (encoding === 'utf-8') {
    let first = true;
    return {
      push: (bytes: Uint8Array) => {
        const start = first ? bomLength(bytes, encoding) : 0;
        first = false;
        return bytes.subarray(start);
      },
      end: () => new Uint8Array(0),
    };
  }
  return createUTF8Transcoder(encoding);
}

/** Yields the file's data records chunk by chunk, header lines left out. */
export async function* readRecordChunks(
  source: ByteSource,
  options: RecordChunkOptions,
): AsyncGenerator<RecordChunk> {
  const chunkBytes = Math.max(1, options.chunkBytes ?? DEFAULT_CHUNK_BYTES);
  const pieces = utf8Pieces(options.encoding);
  let toSkip = Math.max(0, Math.trunc(options.skipLines));
  let line = toSkip + 1;
  let carry = new Uint8Array(0);
  let offset = 0;

  for (;;) {
    // One pass after the last slice flushes the transcoder and closes the last record.
    const final = offset >= source.size;
    const read = final
      ? pieces.end()
      : pieces.push(await readSlice(source, offset, chunkBytes));
    offset = Math.min(source.size, offset + chunkBytes);

    let buffer = concat(carry, read);
    if (toSkip > 0) {
      const skipped = skipLineEnds(buffer, toSkip);
      toSkip = skipped.remaining;
      buffer = buffer.subarray(skipped.offset);
    }

    const scan = scanRecords(buffer, line, options, final);
    if (scan.unclosedQuoteLine !== null) throw unclosedQuote(scan.unclosedQuoteLine);
    if (buffer.length - scan.end > MAX_RECORD_BYTES) throw unclosedQuote(scan.nextLine);
    line = scan.nextLine;
    // A copy lets the whole read be collected once its records are handed on.
    carry = buffer.slice(scan.end);

    const bytes = buffer.subarray(0, scan.end);
    if (scan.recordCount > 0)
      yield { bytes, scan, bytesDone: offset, bytesTotal: source.size };
    if (final) return;
  }
}

async function readSlice(source: ByteSource, start: number, length: number) {
  return new Uint8Array(await source.slice(start, start + length).arrayBuffer());
}

function unclosedQuote(line: number): ImportError {
  return new ImportError(
    'load-failed',
    `A quoted value that starts on line ${line.toLocaleString('en-US')} never closes, ` +
      'so the rest of the file would be read as one value. Check that line for a stray quote.',
  );
}
