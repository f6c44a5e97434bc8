/**
 * LAPD alcohol-related arrests 2019 imported into arrests; expected figures are
 * counted from the CSV with PapaParse, independently of the SQL.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { startNodeRunner } from '../engine/node-runner';
import type { QueryRunner } from '../engine/query-runner';
import { sql } from '../model/sql';
import type { ImportMapping } from './import-mapping';
import { runImport, type ImportResult } from './run-import';
import {
  countOf,
  fixtureBytes,
  importRequest,
  papaRows,
} from './run-import-test-helpers';

const BYTES = fixtureBytes('real-data/lapd-arrests-alcohol-2019.csv');
const ROWS = papaRows(BYTES);

const LAPD: ImportMapping = {
  dataset: 'arrests',
  recordIdColumn: 'Report ID',
  program: { kind: 'whole-file', program: 'LAPD' },
  timeZone: 'America/Los_Angeles',
  earliestPlausibleDate: '2010-01-01',
  columns: [
    {
      column: 'Arrest Date',
      target: { kind: 'field', field: 'occurred_on' },
      dateFormats: ['month-day-year'],
      dayMonthOrder: 'month-first',
    },
    {
      column: 'Time',
      target: { kind: 'field', field: 'time_of_day' },
      timeFormat: 'hhmm',
    },
    { column: 'Area Name', target: { kind: 'field', field: 'area' } },
    { column: 'Age', target: { kind: 'field', field: 'age' } },
    { column: 'Charge Group Description', target: { kind: 'field', field: 'charge' } },
    { column: 'Sex Code', target: { kind: 'extra' } },
  ],
};

/** `11/3/2019` → `2019-11`. */
const monthOf = (date: string) => {
  const [month, , year] = date.split('/');
  return `${year}-${(month ?? '').padStart(2, '0')}`;
};

describe('importing the LAPD arrests export', () => {
  let runner: QueryRunner;
  let result: ImportResult;
  beforeAll(async () => {
    runner = await startNodeRunner();
    result = await runImport(runner, importRequest(BYTES, LAPD));
  });

  it('loads one arrest per report with no value left unread', async () => {
    expect(await countOf(runner, 'SELECT count(*) AS n FROM arrests')).toBe(ROWS.length);
    expect(result.report.unfitValues.count).toBe(0);
    expect(result.report.duplicates.count).toBe(0);
  });

  it('counts arrests per month from unpadded M/D/YYYY dates', async () => {
    const counts = new Map<string, number>();
    for (const r of ROWS)
      counts.set(
        monthOf(r['Arrest Date'] ?? ''),
        (counts.get(monthOf(r['Arrest Date'] ?? '')) ?? 0) + 1,
      );
    const stored = await runner.rows(
      sql(
        `SELECT strftime(occurred_on, '%Y-%m') AS m, count(*) AS n FROM arrests GROUP BY m`,
      ),
    );
    expect(new Map(stored.map((r) => [String(r.m), Number(r.n)]))).toEqual(counts);
  });

  it('counts juvenile arrests as ages under 18', async () => {
    const juveniles = ROWS.filter((r) => Number(r.Age) < 18).length;
    expect(juveniles).toBeGreaterThan(0);
    expect(
      await countOf(runner, 'SELECT count(*) AS n FROM arrests WHERE age < 18'),
    ).toBe(juveniles);
  });

  it('reads the HHMM time `5` as 00:05 and leaves a blank time unknown', async () => {
    const early = ROWS.find((r) => r.Time === '5');
    const blank = ROWS.filter((r) => r.Time === '').length;
    expect(early).toBeDefined();
    const [row] = await runner.rows(
      sql(
        `SELECT strftime(occurred_at, '%H:%M') AS t FROM arrests WHERE record_key = ?`,
        [early?.['Report ID'] ?? ''],
      ),
    );
    expect(row?.t).toBe('00:05');
    expect(
      await countOf(
        runner,
        'SELECT count(*) AS n FROM arrests WHERE occurred_at IS NULL',
      ),
    ).toBe(blank);
  });

  it('keeps each area name as the area', async () => {
    const area = 'Southwest';
    const expected = ROWS.filter((r) => r['Area Name'] === area).length;
    const actual = await countOf(
      runner,
      `SELECT count(*) AS n FROM arrests WHERE area = '${area}'`,
    );
    expect(actual).toBe(expected);
  });
});
