/**
 * Iowa releases FY2010–2015 with their 3-year return-to-prison outcome imported into
 * releases. The export has no record id, so records are fingerprinted; identical rows
 * (people with the same attributes) stay separate records. Figures from PapaParse.
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

const BYTES = fixtureBytes('real-data/iowa-recidivism-releases-fy2010-2015.csv');
const ROWS = papaRows(BYTES);
const FIELDS: Record<string, string> = {
  'Fiscal Year Released': 'release_fiscal_year',
  'Main Supervising District': 'area',
  'Release Type': 'release_type',
  'Return to Prison': 'returned',
  'Days to Return': 'days_to_return',
  'Recidivism Type': 'return_type',
};

// Every column is used, so the fingerprint covers the whole row.
const IOWA: ImportMapping = {
  dataset: 'releases',
  recordIdColumn: null,
  program: { kind: 'whole-file', program: 'Iowa DOC' },
  timeZone: 'America/Chicago',
  earliestPlausibleDate: '2000-01-01',
  constants: { follow_up_months: 36 },
  columns: Object.keys(ROWS[0] ?? {}).map((column) => ({
    column,
    target: FIELDS[column]
      ? { kind: 'field' as const, field: FIELDS[column] }
      : { kind: 'extra' as const },
  })),
};

describe('importing the Iowa recidivism export', () => {
  let runner: QueryRunner;
  let result: ImportResult;
  beforeAll(async () => {
    runner = await startNodeRunner();
    result = await runImport(runner, importRequest(BYTES, IOWA));
  });

  it('keeps every release, identical rows included', async () => {
    expect(await countOf(runner, 'SELECT count(*) AS n FROM releases')).toBe(ROWS.length);
    expect(result.report.merge?.new).toBe(ROWS.length);
    expect(result.report.unfitValues.count).toBe(0);
  });

  it('reports groups of identical rows as kept separate records', () => {
    const groups = new Map<string, number>();
    for (const r of ROWS) {
      const key = Object.values(r)
        .map((v) => v.trim())
        .join('\u0001');
      groups.set(key, (groups.get(key) ?? 0) + 1);
    }
    const repeated = [...groups.values()].filter((n) => n > 1).length;
    expect(repeated).toBeGreaterThan(0);
    expect(result.report.duplicates.count).toBe(repeated);
    expect(result.report.duplicates.items[0]?.resolution).toBe(
      'kept as separate records',
    );
  });

  it('counts releases and returns to prison per fiscal year', async () => {
    const expected = new Map<number, [number, number]>();
    for (const r of ROWS) {
      const year = Number(r['Fiscal Year Released']);
      const [released, returned] = expected.get(year) ?? [0, 0];
      expected.set(year, [
        released + 1,
        returned + (r['Return to Prison'] === 'Yes' ? 1 : 0),
      ]);
    }
    const stored = await runner.rows(
      sql(`SELECT release_fiscal_year AS y, count(*) AS n, count(*) FILTER (returned) AS r
        FROM releases GROUP BY y`),
    );
    expect(new Map(stored.map((s) => [Number(s.y), [Number(s.n), Number(s.r)]]))).toEqual(
      expected,
    );
  });

  it('reads days to return and gives every release the 36-month follow-up', async () => {
    const days = ROWS.filter((r) => r['Days to Return'] !== '');
    const total = days.reduce((sum, r) => sum + Number(r['Days to Return']), 0);
    const [row] = await runner.rows(
      sql(`SELECT count(days_to_return) AS n, sum(days_to_return) AS s,
        count(*) FILTER (follow_up_months = 36) AS f FROM releases`),
    );
    expect([row?.n, row?.s, row?.f]).toEqual([days.length, total, ROWS.length]);
  });

  it('keeps the age column whose header has a trailing space under its trimmed name', async () => {
    const band = ROWS.filter((r) => r['Age At Release'] === '25-34').length;
    expect(band).toBeGreaterThan(0);
    expect(
      await countOf(
        runner,
        `SELECT count(*) AS n FROM releases WHERE extra['Age At Release'] = '25-34'`,
      ),
    ).toBe(band);
  });
});
