import { describe, expect, it } from 'vitest';
import {
  createUTF8Transcoder,
  detectEncoding,
  toUTF8,
  type TextEncodingName,
} from './decode';

const utf16le = (text: string, bom = true) => {
  const bytes = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  if (bom) bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    bytes[(bom ? 2 : 0) + i * 2] = text.charCodeAt(i) & 0xff;
    bytes[(bom ? 2 : 0) + i * 2 + 1] = text.charCodeAt(i) >> 8;
  }
  return bytes;
};
const utf16be = (text: string) => {
  const le = utf16le(text, false);
  const be = new Uint8Array(2 + le.length);
  be.set([0xfe, 0xff]);
  for (let i = 0; i < le.length; i += 2) be.set([le[i + 1] ?? 0, le[i] ?? 0], 2 + i);
  return be;
};
const bytes = (...values: number[]) => new Uint8Array(values);
const ascii = (text: string) => new TextEncoder().encode(text);
const decoded = (utf8: Uint8Array) =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(utf8);

describe('detectEncoding', () => {
  it.each<[string, Uint8Array, TextEncodingName]>([
    ['a UTF-8 byte-order mark', bytes(0xef, 0xbb, 0xbf, 0x61), 'utf-8'],
    ['a UTF-16LE byte-order mark', utf16le('a,b\n'), 'utf-16le'],
    ['a UTF-16BE byte-order mark', utf16be('a,b\n'), 'utf-16be'],
    [
      'plain ASCII, which chardet calls Latin-1',
      ascii('id,date\n1,2024-01-01\n'),
      'utf-8',
    ],
    ['valid UTF-8 accents', ascii('agency\nPolicía Köln\n'), 'utf-8'],
    [
      'Latin-1 accents',
      bytes(0x50, 0x6f, 0x6c, 0x69, 0x63, 0xed, 0x61, 0x0a),
      'windows-1252',
    ],
  ])('detects %s', (_name, input, expected) => {
    expect(detectEncoding(input)).toBe(expected);
  });

  it('keeps UTF-8 when the sample ends inside a multi-byte character', () => {
    const text = 'é'.repeat(40_000);
    expect(detectEncoding(ascii(text))).toBe('utf-8');
  });
});

describe('toUTF8', () => {
  it.each<[string, Uint8Array, TextEncodingName, string]>([
    ['drops a UTF-8 BOM', bytes(0xef, 0xbb, 0xbf, 0x61, 0x2c, 0x62), 'utf-8', 'a,b'],
    ['transcodes UTF-16LE without its BOM', utf16le('Köln;€'), 'utf-16le', 'Köln;€'],
    ['transcodes UTF-16BE without its BOM', utf16be('Köln'), 'utf-16be', 'Köln'],
    [
      'reads Windows-1252 euro, en dash and curly quotes',
      bytes(0x80, 0x96, 0x93, 0x94, 0x92),
      'windows-1252',
      '€–“”’',
    ],
  ])('%s', (_name, input, encoding, expected) => {
    expect(decoded(toUTF8(input, encoding))).toBe(expected);
  });

  it('transcodes chunk by chunk, keeping a character split across chunks whole', () => {
    const whole = utf16le('Niño €5');
    const transcoder = createUTF8Transcoder('utf-16le');
    const parts = [whole.subarray(0, 3), whole.subarray(3, 8), whole.subarray(8)].map(
      (chunk) => transcoder.push(chunk),
    );
    parts.push(transcoder.end());
    expect(parts.map(decoded).join('')).toBe('Niño €5');
  });
});
