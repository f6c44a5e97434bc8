import { describe, expect, it } from 'vitest';
import { distinctColumnNames, sniffCSV } from './sniff';

describe('distinctColumnNames', () => {
  it.each([
    [
      ['\uFEFFTemplate ID', ' Precinct '],
      ['Template ID', 'Precinct'],
    ],
    [
      ['a', '', 'b', ''],
      ['a', 'column_2', 'b', 'column_4'],
    ],
    [
      ['Name', 'name', 'NAME'],
      ['Name', 'name_2', 'NAME_3'],
    ],
    [
      ['x', 'x', 'x_2'],
      ['x', 'x_3', 'x_2'],
    ],
    [
      ['', 'column_1'],
      ['column_1_2', 'column_1'],
    ],
  ])('names %j as %j', (raw, expected) => {
    expect(distinctColumnNames(raw)).toEqual(expected);
  });
});

describe('sniffCSV', () => {
  it.each([
    ['a comma file', 'a,b\n1,2\n', ','],
    ['a semicolon file', 'a;b;c\n1;2,5;3\n4;5;6\n', ';'],
    ['a tab file', 'a\tb\n1\t2\n', '\t'],
    ['a pipe file', 'a|b|c\n1|2|3\n', '|'],
  ])('detects the delimiter of %s', (_name, csv, delimiter) => {
    expect(sniffCSV(csv).delimiter).toBe(delimiter);
  });

  it.each([
    [
      'skips a title row above the header',
      'Monthly use of force report,,\nid,date,count\n1,2024-01-01,3\n2,2024-01-02,4\n',
      { headerLine: 2, skipLines: 2, columnNames: ['id', 'date', 'count'] },
    ],
    [
      'skips a units row below the header',
      'program,cost,wait\n,(USD),(days)\nOutreach,100,3\nShelter,250,12\n',
      { headerLine: 1, skipLines: 2, columnNames: ['program', 'cost', 'wait'] },
    ],
    [
      'keeps a first data row of text that is not units',
      'period,start,label\nW01,2024-W01,ISO week\nD1,2024-01-01,date only\n',
      { headerLine: 1, skipLines: 1, columnNames: ['period', 'start', 'label'] },
    ],
    [
      'names the columns of a file without a header',
      '1,2024-01-01,3\n2,2024-01-02,4\n',
      {
        headerLine: null,
        skipLines: 0,
        columnNames: ['column_1', 'column_2', 'column_3'],
      },
    ],
  ])('%s', (_name, csv, expected) => {
    expect(sniffCSV(csv)).toMatchObject(expected);
  });

  it('reports short and long rows by line, counting quoted line breaks', () => {
    const csv = 'a,b,c\n1,"two\nlines",3\n4,5\n\n6,7,8,9\n';
    expect(sniffCSV(csv).raggedRows).toEqual([
      { line: 4, fieldCount: 2, kind: 'short' },
      { line: 6, fieldCount: 4, kind: 'long' },
    ]);
  });

  it('does not report a record cut off at the end of a truncated sample', () => {
    expect(sniffCSV('a,b,c\n1,2,3\n4,5', true).raggedRows).toEqual([]);
    expect(sniffCSV('a,b,c\n1,2,3\n4,5', false).raggedRows).toHaveLength(1);
  });
});
