/**
 * The bad-input fixtures about a file's structure and encoding (a BOM, quoted line
 * breaks, duplicate headers, blank and short rows, Windows-1252), loaded through
 * DuckDB with the generated SQL and checked against the behaviour their README
 * requires. Dates are in bad-inputs-dates.test.ts, values in bad-inputs-values.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { quoteIdentifier as q } from '../model/sql';
import { detectEncoding } from './decode';
import {
  badInput,
  type BadInputCase as Case,
  loadBadInput as load,
  loadRawCSV,
} from './test-helpers';
import { flagSQL } from './values';

const cases: Case[] = [
  {
    file: '01-bom-header.csv',
    behaviour:
      'names the first column without the BOM and reads flags without a carriage return',
    check: async () => {
      const { dialect, select } = await load('01-bom-header.csv');
      expect(dialect.columnNames[0]).toBe('Template ID');
      const rows = await select(
        `SELECT ${flagSQL(q('Use of Force Indicator'))} AS force,
                ${q('Precinct')} AS area FROM raw`,
      );
      expect(rows).toEqual([
        { force: false, area: 'East' },
        { force: true, area: 'West' },
        { force: false, area: 'North' },
      ]);
    },
  },
  {
    file: '14-quoted-newline-mixed-eol.csv',
    behaviour: 'loads 3 records whose addresses keep their line breaks',
    check: async () => {
      const { select } = await load('14-quoted-newline-mixed-eol.csv');
      const rows = await select(`SELECT location, force_type FROM raw`);
      expect(rows).toHaveLength(3);
      expect(rows[0]?.location).toBe(
        '211 N ERVAY ST\nDallas, TX\n(32.782205, -96.797461)',
      );
      expect(rows[2]?.force_type).toBe('Take Down - Group');
    },
  },
  {
    file: '16-duplicate-headers.csv',
    behaviour: 'keeps every column under distinct names, the same in preview and table',
    check: async () => {
      const { dialect, select } = await load('16-duplicate-headers.csv');
      expect(dialect.columnNames).toEqual([
        'RIN',
        'LOCATION_DISTRICT',
        'REASON_FOR_FORCE',
        'REASON_FOR_FORCE_2',
        'Y_COORDINATE',
        'Y_COORDINATE_2',
        'LOCATION_DISTRICT_2',
        'LOCATION_DISTRICT_1',
        'column_9',
      ]);
      const described = await select('DESCRIBE raw');
      expect(described.map((r) => r.column_name)).toEqual(dialect.columnNames);
      const [first] = await select('SELECT column_9, LOCATION_DISTRICT_2 FROM raw');
      expect(first).toEqual({
        column_9: 'CRIMINAL INTERDICTION',
        LOCATION_DISTRICT_2: '5',
      });
    },
  },
  {
    file: '17-trailing-blank-lines.csv',
    behaviour: 'loads 3 data rows and no phantom rows',
    check: async () => {
      const { dialect, select } = await loadRawCSV(
        badInput('17-trailing-blank-lines.csv'),
      );
      expect(await select('SELECT program FROM raw')).toEqual([
        { program: 'Outreach' },
        { program: 'Outreach' },
        { program: 'Shelter' },
      ]);
      expect(dialect.raggedRows).toEqual([]);
    },
  },
  {
    file: '19-short-rows.csv',
    behaviour: 'loads 4 columns and reports short rows by line',
    check: async () => {
      const { dialect, select } = await load('19-short-rows.csv');
      expect(dialect.columnNames).toEqual(['one', 'two', 'three', 'four']);
      expect(dialect.raggedRows).toEqual([
        { line: 2, fieldCount: 3, kind: 'short' },
        { line: 3, fieldCount: 3, kind: 'short' },
      ]);
      expect(await select('SELECT count(*) AS n, count(four) AS four FROM raw')).toEqual([
        { n: 3, four: 1 },
      ]);
    },
  },
  {
    file: '22-latin1-cp1252.csv',
    behaviour: 'detects Windows-1252 and the semicolon and reads the text correctly',
    check: async () => {
      const bytes = badInput('22-latin1-cp1252.csv');
      expect(detectEncoding(bytes)).toBe('windows-1252');
      const { dialect, select } = await loadRawCSV(bytes);
      expect(dialect.delimiter).toBe(';');
      expect(dialect.columnNames).toEqual(['agency', 'programme', 'note', 'cost']);
      const rows = await select('SELECT agency, note, cost FROM raw');
      expect(rows[0]).toEqual({
        agency: 'Policía Municipal',
        note: '\u201cNiño\u201d referral \u2013 see file',
        cost: '\u20ac 1200',
      });
      expect(rows[1]?.agency).toBe('Centre d\u2019accueil');
      expect(rows[2]?.agency).toBe('Sozialamt Köln');
    },
  },
];

describe('bad inputs', () => {
  it.each(cases.map((c) => [c.file, c.behaviour, c] as const))(
    '%s %s',
    async (_f, _b, c) => {
      await c.check();
    },
  );
});
