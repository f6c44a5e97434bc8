/**
 * Published aggregates imported into the aggregates dataset: Toronto's monthly
 * shelter system flow (one column per measure, unpivoted) and OJJDP juvenile arrest
 * rates by state (long form, rates never summed). Figures from PapaParse.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { startNodeRunner } from '../engine/node-runner';
import type { QueryRunner } from '../engine/query-runner';
import { sql } from '../model/sql';
import type { ImportMapping, MeasureColumn } from './import-mapping';
import { runImport, type ImportResult } from './run-import';
import {
  countOf,
  fixtureBytes,
  importRequest,
  papaRows,
} from './run-import-test-helpers';

const TORONTO_BYTES = fixtureBytes('real-data/toronto-shelter-system-flow-2018-2024.csv');
const TORONTO_ROWS = papaRows(TORONTO_BYTES);
const OJJDP_BYTES = fixtureBytes(
  'real-data/ojjdp-juvenile-arrest-rates-by-state-2000-2016.csv',
);
const OJJDP_ROWS = papaRows(OJJDP_BYTES);

const COUNTS = [
  'returned_from_housing',
  'returned_to_shelter',
  'newly_identified',
  'moved_to_housing',
  'became_inactive',
  'actively_homeless',
  'gender_transgender,non-binary_or_two_spirit',
];
const MEASURES: MeasureColumn[] = [
  ...COUNTS.map((column) => ({
    column,
    measure: column,
    valueKind: 'count' as const,
    unit: 'people',
  })),
  {
    column: 'population_group_percentage',
    measure: 'population_group_share',
    valueKind: 'rate',
    unit: '%',
    numberStyle: { decimalMark: '.', percent: 'points' },
  },
];

const TORONTO: ImportMapping = {
  dataset: 'aggregates',
  recordIdColumn: '_id',
  program: { kind: 'whole-file', program: 'Toronto shelters' },
  timeZone: 'America/Toronto',
  earliestPlausibleDate: '2010-01-01',
  constants: { period_grain: 'month' },
  measures: MEASURES,
  columns: [
    {
      column: 'date(mmm-yy)',
      target: { kind: 'field', field: 'period_start' },
      dateFormats: ['mon-year'],
    },
    { column: 'population_group', target: { kind: 'field', field: 'population_group' } },
  ],
};

const OJJDP: ImportMapping = {
  dataset: 'aggregates',
  recordIdColumn: null,
  program: { kind: 'whole-file', program: 'OJJDP benchmark' },
  timeZone: 'America/New_York',
  earliestPlausibleDate: '1990-01-01',
  constants: { period_grain: 'year', value_kind: 'rate', unit: 'per 100,000 youth' },
  columns: [
    { column: 'state', target: { kind: 'field', field: 'area' } },
    { column: 'index', target: { kind: 'field', field: 'measure' } },
    { column: 'rate', target: { kind: 'field', field: 'value' } },
    {
      column: 'year',
      target: { kind: 'field', field: 'period_start' },
      dateFormats: ['year'],
    },
    { column: 'reporting_coverage', target: { kind: 'extra' } },
  ],
};

const MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];
/** `Jan-18` → `2018-01-01`. */
const periodOf = (text: string) => {
  const [mon, yy] = text.split('-');
  const month = String(MONTHS.indexOf(mon ?? '') + 1).padStart(2, '0');
  return `20${yy}-${month}-01`;
};

describe('importing aggregate exports', () => {
  let runner: QueryRunner;
  let toronto: ImportResult;
  let ojjdp: ImportResult;
  beforeAll(async () => {
    runner = await startNodeRunner();
    toronto = await runImport(runner, importRequest(TORONTO_BYTES, TORONTO));
    ojjdp = await runImport(runner, importRequest(OJJDP_BYTES, OJJDP));
  });

  it('makes one Toronto record per row and measure, every value read', () => {
    expect(toronto.report.merge?.new).toBe(TORONTO_ROWS.length * MEASURES.length);
    expect(toronto.report.unfitValues.count).toBe(0);
  });

  it('sums newly identified and moved to housing per month as counts', async () => {
    for (const month of ['Jan-18', 'Jul-21', 'Feb-24']) {
      const rows = TORONTO_ROWS.filter(
        (r) => r['date(mmm-yy)'] === month && r.population_group === 'All Population',
      );
      for (const measure of ['newly_identified', 'moved_to_housing']) {
        const [row] = await runner.rows(
          sql(
            `SELECT sum(value) AS v FROM aggregates WHERE measure = ? AND value_kind = 'count'
            AND population_group = 'All Population' AND period_start = CAST(? AS DATE)`,
            [measure, periodOf(month)],
          ),
        );
        expect(row?.v).toBe(rows.reduce((s, r) => s + Number(r[measure]), 0));
      }
    }
  });

  it('keeps the header with a quoted comma as a measure of its own', async () => {
    const total = TORONTO_ROWS.reduce(
      (s, r) => s + Number(r['gender_transgender,non-binary_or_two_spirit']),
      0,
    );
    const [row] = await runner.rows(
      sql(`SELECT sum(value) AS v FROM aggregates
        WHERE measure = 'gender_transgender,non-binary_or_two_spirit'`),
    );
    expect(row?.v).toBe(total);
  });

  it('stores the percent column as a rate in points, never as a count', async () => {
    const chronic = TORONTO_ROWS.find(
      (r) => r['date(mmm-yy)'] === 'Jan-18' && r.population_group === 'Chronic',
    );
    const [row] = await runner.rows(
      sql(`SELECT value, value_kind, unit FROM aggregates WHERE measure = 'population_group_share'
        AND population_group = 'Chronic' AND period_start = DATE '2018-01-01'`),
    );
    expect(row).toEqual({
      value: Number(chronic?.population_group_percentage?.replace('%', '')),
      value_kind: 'rate',
      unit: '%',
    });
  });

  it('reads OJJDP years written `2e3` as 2000 and keeps every rate', async () => {
    const year2000 = OJJDP_ROWS.filter((r) => r.year === '2e3').length;
    expect(year2000).toBeGreaterThan(0);
    expect(ojjdp.report.merge?.new).toBe(OJJDP_ROWS.length);
    expect(
      await countOf(
        runner,
        `SELECT count(*) AS n FROM aggregates WHERE period_start = DATE '2000-01-01'
        AND value_kind = 'rate' AND program = 'OJJDP benchmark'`,
      ),
    ).toBe(year2000);
  });

  it('reads NA as a missing rate without reporting it', async () => {
    const missing = OJJDP_ROWS.filter((r) => r.rate === 'NA').length;
    expect(missing).toBeGreaterThan(0);
    expect(
      await countOf(
        runner,
        `SELECT count(*) AS n FROM aggregates WHERE program = 'OJJDP benchmark' AND value IS NULL`,
      ),
    ).toBe(missing);
    expect(ojjdp.report.unfitValues.count).toBe(0);
  });

  it('stores a state rate as published', async () => {
    const us = OJJDP_ROWS.find(
      (r) => r.state === 'United States' && r.index === 'Robbery' && r.year === '2016',
    );
    const [row] = await runner.rows(
      sql(`SELECT value FROM aggregates WHERE area = 'United States'
        AND measure = 'Robbery' AND period_start = DATE '2016-01-01'`),
    );
    expect(row?.value).toBe(Number(us?.rate));
  });
});
