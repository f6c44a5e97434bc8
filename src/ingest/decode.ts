/**
 * Text encoding of an uploaded export. DuckDB reads only UTF-8, so any other encoding
 * is transcoded in JS with the platform's TextDecoder before the bytes are registered.
 */
import chardet from 'chardet';

/** Encodings the product reads; every other single-byte guess is read as Windows-1252. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Bytes chardet looks at: enough text to see accents, small enough to stay fast. */
export const ENCODING_SAMPLE_BYTES = 64 * 1024;

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function encodingFromBOM(bytes: Uint8Array): TextEncodingName | null {
  if (startsWith(bytes, UTF8_BOM)) return 'utf-8';
  if (startsWith(bytes, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(bytes, [0xfe, 0xff])) return 'utf-16be';
  return null;
}

function isValidUTF8(sample: Uint8Array, truncated: boolean): boolean {
  // A sample cut from a larger file may end inside a multi-byte character; stream
  // mode leaves that tail pending instead of calling it an error.
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: truncated });
    return true;
  } catch {
    return false;
  }
}

/** Detects the encoding from a byte-order mark, then UTF-8 validity, then chardet. */
export function detectEncoding(bytes: Uint8Array): TextEncodingName {
  const fromBOM = encodingFromBOM(bytes);
  if (fromBOM) return fromBOM;

  const sample = bytes.subarray(0, ENCODING_SAMPLE_BYTES);
  // chardet calls pure ASCII "ISO-8859-1"; valid UTF-8 is always read as UTF-8.
  if (isValidUTF8(sample, bytes.length > sample.length)) return 'utf-8';

  const guess = (chardet.detect(sample) ?? '').toLowerCase();
  if (guess === 'utf-16le' || guess === 'utf-16be') return guess;
  // Latin-1 exports are nearly always Windows-1252 (curly quotes, euro sign), which
  // is a superset of ISO-8859-1 for printable text, as WHATWG decoders treat it.
  return 'windows-1252';
}

/** Length of the byte-order mark at the start of bytes for the encoding, or 0. */
export function bomLength(bytes: Uint8Array, encoding: TextEncodingName): number {
  if (encoding === 'utf-8') return startsWith(bytes, UTF8_BOM) ? 3 : 0;
  if (encoding === 'utf-16le') return startsWith(bytes, [0xff, 0xfe]) ? 2 : 0;
  if (encoding === 'utf-16be') return startsWith(bytes, [0xfe, 0xff]) ? 2 : 0;
  return 0;
}

/** Transcodes one file chunk by chunk, keeping characters split across chunks whole. */
export interface UTF8Transcoder {
  /** Returns the UTF-8 bytes of the next chunk; the byte-order mark is dropped. */
  push(chunk: Uint8Array): Uint8Array;
  /** Returns the UTF-8 bytes still held back after the last chunk. */
  end(): Uint8Array;
}

/** Starts a chunked transcoder from the encoding to UTF-8 without a byte-order mark. */
export function createUTF8Transcoder(encoding: TextEncodingName): UTF8Transcoder {
  // ignoreBOM: false makes TextDecoder drop a leading BOM itself, once per stream.
  const decoder = new TextDecoder(encoding, { ignoreBOM: false });
  const encoder = new TextEncoder();
  return {
    push: (chunk) => encoder.encode(decoder.decode(chunk, { stream: true })),
    end: () => encoder.encode(decoder.decode()),
  };
}

/** Returns the bytes as UTF-8 without a byte-order mark; UTF-8 input is not copied. */
export function toUTF8(bytes: Uint8Array, encoding: TextEncodingName): Uint8Array {
  if (encoding === 'utf-8') return bytes.subarray(bomLength(bytes, encoding));

  const transcoder = createUTF8Transcoder(encoding);
  const head = transcoder.push(bytes);
  const tail = transcoder.end();
  if (tail.length === 0) return head;
  const joined = new Uint8Array(head.length + tail.length);
  joined.set(head);
  joined.set(tail, head.length);
  return joined;
}

/** Decodes the first bytes of a file as text for sniffing, without a byte-order mark. */
export function decodeSample(
  bytes: Uint8Array,
  encoding: TextEncodingName,
  maxBytes = ENCODING_SAMPLE_BYTES,
): string {
  const sample = bytes.subarray(0, maxBytes);
  return new TextDecoder(encoding).decode(sample, { stream: bytes.length > maxBytes });
}
