import { beforeAll, describe, expect, it } from 'vitest';
import { startNodeRunner } from '../engine/node-runner';
import type { QueryRunner } from '../engine/query-runner';
import {
  continuousSeries,
  nextPeriodStart,
  publishedMeasuresOf,
  publishedMeasuresQuery,
  publishedSeriesQuery,
  summableAcrossAreas,
  type PublishedArea,
} from './published-figures';
import { createCanonicalTables } from './testing/fixture-tables';

// Hand-written figures: a daily count with gaps, inserted out of order (as bad input
// 27 is); a rate published for two areas; a monthly count for two areas; a monthly
// census (a stock) for two areas: 40 + 25 = 65 people in care in January; a census
// published twice a month, with two values in January 2021 and one in February.
const ROWS = [
  ['2015-02-05', 'day', null, 'in_shelter', 58784, 'count', null],
  ['2015-02-03', 'day', null, 'in_shelter', 58690, 'count', null],
  ['2015-02-10', 'day', null, 'in_shelter', 58912, 'count', null],
  ['2015-02-02', 'day', null, 'in_shelter', 58662, 'count', null],
  ['2015-02-08', 'day', null, 'in_shelter', 58801, 'count', null],
  ['2015-01-01', 'year', 'Iowa', 'arrest_rate', 300.5, 'rate', 'per 100,000'],
  ['2015-01-01', 'year', 'Ohio', 'arrest_rate', 250, 'rate', 'per 100,000'],
  ['2016-01-01', 'year', 'Iowa', 'arrest_rate', 280, 'rate', 'per 100,000'],
  ['2020-01-01', 'month', 'A', 'moved', 3, 'count', 'people'],
  ['2020-01-01', 'month', 'B', 'moved', 4, 'count', 'people'],
  ['2020-03-01', 'month', 'A', 'moved', 5, 'count', 'people'],
  ['2020-01-01', 'month', 'A', 'in_care', 40, 'stock', 'people'],
  ['2020-01-01', 'month', 'B', 'in_care', 25, 'stock', 'people'],
  ['2020-02-01', 'month', 'A', 'in_care', 42, 'stock', 'people'],
  ['2021-01-01', 'month', null, 'census', 100, 'stock', null],
  ['2021-01-01', 'month', null, 'census', 104, 'stock', null],
  ['2021-02-01', 'month', null, 'census', 90, 'stock', null],
  ['2021-02-01', 'month', null, 'census', 90, 'stock', null],
] as const;

let runner: QueryRunner;
beforeAll(async () => {
  runner = await startNodeRunner();
  await createCanonicalTables(runner);
  const values = ROWS.map(
    ([start, grain, area, measure, value, kind, unit], index) =>
      `('r${index}', DATE '${start}', '${grain}', ${area ? `'${area}'` : 'NULL'},
        '${measure}', ${value}, '${kind}', ${unit ? `'${unit}'` : 'NULL'})`,
  );
  await runner.execute(
    `INSERT INTO aggregates (record_key, period_start, period_grain, area, measure,
       value, value_kind, unit) VALUES ${values.join(', ')}`,
  );
});

const series = async (measure: string, area: PublishedArea, grain: string) =>
  continuousSeries(
    await runner.rows(publishedSeriesQuery({ measure, group: null }, area)),
    grain,
  ).map((point) => [point.periodStart, point.value]);

describe('published figures', () => {
  it('lists each measure with its kind, unit, grain and areas', async () => {
    const measures = publishedMeasuresOf(await runner.rows(publishedMeasuresQuery()));
    expect(measures).toEqual([
      {
        measure: 'arrest_rate',
        group: null,
        valueKind: 'rate',
        unit: 'per 100,000',
        grain: 'year',
        areas: ['Iowa', 'Ohio'],
      },
      {
        measure: 'census',
        group: null,
        valueKind: 'stock',
        unit: null,
        grain: 'month',
        areas: [null],
      },
      {
        measure: 'in_care',
        group: null,
        valueKind: 'stock',
        unit: 'people',
        grain: 'month',
        areas: ['A', 'B'],
      },
      {
        measure: 'in_shelter',
        group: null,
        valueKind: 'count',
        unit: null,
        grain: 'day',
        areas: [null],
      },
      {
        measure: 'moved',
        group: null,
        valueKind: 'count',
        unit: 'people',
        grain: 'month',
        areas: ['A', 'B'],
      },
    ]);
  });

  it('puts daily figures given out of order on a continuous sorted axis with gaps', async () => {
    expect(await series('in_shelter', { area: null }, 'day')).toEqual([
      ['2015-02-02', 58662],
      ['2015-02-03', 58690],
      ['2015-02-04', null],
      ['2015-02-05', 58784],
      ['2015-02-06', null],
      ['2015-02-07', null],
      ['2015-02-08', 58801],
      ['2015-02-09', null],
      ['2015-02-10', 58912],
    ]);
  });

  it('sums counts across areas and leaves a missing month as a gap, not a zero', async () => {
    expect(await series('moved', { all: true }, 'month')).toEqual([
      ['2020-01-01', 7],
      ['2020-02-01', null],
      ['2020-03-01', 5],
    ]);
    expect(await series('moved', { area: 'B' }, 'month')).toEqual([['2020-01-01', 4]]);
  });

  it('sums a stock across areas within its period, each period on its own', async () => {
    expect(await series('in_care', { all: true }, 'month')).toEqual([
      ['2020-01-01', 65],
      ['2020-02-01', 42],
    ]);
  });

  it('never adds up a figure published twice for one period, a gap when they differ', async () => {
    expect(await series('census', { area: null }, 'month')).toEqual([
      ['2021-01-01', null],
      ['2021-02-01', 90],
    ]);
  });

  it('says which kinds add up across areas', () => {
    expect(['count', 'stock', 'rate'].map(summableAcrossAreas)).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('never sums a rate across areas', async () => {
    expect(await series('arrest_rate', { all: true }, 'year')).toEqual([
      ['2015-01-01', null],
      ['2016-01-01', 280],
    ]);
    expect(await series('arrest_rate', { area: 'Iowa' }, 'year')).toEqual([
      ['2015-01-01', 300.5],
      ['2016-01-01', 280],
    ]);
  });

  it('binds a measure name holding quotes as a value', async () => {
    const query = publishedSeriesQuery(
      { measure: "x'; DROP TABLE aggregates; --", group: null },
      {
        all: true,
      },
    );
    expect(query.text).not.toContain('DROP');
    expect(await runner.rows(query)).toEqual([]);
  });

  it('steps weeks by seven days and quarters by three months', () => {
    expect(nextPeriodStart('2024-12-30', 'week')).toBe('2025-01-06');
    expect(nextPeriodStart('2024-11-01', 'quarter')).toBe('2025-02-01');
    expect(nextPeriodStart('2024-01-01', 'year')).toBe('2025-01-01');
  });
});
