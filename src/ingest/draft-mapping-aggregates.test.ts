import { beforeAll, describe, expect, it } from 'vitest';
import { startNodeRunner } from '../engine/node-runner';
import type { QueryRunner } from '../engine/query-runner';
import { sql } from '../model/sql';
import type { DateFormatId } from './date-catalog';
import { draftMapping } from './draft-mapping';
import { periodGrain } from './draft-mapping-aggregates';
import { runImport, type ImportResult } from './run-import';
import { fixtureBytes, importRequest } from './run-import-test-helpers';
import { analyse, draftTargets } from './suggest-test-helpers';

const count = (column: string) => ({ column, measure: column, valueKind: 'count' });
// A daily shelter census is a point-in-time count: never summed across days.
const stock = (column: string) => ({ column, measure: column, valueKind: 'stock' });

describe('a draft mapping of a table of counts', () => {
  it.each([
    [
      '17-trailing-blank-lines.csv',
      'bad-inputs/17-trailing-blank-lines.csv',
      'month',
      ['year-month'],
      'month',
      ['referrals', 'placements'].map(count),
    ],
    [
      '10-date-utc-midnight.csv',
      'bad-inputs/10-date-utc-midnight.csv',
      'placement_date',
      ['iso-date'],
      'day',
      ['placements'].map(count),
    ],
    [
      '27-gaps-in-daily-series.csv',
      'bad-inputs/27-gaps-in-daily-series.csv',
      'Date of Census',
      ['month-day-year'],
      'day',
      ['Total Individuals in Shelter'].map(stock),
    ],
  ])(
    'proposes the counts of %s as measures and its period grain',
    async (_name, source, period, formats, grain, measures) => {
      const analysis = await analyse(source);
      const mapping = draftMapping(analysis, 'UTC');
      const reading = mapping.columns.find((c) => c.column === period);

      expect(mapping.dataset).toBe('aggregates');
      expect(reading?.target).toEqual({ kind: 'field', field: 'period_start' });
      expect(reading?.dateFormats).toEqual(formats);
      expect(mapping.constants).toEqual({ period_grain: grain });
      expect(mapping.measures).toEqual(measures);
      // A measure column is read through `measures`, never also as an extra.
      const columns = measures.map((m) => m.column);
      const ignored = Object.fromEntries(columns.map((c) => [c, 'ignore']));
      expect(draftTargets(mapping, columns)).toEqual(ignored);
    },
  );

  it('proposes the Toronto counts and its percent as measures, never its row id', async () => {
    const analysis = await analyse('real-data/toronto-shelter-system-flow-2018-2024.csv');
    const mapping = draftMapping(analysis, 'America/Toronto');
    const measures = new Map(mapping.measures?.map((m) => [m.column, m]));

    expect(mapping.constants).toEqual({ period_grain: 'month' });
    expect(measures.get('moved_to_housing')).toEqual(count('moved_to_housing'));
    expect(measures.get('population_group_percentage')).toMatchObject({
      valueKind: 'rate',
      unit: '%',
    });
    expect(measures.has('_id')).toBe(false);
  });

  it('proposes no measure columns for a long file whose value column holds them', async () => {
    const analysis = await analyse(
      'real-data/ojjdp-juvenile-arrest-rates-by-state-2000-2016.csv',
    );
    const mapping = draftMapping(analysis, 'America/New_York');
    expect(mapping.measures).toBeUndefined();
    // `rate` names a rate; the file does not say per how many, so no unit is guessed.
    expect(mapping.constants).toEqual({ period_grain: 'year', value_kind: 'rate' });
    expect(draftTargets(mapping, ['state', 'index', 'rate', 'year'])).toEqual({
      state: 'area',
      index: 'measure',
      rate: 'value',
      year: 'period_start',
    });
  });
});

describe('the grain of a period column', () => {
  it.each([
    [['year-month'], ['2024-01', '2024-02'], 'month'],
    [['mon-year'], ['Jan-18', 'Feb-18'], 'month'],
    [['year'], ['2015', '2016'], 'year'],
    [['iso-week'], ['2024-W01', '2024-W02'], 'week'],
    [['iso-date'], ['2024-01-01', '2024-02-01', '2024-03-01'], 'month'],
    [['month-day-year'], ['1/1/2024', '2/1/2024'], 'month'],
    [['day-month-year'], ['1/1/2024', '1/2/2024'], 'month'],
    [['iso-date'], ['2024-01-01'], 'day'],
    [['iso-date'], ['2024-03-01', '2024-03-31'], 'day'],
    [['month-day-year'], ['2/5/2015', '2/3/2015'], 'day'],
  ] as [DateFormatId[], string[], string][])(
    'reads %j values %j as %s',
    (formats, values, grain) => {
      expect(periodGrain(formats, values)).toBe(grain);
    },
  );
});

describe('year-month periods through DuckDB', () => {
  let runner: QueryRunner;
  let result: ImportResult;
  beforeAll(async () => {
    runner = await startNodeRunner();
    const bytes = fixtureBytes('bad-inputs/17-trailing-blank-lines.csv');
    const analysis = await analyse('bad-inputs/17-trailing-blank-lines.csv');
    result = await runImport(runner, importRequest(bytes, draftMapping(analysis, 'UTC')));
  });

  it('loads each row and count of the draft mapping as one record, every value read', () => {
    expect(result.report.merge?.new).toBe(6);
    expect(result.report.unfitValues.count).toBe(0);
  });

  it('reads 2024-01 as the first of January, a month', async () => {
    const rows = await runner.rows(
      sql(`SELECT CAST(period_start AS VARCHAR) AS period, measure, sum(value) AS total,
        any_value(period_grain) AS grain, any_value(value_kind) AS kind
        FROM aggregates GROUP BY ALL ORDER BY period, measure`),
    );
    expect(rows).toEqual([
      {
        period: '2024-01-01',
        measure: 'placements',
        total: 21,
        grain: 'month',
        kind: 'count',
      },
      {
        period: '2024-01-01',
        measure: 'referrals',
        total: 62,
        grain: 'month',
        kind: 'count',
      },
      {
        period: '2024-02-01',
        measure: 'placements',
        total: 15,
        grain: 'month',
        kind: 'count',
      },
      {
        period: '2024-02-01',
        measure: 'referrals',
        total: 38,
        grain: 'month',
        kind: 'count',
      },
    ]);
  });
});
