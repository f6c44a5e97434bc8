/**
 * Seattle Police Terry stops 2015–2017 (tests/fixtures/real-data/README.md) imported
 * into contacts through the whole pipeline; every expected figure is counted here
 * from the CSV with PapaParse, independently of the SQL.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { startNodeRunner } from '../engine/node-runner';
import type { QueryRunner } from '../engine/query-runner';
import type { ImportMapping } from './import-mapping';
import { runImport, type ImportResult } from './run-import';
import {
  countOf,
  fixtureBytes,
  importRequest,
  papaRows,
} from './run-import-test-helpers';

const BYTES = fixtureBytes('real-data/seattle-terry-stops-2015-2017.csv');
const ROWS = papaRows(BYTES);
const MISSING = new Set(['', 'NULL', '-']);

const SEATTLE: ImportMapping = {
  dataset: 'contacts',
  recordIdColumn: 'TERRY_STOP_ID',
  program: { kind: 'whole-file', program: 'Seattle stops' },
  timeZone: 'America/Los_Angeles',
  earliestPlausibleDate: '2010-01-01',
  columns: [
    { column: 'SubjectAgeGroup', target: { kind: 'field', field: 'age_band' } },
    {
      column: 'Reported_Date',
      target: { kind: 'field', field: 'occurred_on' },
      dateFormats: ['iso-date'],
    },
    {
      column: 'Reported_Time',
      target: { kind: 'field', field: 'time_of_day' },
      timeFormat: 'clock',
    },
    { column: 'ArrestFlag', target: { kind: 'field', field: 'arrest' } },
    { column: 'Precinct', target: { kind: 'field', field: 'area' } },
    { column: 'CallType', target: { kind: 'field', field: 'contact_type' } },
    { column: 'FriskFlag', target: { kind: 'extra' } },
    { column: 'Beat', target: { kind: 'extra' } },
    { column: 'Officer_YOB', target: { kind: 'ignore' } },
  ],
};

describe('importing the Seattle Terry stops export', () => {
  let runner: QueryRunner;
  let result: ImportResult;
  beforeAll(async () => {
    runner = await startNodeRunner();
    result = await runImport(
      runner,
      importRequest(BYTES, SEATTLE, { chunkBytes: 256 * 1024 }),
    );
  });

  it('loads one contact per stop', async () => {
    expect(result.report.rowsRead).toBe(ROWS.length);
    expect(result.report.merge).toEqual({ new: ROWS.length, updated: 0, unchanged: 0 });
    expect(await countOf(runner, 'SELECT count(*) AS n FROM contacts')).toBe(ROWS.length);
  });

  it('counts arrests as the rows flagged Y', async () => {
    const arrests = ROWS.filter((r) => r.ArrestFlag === 'Y').length;
    expect(await countOf(runner, 'SELECT count(*) AS n FROM contacts WHERE arrest')).toBe(
      arrests,
    );
  });

  it('reads the age band `1 - 17` as juvenile', async () => {
    const juveniles = ROWS.filter((r) => r.SubjectAgeGroup === '1 - 17').length;
    expect(juveniles).toBeGreaterThan(0);
    expect(
      await countOf(runner, 'SELECT count(*) AS n FROM contacts WHERE age_max < 18'),
    ).toBe(juveniles);
  });

  it('counts stops per month from Reported_Date', async () => {
    for (const month of ['2015-06', '2016-11', '2017-03']) {
      const expected = ROWS.filter((r) => r.Reported_Date?.startsWith(month)).length;
      const actual = await countOf(
        runner,
        `SELECT count(*) AS n FROM contacts WHERE strftime(occurred_on, '%Y-%m') = '${month}'`,
      );
      expect(actual).toBe(expected);
    }
  });

  it('joins Reported_Date and Reported_Time into the local occurred_at', async () => {
    const row = ROWS.find((r) => r.TERRY_STOP_ID === '10207');
    const [stored] = await runner.rows({
      text: `SELECT strftime(occurred_at, '%Y-%m-%d %H:%M:%S') AS at
        FROM contacts WHERE record_key = '10207'`,
      params: [],
    });
    expect(stored?.at).toBe(`${row?.Reported_Date} ${row?.Reported_Time?.slice(0, 8)}`);
  });

  it('treats NULL and - precincts as missing and keeps the rest as areas', async () => {
    const byArea = new Map<string, number>();
    for (const r of ROWS) {
      const area = r.Precinct ?? '';
      if (!MISSING.has(area)) byArea.set(area, (byArea.get(area) ?? 0) + 1);
    }
    const stored = await runner.rows({
      text: 'SELECT area, count(*) AS n FROM contacts WHERE area IS NOT NULL GROUP BY area',
      params: [],
    });
    expect(new Map(stored.map((r) => [String(r.area), Number(r.n)]))).toEqual(byArea);
  });

  it('reports no value that does not fit and no duplicate stop', () => {
    expect(result.report.unfitValues.count).toBe(0);
    expect(result.report.duplicates.count).toBe(0);
    expect(result.log.recordsLoaded).toBe(ROWS.length);
  });
});
