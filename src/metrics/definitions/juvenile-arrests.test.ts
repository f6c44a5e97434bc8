import { beforeAll, describe, expect, it } from 'vitest';
import { startNodeRunner } from '../../engine/node-runner';
import type { QueryRunner } from '../../engine/query-runner';
import { classifyCountChange } from '../../stats/count-change';
import type { MetricRequest } from '../metric';
import { createCanonicalTables, loadFixture } from '../testing/fixture-tables';
import {
  buildBenchmarkChoicesQuery,
  buildJuvenileArrestCountQuery,
  buildJuvenileArrestRateQuery,
  buildJuvenileBenchmarkQuery,
  juvenileArrestMetrics,
  juvenileBenchmarkComparison,
  juvenileOptions,
} from './juvenile-arrests';

// Expected figures are worked out by hand in tests/fixtures/metrics-b/README.md.
const yearly = (extra: Partial<MetricRequest> = {}): MetricRequest => ({
  grain: 'year',
  filters: [],
  fiscalYearStartMonth: 1,
  ...extra,
});

const stateBenchmark = { measure: 'juvenile_arrest_rate', area: 'State' };

describe('juvenile arrests', () => {
  let runner: QueryRunner;
  beforeAll(async () => {
    runner = await startNodeRunner();
    await createCanonicalTables(runner);
    await loadFixture(runner, 'arrests', '../metrics-b/juvenile-arrests.csv');
    await loadFixture(runner, 'population', '../metrics-b/youth-population.csv');
    await loadFixture(runner, 'aggregates', '../metrics-b/benchmark-rates.csv');
  });

  const counts = async (request: MetricRequest) => {
    const rows = await runner.rows(buildJuvenileArrestCountQuery(request));
    return rows.map((row) => [row.period_start, row.grp, row.numerator]);
  };

  it('counts 60 juvenile arrests in 2022 and 20 in 2023, a 67% drop', async () => {
    const rows = await counts(yearly({ from: '2022-01-01', to: '2023-12-31' }));
    expect(rows).toEqual([
      ['2022-01-01', null, 60],
      ['2023-01-01', null, 20],
    ]);
    const [before, after] = rows.map((row) => Number(row[2]));
    expect(((after ?? 0) - (before ?? 0)) / (before ?? 1)).toBeCloseTo(-0.6667, 4);
  });

  it('classes the 67% drop as down, with the exact rate-ratio interval', async () => {
    const rows = await counts(yearly({ from: '2022-01-01', to: '2023-12-31' }));
    const [prior, current] = rows.map((row) => Number(row[2])) as [number, number];
    const change = classifyCountChange({ current, prior });
    // Independent check: Clopper-Pearson limits for 20 of 80 are 0.15988 and 0.35936
    // (regularised incomplete beta by continued fraction, bisected), and the ratio
    // limits are p / (1 - p): 0.1903 to 0.5609. The two-sided exact binomial p-value
    // of 20 of 80 at one half is 8.58e-6.
    expect(change.percentChange).toBeCloseTo(-66.67, 2);
    expect(change.class).toBe('down');
    expect(change.interval?.lower).toBeCloseTo(0.1903, 4);
    expect(change.interval?.upper).toBeCloseTo(0.5609, 4);
    expect(change.pValue).toBeCloseTo(8.58e-6, 7);
  });

  it('counts arrests, not people, and breaks them down by area', async () => {
    expect(await counts(yearly({ breakdown: { column: 'area' } }))).toEqual([
      ['2021-01-01', 'North', 1],
      ['2022-01-01', 'North', 34],
      ['2022-01-01', 'South', 26],
      ['2023-01-01', 'North', 10],
      ['2023-01-01', 'South', 10],
    ]);
  });

  it('counts a `1 - 17` band as juvenile unless a recorded age says otherwise', async () => {
    const belowBound = await runner.rows(
      buildJuvenileArrestCountQuery(
        yearly({ filters: [{ column: 'occurred_on', value: '2022-10-13' }] }),
      ),
    );
    expect(belowBound[0]?.numerator).toBe(0);
    const bands = await counts(
      yearly({ filters: [{ column: 'occurred_on', value: '2022-08-08' }] }),
    );
    expect(bands).toEqual([['2022-01-01', null, 5]]);
    const ageOverBand = await counts(
      yearly({ filters: [{ column: 'occurred_on', value: '2022-10-12' }] }),
    );
    expect(ageOverBand).toEqual([['2022-01-01', null, 0]]);
  });

  it('does not count someone arrested on their 18th birthday', async () => {
    for (const date of ['2022-09-10', '2023-03-03']) {
      const rows = await counts(
        yearly({ filters: [{ column: 'occurred_on', value: date }] }),
      );
      expect(rows.map((row) => row[2])).toEqual([0]);
    }
  });

  it('counts someone arrested the day before their 18th birthday', async () => {
    const rows = await counts(
      yearly({ filters: [{ column: 'occurred_on', value: '2022-08-01' }] }),
    );
    expect(rows.map((row) => row[2])).toEqual([1]);
  });

  it('excludes ages below the lower bound and counts the bound itself', async () => {
    const at = (value: string) => yearly({ filters: [{ column: 'occurred_on', value }] });
    expect((await counts(at('2022-09-09')))[0]?.[2]).toBe(0);
    expect((await counts(at('2022-03-01')))[0]?.[2]).toBe(0);
    expect((await counts(at('2022-04-04')))[0]?.[2]).toBe(2);
  });

  it('moves the lower bound with juvenileMinimumAge', async () => {
    const rows = await counts(
      yearly({ from: '2022-01-01', options: { juvenileMinimumAge: 8 } }),
    );
    expect(rows).toEqual([
      ['2022-01-01', null, 65],
      ['2023-01-01', null, 21],
    ]);
  });

  it(
    'divides by the jurisdiction youth population, preferring its own row to a sum of ' +
      'areas',
    async () => {
      const rows = await runner.rows(buildJuvenileArrestRateQuery(yearly()));
      expect(rows).toEqual([
        {
          period_start: '2021-01-01',
          grp: null,
          numerator: 1,
          denominator: null,
          value: null,
        },
        {
          period_start: '2022-01-01',
          grp: null,
          numerator: 60,
          denominator: 30000,
          value: 200,
        },
        {
          period_start: '2023-01-01',
          grp: null,
          numerator: 20,
          denominator: 32000,
          value: 62.5,
        },
      ]);
    },
  );

  it('divides each area by its own youth population', async () => {
    const rows = await runner.rows(
      buildJuvenileArrestRateQuery(
        yearly({ from: '2022-01-01', breakdown: { column: 'area' } }),
      ),
    );
    expect(rows.map((row) => [row.period_start, row.grp, row.value])).toEqual([
      ['2022-01-01', 'North', 170],
      ['2022-01-01', 'South', 260],
      ['2023-01-01', 'North', 50],
      ['2023-01-01', 'South', 100],
    ]);
  });

  it('uses only the filtered area population when filtered to an area', async () => {
    const rows = await runner.rows(
      buildJuvenileArrestRateQuery(
        yearly({ filters: [{ column: 'area', value: 'South' }] }),
      ),
    );
    expect(rows.map((row) => [row.period_start, row.denominator, row.value])).toEqual([
      ['2022-01-01', 10000, 260],
      ['2023-01-01', 10000, 100],
    ]);
  });

  it('sets the local rate beside the state benchmark for the same year', async () => {
    const rows = await runner.rows(buildJuvenileBenchmarkQuery(yearly(), stateBenchmark));
    expect(
      rows.map((row) => [
        row.period_start,
        row.value,
        row.benchmark_rate,
        row.benchmark_rows,
      ]),
    ).toEqual([
      ['2021-01-01', null, null, 2],
      ['2022-01-01', 200, 250.5, 1],
      ['2023-01-01', 62.5, 240, 1],
    ]);
    expect(rows[1]?.rate_ratio).toBeCloseTo(200 / 250.5, 10);
    expect(rows[2]?.rate_ratio).toBeCloseTo(62.5 / 240, 10);
  });

  // 2022: 60 arrests against 250.5 per 100,000 of 30,000 youth = 75.15 expected;
  // 2023: 20 against 240 of 32,000 = 76.8 expected. Limits from chi-square tables
  // (scipy chi2.ppf): chi2(0.025, 2k) / 2 and chi2(0.975, 2k + 2) / 2 over the expected.
  it('gives the benchmark ratio an exact interval on the local count', async () => {
    const rows = await runner.rows(buildJuvenileBenchmarkQuery(yearly(), stateBenchmark));
    const [none, first, second] = rows.map(juvenileBenchmarkComparison);
    expect(none?.ratio).toBeNull();
    expect(first?.ratio?.estimate).toBeCloseTo(200 / 250.5, 10);
    expect(first?.ratio?.lower).toBeCloseTo(45.78632 / 75.15, 5);
    expect(first?.ratio?.upper).toBeCloseTo(77.23189 / 75.15, 5);
    expect(second?.ratio?.estimate).toBeCloseTo(62.5 / 240, 10);
    expect(second?.ratio?.lower).toBeCloseTo(0.159069, 5);
    expect(second?.ratio?.upper).toBeCloseTo(0.402192, 5);
  });

  it('lists the yearly published rates a benchmark can be chosen from', async () => {
    const rows = await runner.rows(buildBenchmarkChoicesQuery());
    expect(rows.map((row) => [row.measure, row.area, row.years])).toEqual([
      ['juvenile_arrest_rate', 'State', 3],
      ['juvenile_arrest_rate', 'United States', 1],
    ]);
  });

  it('never sums two benchmark rates for one year', async () => {
    const rows = await runner.rows(
      buildJuvenileBenchmarkQuery(yearly({ to: '2021-12-31' }), stateBenchmark),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.benchmark_rate).toBeNull();
    expect(rows[0]?.benchmark_rows).toBe(2);
  });

  it('compares with another benchmark area when asked', async () => {
    const rows = await runner.rows(
      buildJuvenileBenchmarkQuery(yearly({ from: '2022-01-01', to: '2022-12-31' }), {
        ...stateBenchmark,
        area: 'United States',
        populationGroup: 'youth 10-17',
      }),
    );
    expect(rows.map((row) => row.benchmark_rate)).toEqual([310]);
  });
});

describe('juvenile arrest options and definitions', () => {
  it('defaults the lower bound to 10 and the youth group to match it', () => {
    expect(juvenileOptions(yearly())).toEqual({
      minimumAge: 10,
      youthAgeGroup: 'youth 10-17',
    });
    expect(
      juvenileOptions(yearly({ options: { juvenileMinimumAge: 12 } })).youthAgeGroup,
    ).toBe('youth 12-17');
  });

  it('rejects a lower bound that is not an age under 18', () => {
    expect(() =>
      juvenileOptions(yearly({ options: { juvenileMinimumAge: 18 } })),
    ).toThrow();
    expect(() =>
      juvenileOptions(yearly({ options: { juvenileMinimumAge: 9.5 } })),
    ).toThrow();
  });

  it('refuses a rate by month, since population estimates are yearly', () => {
    expect(() => buildJuvenileArrestRateQuery(yearly({ grain: 'month' }))).toThrow(
      /yearly/,
    );
  });

  it('binds benchmark names and the youth group as values', () => {
    const query = buildJuvenileBenchmarkQuery(yearly(), {
      measure: "x'--",
      area: 'State',
    });
    expect(query.text).not.toContain("x'--");
    expect(query.params).toEqual(
      expect.arrayContaining(["x'--", 'State', 'youth 10-17']),
    );
    expect(query.text.split('?').length - 1).toBe(query.params.length);
  });

  it('exports a count and a rate definition', () => {
    expect(juvenileArrestMetrics.map((metric) => [metric.id, metric.unit])).toEqual([
      ['juvenile_arrests', 'count'],
      ['juvenile_arrest_rate', 'per_100000'],
    ]);
  });
});
