import { describe, expect, it } from 'vitest';
import { csvCell, formulaSafe, toCSV } from './csv';

describe('formula-safe CSV', () => {
  it.each(['=SUM(A1)', '+1', '-2+3', '@cmd', '\tx', '\rx'])(
    'prefixes %j with an apostrophe',
    (text) => {
      expect(formulaSafe(text)).toBe(`'${text}`);
    },
  );

  it('leaves ordinary text and numbers alone', () => {
    expect(csvCell('North')).toBe('North');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(12.5)).toBe('12.5');
    expect(csvCell(null)).toBe('');
  });

  it('quotes a guarded cell that also holds a comma or quote', () => {
    expect(csvCell('=HYPERLINK("x","y")')).toBe(`"'=HYPERLINK(""x"",""y"")"`);
  });

  it('writes rows with CRLF line ends and a final line break', () => {
    expect(
      toCSV([
        ['a', 1],
        ['b, c', null],
      ]),
    ).toBe('a,1\r\n"b, c",\r\n');
  });
});
