/**
 * A quote-aware scan of UTF-8 CSV bytes that finds where each record starts. DuckDB's
 * read_csv returns no line numbers, so the staging loader keeps its own: the physical
 * line each record starts on, and the record number DuckDB gives that record in its
 * reject table.
 */

/** The bytes of the dialect the scan needs: one-byte delimiter and quote. */
export interface RecordScanOptions {
  readonly delimiter: number;
  readonly quote: number;
  /** Columns of the table, to tell short records and to know what DuckDB skips. */
  readonly columnCount: number;
}

/** The whole records found at the start of a buffer. */
export interface ScannedRecords {
  /** Bytes [0, end) hold whole records; the rest is a partial record to carry. */
  readonly end: number;
  /** Records in [0, end), counting empty lines, as DuckDB numbers them. */
  readonly recordCount: number;
  /** 1-based record number of each record read_csv emits or rejects. */
  readonly records: Uint32Array;
  /** Physical line in the file where each of those records starts. */
  readonly lines: Uint32Array;
  /** Start lines of records with content and fewer fields than the columns. */
  readonly shortLines: Uint32Array;
  /** Line of the byte at `end`. */
  readonly nextLine: number;
  /** How the first record in the buffer ends, or null when none ends in a line feed. */
  readonly terminator: LineTerminator | null;
  /** Start line of a record whose quoted field never closes, when scanning a final buffer. */
  readonly unclosedQuoteLine: number | null;
}

/** The byte sequence that ends a record outside quotes. */
export type LineTerminator = 'crlf' | 'lf';

const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;

// Field states, as DuckDB's strict reader has them: a quote opens a quoted field only
// at the start of a field; inside an unquoted field it is an ordinary character.
const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
const QUOTE_IN_QUOTED = 3;

/** A growable list of unsigned 32-bit numbers, so no per-record JS object is made. */
class NumberList {
  private values = new Uint32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Uint32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }

  view(): Uint32Array {
    return this.values.subarray(0, this.length);
  }
}

/**
 * Scans bytes that start at a record boundary on line firstLine. Pass final for the
 * last bytes of the file, whose last record needs no line end.
 */
export function scanRecords(
  bytes: Uint8Array,
  firstLine: number,
  options: RecordScanOptions,
  final: boolean,
): ScannedRecords {
  const { delimiter, quote, columnCount } = options;
  // read_csv skips empty lines, except in a one-column file where they are NULL rows.
  const keepsEmpty = columnCount === 1;
  const records = new NumberList();
  const lines = new NumberList();
  const shortLines = new NumberList();

  let state = FIELD_START;
  let line = firstLine;
  let recordStart = 0;
  let recordLine = firstLine;
  let recordCount = 0;
  let fields = 1;
  let hasContent = false;
  let end = 0;
  let endLine = firstLine;
  let terminator: LineTerminator | null = null;

  const closeRecord = (stop: number) => {
    recordCount++;
    const length = stop - recordStart;
    const empty = length === 0 || (length === 1 && bytes[recordStart] === CR);
    if (!empty || keepsEmpty) {
      records.push(recordCount);
      lines.push(recordLine);
    }
    if (hasContent && fields < columnCount) shortLines.push(recordLine);
  };

  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte === LF) {
      line++;
      if (state === QUOTED) continue;
      terminator ??= bytes[i - 1] === CR && i > recordStart ? 'crlf' : 'lf';
      closeRecord(i);
      end = i + 1;
      endLine = line;
      recordStart = end;
      recordLine = line;
      state = FIELD_START;
      fields = 1;
      hasContent = false;
      continue;
    }
    if (!isBlankByte(byte, delimiter, quote)) hasContent = true;
    if (state === QUOTED) {
      if (byte === quote) state = QUOTE_IN_QUOTED;
    } else if (byte === delimiter) {
      state = FIELD_START;
      fields++;
    } else if (state === FIELD_START) {
      state = byte === quote ? QUOTED : UNQUOTED;
    } else if (state === QUOTE_IN_QUOTED) {
      // A doubled quote is an escaped quote; anything else after a closing quote is
      // text DuckDB rejects, after which the field reads as unquoted.
      state = byte === quote ? QUOTED : UNQUOTED;
    }
  }

  let unclosedQuoteLine: number | null = null;
  if (final && recordStart < bytes.length) {
    if (state === QUOTED) unclosedQuoteLine = recordLine;
    closeRecord(bytes.length);
    end = bytes.length;
    endLine = line;
  }
  return {
    end,
    recordCount,
    records: records.view(),
    lines: lines.view(),
    shortLines: shortLines.view(),
    nextLine: endLine,
    terminator,
    unclosedQuoteLine,
  };
}

// Whitespace, delimiters and quotes alone make a blank record, which is never short.
function isBlankByte(byte: number | undefined, delimiter: number, quote: number) {
  return (
    byte === SPACE || byte === TAB || byte === CR || byte === delimiter || byte === quote
  );
}

/**
 * Finds the offset just past the first `count` line ends, counting every line feed as
 * the sniffer does; returns the number still to skip when the bytes run out first.
 */
export function skipLineEnds(
  bytes: Uint8Array,
  count: number,
): { offset: number; remaining: number } {
  let remaining = count;
  let offset = 0;
  while (remaining > 0) {
    const next = bytes.indexOf(LF, offset);
    if (next < 0) return { offset: bytes.length, remaining };
    offset = next + 1;
    remaining--;
  }
  return { offset, remaining: 0 };
}
