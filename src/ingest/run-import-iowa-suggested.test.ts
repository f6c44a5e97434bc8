/**
 * The Iowa recidivism export imported with the mapping the app suggests, untouched:
 * the follow-up it states only by its reporting year (three years on) is fixed at
 * 36 months, so the 3-year return rate per release fiscal year is known. Expected
 * figures are counted from the file with PapaParse, returns within 1,095 days.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { startNodeRunner } from '../engine/node-runner';
import type { QueryRunner } from '../engine/query-runner';
import { buildReturnedQuery } from '../metrics/definitions/recidivism';
import { sql } from '../model/sql';
import { draftMapping } from './draft-mapping';
import type { ImportMapping } from './import-mapping';
import { runImport } from './run-import';
import { fixtureBytes, importRequest, papaRows } from './run-import-test-helpers';
import { analyse } from './suggest-test-helpers';

const IOWA = 'real-data/iowa-recidivism-releases-fy2010-2015.csv';

/** Releases and returns within 1,095 days per fiscal year, as `[returned, released]`. */
function threeYearReturns(rows: readonly Record<string, string>[]) {
  const counts = new Map<number, [number, number]>();
  for (const row of rows) {
    const year = Number(row['Fiscal Year Released']);
    const [returned, released] = counts.get(year) ?? [0, 0];
    const back =
      row['Return to Prison'] === 'Yes' && Number(row['Days to Return']) <= 1095;
    counts.set(year, [returned + (back ? 1 : 0), released + 1]);
  }
  return counts;
}

describe('the Iowa export imported as suggested', () => {
  let runner: QueryRunner;
  let mapping: ImportMapping;
  beforeAll(async () => {
    runner = await startNodeRunner();
    mapping = draftMapping(await analyse(IOWA), 'America/Chicago');
    await runImport(runner, importRequest(fixtureBytes(IOWA), mapping));
  });

  it('gives every release the 36-month follow-up without a constant added by hand', async () => {
    expect(mapping.constants).toEqual({ follow_up_months: 36 });
    const [row] = await runner.rows(
      sql(`SELECT count(*) AS n, count(*) FILTER (follow_up_months = 36) AS f
        FROM releases`),
    );
    expect(row?.f).toBe(row?.n);
    expect(row?.n).toBe(26020);
  });

  it('gives the 3-year return rate of each release fiscal year', async () => {
    const expected = threeYearReturns(papaRows(fixtureBytes(IOWA)));
    const rows = await runner.rows(
      buildReturnedQuery({
        grain: 'fiscal_year',
        filters: [],
        fiscalYearStartMonth: 7,
        options: { followUpMonths: 36 },
      }),
    );
    const shown = rows.map((r) => [
      Number(String(r.period_start).slice(0, 4)) + 1,
      [Number(r.numerator), Number(r.denominator)],
    ]);
    expect(new Map(shown as [number, [number, number]][])).toEqual(expected);
    expect(shown).toHaveLength(6);
    // FY2010's 30.3%, the published figure tests/browser/other-datasets also holds.
    const fy2010 = rows.find((r) => r.period_start === '2009-07-01');
    expect(Number(fy2010?.value).toFixed(1)).toBe('30.3');
  });
});
