/**
 * Published aggregates imported with the mapping the app suggests, untouched but for
 * the day/month order the file cannot show: OJJDP's long table of rates, Toronto's
 * wide shelter flow with its stock, and a daily census with a day given twice.
 * Expected figures from PapaParse or read off the fixture by hand.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { startNodeRunner } from '../engine/node-runner';
import type { QueryRunner } from '../engine/query-runner';
import { sql } from '../model/sql';
import { draftMapping, withDayMonthOrder } from './draft-mapping';
import { runImport, type ImportResult } from './run-import';
import { fixtureBytes, importRequest, papaRows } from './run-import-test-helpers';
import { analyse } from './suggest-test-helpers';

const OJJDP = 'real-data/ojjdp-juvenile-arrest-rates-by-state-2000-2016.csv';
const TORONTO = 'real-data/toronto-shelter-system-flow-2018-2024.csv';
const CENSUS = 'bad-inputs/27-gaps-in-daily-series.csv';

async function importSuggested(runner: QueryRunner, source: string, zone: string) {
  const analysis = await analyse(source);
  const draft = draftMapping(analysis, zone);
  const mapping = {
    ...draft,
    columns: draft.columns.map((c) =>
      c.dateFormats ? withDayMonthOrder(analysis, c, 'month-first') : c,
    ),
  };
  return runImport(runner, importRequest(fixtureBytes(source), mapping));
}

describe('aggregate exports imported as suggested', () => {
  let runner: QueryRunner;
  let ojjdp: ImportResult;
  let census: ImportResult;
  beforeAll(async () => {
    runner = await startNodeRunner();
    ojjdp = await importSuggested(runner, OJJDP, 'America/New_York');
    await importSuggested(runner, TORONTO, 'America/Toronto');
    census = await importSuggested(runner, CENSUS, 'America/New_York');
  });

  it('names each OJJDP rate by its index and keeps it a rate', async () => {
    const rows = await runner.rows(
      sql(`SELECT measure, value, value_kind FROM aggregates
        WHERE area = 'United States' AND period_start = DATE '2000-01-01'
        ORDER BY measure`),
    );
    // The file's four United States rows of 2000 (`2e3`), read off it by hand.
    expect(rows).toEqual([
      { measure: 'Drug abuse', value: 649, value_kind: 'rate' },
      { measure: 'Property Crime Index', value: 1686, value_kind: 'rate' },
      { measure: 'Violent Crime Index', value: 330, value_kind: 'rate' },
      { measure: 'Weapons', value: 116, value_kind: 'rate' },
    ]);
  });

  it('gives every OJJDP row a measure and the rate kind', async () => {
    const total = papaRows(fixtureBytes(OJJDP)).length;
    const [row] = await runner.rows(
      sql(
        `SELECT count(*) AS n, count(measure) AS named,
        count(*) FILTER (WHERE value_kind = 'rate') AS rates
        FROM aggregates WHERE program = ?`,
        ['ojjdp-juvenile-arrest-rates-by-state-2000-2016'],
      ),
    );
    expect(row).toEqual({ n: total, named: total, rates: total });
    expect(ojjdp.report.merge?.new).toBe(total);
    expect(ojjdp.report.duplicates.count).toBe(0);
  });

  it('stores Toronto actively homeless as a stock and its flows as counts', async () => {
    const rows = await runner.rows(
      sql(`SELECT measure, any_value(value_kind) AS kind, count(DISTINCT value_kind) AS kinds
        FROM aggregates WHERE measure IN ('actively_homeless', 'newly_identified',
          'moved_to_housing', 'returned_from_housing', 'returned_to_shelter', 'became_inactive')
        GROUP BY measure ORDER BY measure`),
    );
    expect(rows).toEqual([
      { measure: 'actively_homeless', kind: 'stock', kinds: 1 },
      { measure: 'became_inactive', kind: 'count', kinds: 1 },
      { measure: 'moved_to_housing', kind: 'count', kinds: 1 },
      { measure: 'newly_identified', kind: 'count', kinds: 1 },
      { measure: 'returned_from_housing', kind: 'count', kinds: 1 },
      { measure: 'returned_to_shelter', kind: 'count', kinds: 1 },
    ]);
  });

  it('reports the census day given twice with both its lines, and keeps both', () => {
    expect(census.report.duplicates).toEqual({
      count: 1,
      items: [
        {
          key: 'Total Individuals in Shelter · 2015-02-05 · day · 27-gaps-in-daily-series',
          lines: [2, 6],
          resolution: 'both figures kept',
        },
      ],
    });
    expect(census.report.merge?.new).toBe(6);
  });
});
