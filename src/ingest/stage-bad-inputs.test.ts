/**
 * The bad inputs that test file structure, staged chunk by chunk as an import does
 * (encoding detected, dialect sniffed from a sample) and checked against the README of
 * tests/fixtures/bad-inputs, with the file line of every row.
 */
import { describe, expect, it } from 'vitest';
import { startNodeRunner } from '../engine/node-runner';
import type { PlainRow } from '../engine/plain-rows';
import { sql } from '../model/sql';
import { decodeSample, detectEncoding, ENCODING_SAMPLE_BYTES } from './decode';
import { sniffCSV, type CSVDialect } from './sniff';
import { stageFile, type StageResult } from './stage-file';
import { badInput } from './test-helpers';

interface Staged {
  readonly dialect: CSVDialect;
  readonly result: StageResult;
  readonly rows: PlainRow[];
}

async function stageBadInput(file: string, chunkBytes?: number): Promise<Staged> {
  const bytes = badInput(file);
  const encoding = detectEncoding(bytes);
  const dialect = sniffCSV(
    decodeSample(bytes, encoding),
    bytes.length > ENCODING_SAMPLE_BYTES,
  );
  const runner = await startNodeRunner();
  const result = await stageFile(runner, {
    importId: 'bad',
    source: new Blob([new Uint8Array(bytes)]),
    encoding,
    dialect,
    ...(chunkBytes === undefined ? {} : { chunkBytes }),
  });
  const rows = await runner.rows(sql(`SELECT * FROM stage_bad ORDER BY source_line`));
  return { dialect, result, rows };
}

const cases: {
  file: string;
  behaviour: string;
  check: (staged: Staged) => void;
}[] = [
  {
    file: '01-bom-header.csv',
    behaviour: 'names the first column without the BOM and leaves no carriage return',
    check: ({ dialect, rows }) => {
      expect(dialect.columnNames[0]).toBe('Template ID');
      expect(rows.map((r) => [r.source_line, r['Template ID'], r.Precinct])).toEqual([
        [2, '1001', 'East'],
        [3, '1002', 'West'],
        [4, '1003', 'North'],
      ]);
    },
  },
  {
    file: '14-quoted-newline-mixed-eol.csv',
    behaviour:
      'stages 3 records whose addresses keep their line breaks, on lines 2, 5, 7',
    check: ({ rows }) => {
      expect(rows.map((r) => r.source_line)).toEqual([2, 5, 7]);
      expect(rows[0]?.location).toBe(
        '211 N ERVAY ST\nDallas, TX\n(32.782205, -96.797461)',
      );
      expect(rows[1]?.location).toBe('7647 FERGUSON RD\nDallas, TX');
      expect(rows[2]?.force_type).toBe('Take Down - Group');
    },
  },
  {
    file: '16-duplicate-headers.csv',
    behaviour: 'keeps every column under the distinct names the preview shows',
    check: ({ dialect, rows }) => {
      expect(Object.keys(rows[0] ?? {})).toEqual(['source_line', ...dialect.columnNames]);
      expect(rows[0]).toMatchObject({
        source_line: 2,
        column_9: 'CRIMINAL INTERDICTION',
        LOCATION_DISTRICT_2: '5',
      });
      expect(rows).toHaveLength(2);
    },
  },
  {
    file: '17-trailing-blank-lines.csv',
    behaviour: 'stages 3 data rows on lines 2, 3 and 5, and no phantom rows',
    check: ({ rows, result }) => {
      expect(rows.map((r) => [r.source_line, r.program])).toEqual([
        [2, 'Outreach'],
        [3, 'Outreach'],
        [5, 'Shelter'],
      ]);
      expect(result.shortRows.count).toBe(0);
    },
  },
  {
    file: '19-short-rows.csv',
    behaviour: 'stages 4 columns and reports the short rows on lines 2 and 3',
    check: ({ dialect, rows, result }) => {
      expect(dialect.columnNames).toEqual(['one', 'two', 'three', 'four']);
      expect(rows.map((r) => [r.source_line, r.four])).toEqual([
        [2, null],
        [3, null],
        [4, 'extra'],
      ]);
      expect(result.shortRows).toEqual({ count: 2, firstLines: [2, 3] });
      expect(result.rowsRejected).toBe(0);
    },
  },
  {
    file: '22-latin1-cp1252.csv',
    behaviour: 'reads Windows-1252 text split into chunks, with ; as delimiter',
    check: ({ dialect, rows }) => {
      expect(dialect.delimiter).toBe(';');
      expect(rows[0]).toEqual({
        source_line: 2,
        agency: 'Policía Municipal',
        programme: 'Diversión juvenil',
        note: '\u201cNiño\u201d referral \u2013 see file',
        cost: '\u20ac 1200',
      });
      expect(rows.map((r) => r.agency)).toEqual([
        'Policía Municipal',
        'Centre d\u2019accueil',
        'Sozialamt Köln',
      ]);
    },
  },
];

describe('stageFile on the bad inputs', () => {
  for (const { file, behaviour, check } of cases) {
    it(`${file} ${behaviour}`, async () => {
      check(await stageBadInput(file));
    });
    it(`${file} stages the same rows in 16-byte chunks`, async () => {
      const whole = await stageBadInput(file);
      const chunked = await stageBadInput(file, 16);
      expect(chunked.rows).toEqual(whole.rows);
      check(chunked);
    });
  }
});
