import { describe, expect, it } from 'vitest';
import { ImportError } from './import-errors';
import { readRecordChunks, type RecordChunkOptions } from './record-chunks';

const options: RecordChunkOptions = {
  encoding: 'utf-8',
  skipLines: 1,
  delimiter: ','.charCodeAt(0),
  quote: '"'.charCodeAt(0),
  columnCount: 3,
};

async function readAll(source: Blob, chunkBytes: number, overrides = {}) {
  const parts: Uint8Array[] = [];
  const lines: number[] = [];
  let largest = 0;
  for await (const chunk of readRecordChunks(source, {
    ...options,
    ...overrides,
    chunkBytes,
  })) {
    parts.push(chunk.bytes.slice());
    lines.push(...chunk.scan.lines);
    largest = Math.max(largest, chunk.bytes.length);
  }
  const text = new TextDecoder().decode(
    new Uint8Array(parts.flatMap((part) => [...part])),
  );
  return { text, lines, largest, chunks: parts.length };
}

const TRICKY =
  '\uFEFFid,note,place\r\n' +
  '1,"caf\u00e9\r\nau lait",\u20ac\r\n\r\n' +
  '2,"say ""hi""",\uD83D\uDE00\r\n' +
  '3,x,"a,b"\r\n';
const DATA = TRICKY.slice(TRICKY.indexOf('\n') + 1);

describe('readRecordChunks', () => {
  it('hands on the same records and lines at every chunk size from 1 byte up', async () => {
    const source = new Blob([TRICKY]);
    for (let size = 1; size <= source.size + 1; size++) {
      const result = await readAll(source, size);
      expect(result.text, `chunk size ${size}`).toBe(DATA);
      expect(result.lines, `chunk size ${size}`).toEqual([2, 5, 6]);
    }
  });

  it('cuts chunks only at record ends, never inside a quoted value', async () => {
    const source = new Blob([TRICKY]);
    for await (const chunk of readRecordChunks(source, { ...options, chunkBytes: 7 })) {
      const text = new TextDecoder().decode(chunk.bytes);
      expect(text.endsWith('\n')).toBe(true);
      expect((text.match(/"/g)?.length ?? 0) % 2).toBe(0);
    }
  });

  it('transcodes Windows-1252 split anywhere into the same UTF-8 text', async () => {
    const latin = new Uint8Array([
      ...new TextEncoder().encode('h\n"Caf'),
      0xe9,
      0x0a,
      0x93,
      0x22,
      0x2c,
      0x80,
      0x0a,
    ]);
    for (const size of [1, 2, 3, 64]) {
      const result = await readAll(new Blob([latin]), size, {
        encoding: 'windows-1252',
      });
      expect(result.text).toBe('"Caf\u00e9\n\u201c",\u20ac\n');
      expect(result.lines).toEqual([2]);
    }
  });

  it('holds no more than a chunk and the record carried into it', async () => {
    const row = '1,"two\nlines",3\n';
    const source = new Blob(['h\n', row.repeat(2000)]);
    const result = await readAll(source, 1024);
    expect(result.largest).toBeLessThanOrEqual(1024 + row.length);
    expect(result.chunks).toBeGreaterThan(source.size / (1024 + row.length));
  });

  it('skips header lines that run past the first chunk', async () => {
    const source = new Blob(['title line\nheader,row,here\n1,2,3\n']);
    const result = await readAll(source, 4, { skipLines: 2 });
    expect(result.text).toBe('1,2,3\n');
    expect(result.lines).toEqual([3]);
  });

  it('fails on a stray quote with the line it starts on', async () => {
    const source = new Blob(['h\n1,2,3\n4,"5,6\n7,8,9\n']);
    await expect(readAll(source, 4)).rejects.toThrow(ImportError);
    await expect(readAll(source, 4)).rejects.toThrow(/starts on line 3/);
  });
});
