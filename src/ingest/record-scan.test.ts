import { describe, expect, it } from 'vitest';
import { scanRecords, skipLineEnds } from './record-scan';

const bytes = (text: string) => new TextEncoder().encode(text);
const options = (columnCount: number) => ({
  delimiter: ','.charCodeAt(0),
  quote: '"'.charCodeAt(0),
  columnCount,
});
const scan = (text: string, columns = 3, final = true, firstLine = 1) => {
  const result = scanRecords(bytes(text), firstLine, options(columns), final);
  return {
    ...result,
    records: [...result.records],
    lines: [...result.lines],
    shortLines: [...result.shortLines],
  };
};

describe('scanRecords', () => {
  const cases: {
    name: string;
    text: string;
    columns?: number;
    records: number[];
    lines: number[];
    recordCount: number;
  }[] = [
    {
      name: 'counts a quoted line break as a line but not a record',
      text: 'a,"b\nc",d\ne,f,g\n',
      records: [1, 2],
      lines: [1, 3],
      recordCount: 2,
    },
    {
      name: 'numbers empty CRLF lines as records but leaves them out of the rows',
      text: '1,2,3\r\n\r\n4,5,6\r\n',
      records: [1, 3],
      lines: [1, 3],
      recordCount: 3,
    },
    {
      name: 'keeps a whitespace-only line, which DuckDB reads as a row',
      text: '1,2,3\n   \n4,5,6',
      records: [1, 2, 3],
      lines: [1, 2, 3],
      recordCount: 3,
    },
    {
      name: 'keeps empty lines of a one-column file, which DuckDB reads as NULL rows',
      text: '1\n\n2\n',
      columns: 1,
      records: [1, 2, 3],
      lines: [1, 2, 3],
      recordCount: 3,
    },
    {
      name: 'treats a quote inside an unquoted value as text',
      text: '4,5"\n6,7,8\n',
      records: [1, 2],
      lines: [1, 2],
      recordCount: 2,
    },
    {
      name: 'reads a doubled quote as an escaped quote, not the end of the value',
      text: '"say ""hi\nthere""",2,3\n4,5,6\n',
      records: [1, 2],
      lines: [1, 3],
      recordCount: 2,
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const result = scan(c.text, c.columns);
      expect(result.records).toEqual(c.records);
      expect(result.lines).toEqual(c.lines);
      expect(result.recordCount).toBe(c.recordCount);
    });
  }

  it('stops before a record that is cut off, even at a line break inside quotes', () => {
    const text = '1,2,3\n4,"five\nsix';
    const result = scan(text, 3, false, 10);
    expect(result.end).toBe(6);
    expect(result.lines).toEqual([10]);
    expect(result.nextLine).toBe(11);
  });

  it('reports the start line of a quoted value that never closes in the last bytes', () => {
    expect(scan('1,2,3\n4,"five\nsix\n').unclosedQuoteLine).toBe(2);
    expect(scan('1,2,3\n4,"five"\n').unclosedQuoteLine).toBeNull();
  });

  it('lists records with content and too few fields as short, but not blank ones', () => {
    expect(scan('1,2\n , \n1,2,3\n,\n"x"\n').shortLines).toEqual([1, 5]);
  });

  it('tells a CRLF file from an LF file by its first record end outside quotes', () => {
    expect(scan('"a\nb",1,2\r\n').terminator).toBe('crlf');
    expect(scan('"a\r\nb",1,2\n').terminator).toBe('lf');
    expect(scan('1,2,3').terminator).toBeNull();
  });
});

describe('skipLineEnds', () => {
  it('skips header lines and says how many are left when the bytes run out', () => {
    expect(skipLineEnds(bytes('title\nhead\n1,2'), 2)).toEqual({
      offset: 11,
      remaining: 0,
    });
    expect(skipLineEnds(bytes('title\nhe'), 2)).toEqual({ offset: 8, remaining: 1 });
  });
});
