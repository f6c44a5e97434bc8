import { beforeAll, describe, expect, it } from 'vitest';
import { startNodeRunner } from '../../engine/node-runner';
import type { QueryRunner } from '../../engine/query-runner';
import { benchmarkAges } from '../../metrics/definitions/juvenile-arrests';
import { createCanonicalTables, loadFixture } from '../../metrics/testing/fixture-tables';
import type { WorkspaceSettings } from '../../model/workspace-settings';
import { loadBenchmarkChoices, loadBenchmarkYears } from './load-benchmark';
import type { CompStatQuery } from './load-compstat';

// tests/fixtures/metrics-b/README.md works these out by hand: 60 juvenile arrests in
// 2022 and 20 in 2023 counting from age 10 (65 and 21 from age 8); youth 10-17
// population 30,000 in 2022 and 32,000 in 2023; the state's rate 250.5 and 240.
const settings: WorkspaceSettings = {
  programs: [],
  timeZone: 'America/Chicago',
  fiscalYearStartMonth: 1,
  suppression: 'under5',
  suppressOnScreen: false,
  metricOptions: {},
};

const query = (juvenileMinimumAge: number): CompStatQuery => ({
  kind: 'year_to_date',
  asOf: '2023-12-31',
  filters: [],
  followUpMonths: 12,
  metricOptions: { juvenileMinimumAge },
});

describe('the ages a benchmark rate covers', () => {
  it('reads them from its population group, else takes OJJDP’s 10–17', () => {
    expect(
      benchmarkAges({ measure: 'm', area: 'a', populationGroup: 'youth 10-17' }),
    ).toEqual({ minimumAge: 10, stated: true });
    expect(
      benchmarkAges({ measure: 'm', area: 'a', populationGroup: 'ages 12 to 17' }),
    ).toEqual({ minimumAge: 12, stated: true });
    expect(benchmarkAges({ measure: 'm', area: 'a' })).toEqual({
      minimumAge: 10,
      stated: false,
    });
    expect(
      benchmarkAges({ measure: 'm', area: 'a', populationGroup: 'all youth' }),
    ).toEqual({
      minimumAge: 10,
      stated: false,
    });
  });

  it('refuses a group whose ages do not end at 17', () => {
    expect(
      benchmarkAges({ measure: 'm', area: 'a', populationGroup: 'youth 10-19' }),
    ).toBe(null);
  });
});

describe('the juvenile rate against a benchmark', () => {
  let runner: QueryRunner;
  beforeAll(async () => {
    runner = await startNodeRunner();
    await createCanonicalTables(runner);
    await loadFixture(runner, 'arrests', '../metrics-b/juvenile-arrests.csv');
    await loadFixture(runner, 'population', '../metrics-b/youth-population.csv');
    await loadFixture(runner, 'aggregates', '../metrics-b/benchmark-rates.csv');
  });

  it('offers the state rate with the population group it is published for', async () => {
    expect(await loadBenchmarkChoices(runner)).toEqual([
      { measure: 'juvenile_arrest_rate', area: 'State', populationGroup: 'youth 10-17' },
      {
        measure: 'juvenile_arrest_rate',
        area: 'United States',
        populationGroup: 'youth 10-17',
      },
    ]);
  });

  it('counts the benchmark’s ages 10–17 even when the table counts from 8', async () => {
    const benchmark = (await loadBenchmarkChoices(runner)).find(
      (b) => b.area === 'State',
    );
    const comparison = await loadBenchmarkYears(runner, settings, query(8), benchmark!);
    expect(comparison.ages).toEqual({ minimumAge: 10, stated: true });
    expect(comparison.tableMinimumAge).toBe(8);
    expect(
      comparison.years.map((y) => [y.periodStart, y.arrests, y.youthPopulation]),
    ).toEqual([
      ['2022-01-01', 60, 30_000],
      ['2023-01-01', 20, 32_000],
    ]);
    // 60 / 30,000 × 100,000 = 200 against 250.5; 20 / 32,000 × 100,000 = 62.5 against 240.
    expect(comparison.years[0]!.ratio!.estimate).toBeCloseTo(200 / 250.5, 10);
    expect(comparison.years[1]!.ratio!.estimate).toBeCloseTo(62.5 / 240, 10);
  });

  it('makes no comparison for a benchmark of ages no juvenile figure matches', async () => {
    await runner.execute("UPDATE aggregates SET population_group = 'youth 10-19'");
    const benchmark = (await loadBenchmarkChoices(runner)).find(
      (b) => b.area === 'State',
    );
    const comparison = await loadBenchmarkYears(runner, settings, query(10), benchmark!);
    expect(comparison).toEqual({ ages: null, tableMinimumAge: 10, years: [] });
  });
});
