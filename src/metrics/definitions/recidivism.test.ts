import { beforeAll, describe, expect, it } from 'vitest';
import { startNodeRunner } from '../../engine/node-runner';
import type { QueryRunner } from '../../engine/query-runner';
import type { MetricRequest } from '../metric';
import { createCanonicalTables, loadFixture } from '../testing/fixture-tables';
import {
  buildRearrestQuery,
  buildReturnedQuery,
  recidivismMetrics,
  recidivismOptions,
} from './recidivism';

// Expected figures are worked out by hand in tests/fixtures/metrics-b/README.md.
const yearly = (options: MetricRequest['options']): MetricRequest => ({
  grain: 'year',
  filters: [],
  fiscalYearStartMonth: 1,
  options,
});

type Build = (request: MetricRequest) => ReturnType<typeof buildReturnedQuery>;

async function rates(runner: QueryRunner, build: Build, request: MetricRequest) {
  const rows = await runner.rows(build(request));
  return rows.map((row) => [row.period_start, row.grp, row.numerator, row.denominator]);
}

describe('recidivism of dated release cohorts', () => {
  let runner: QueryRunner;
  beforeAll(async () => {
    runner = await startNodeRunner();
    await createCanonicalTables(runner);
    await loadFixture(runner, 'releases', '../metrics-b/releases.csv');
    await loadFixture(runner, 'arrests', '../metrics-b/release-arrests.csv');
  });

  const through = '2024-12-31';

  it('gives 1-year return-to-custody rates for every cohort whose year has passed', async () => {
    const rows = await rates(
      runner,
      buildReturnedQuery,
      yearly({ followUpMonths: 12, dataThrough: through }),
    );
    expect(rows).toEqual([
      ['2020-01-01', null, 2, 5],
      ['2021-01-01', null, 1, 4],
      ['2022-01-01', null, 1, 5],
      ['2023-01-01', null, 1, 3],
    ]);
  });

  it('withholds the 2023 cohort from 2-year rates', async () => {
    const rows = await rates(
      runner,
      buildReturnedQuery,
      yearly({ followUpMonths: 24, dataThrough: through }),
    );
    expect(rows).toEqual([
      ['2020-01-01', null, 3, 5],
      ['2021-01-01', null, 2, 4],
      ['2022-01-01', null, 2, 5],
    ]);
  });

  it('withholds the 2022 and 2023 cohorts from 3-year rates', async () => {
    const rows = await runner.rows(
      buildReturnedQuery(yearly({ followUpMonths: 36, dataThrough: through })),
    );
    expect(rows).toEqual([
      { period_start: '2020-01-01', grp: null, numerator: 4, denominator: 5, value: 80 },
      { period_start: '2021-01-01', grp: null, numerator: 2, denominator: 4, value: 50 },
    ]);
  });

  it('withholds a cohort whose carried follow-up is shorter than the window', async () => {
    const rows = await rates(runner, buildReturnedQuery, yearly({ followUpMonths: 24 }));
    expect(rows.map((row) => row[0])).toEqual(['2020-01-01', '2021-01-01', '2022-01-01']);
  });

  it('withholds a cohort whose window ends after the data-through date', async () => {
    const rows = await rates(
      runner,
      buildReturnedQuery,
      yearly({ followUpMonths: 12, dataThrough: '2023-12-31' }),
    );
    expect(rows.map((row) => row[0])).toEqual(['2020-01-01', '2021-01-01', '2022-01-01']);
  });

  it(
    'withholds a quarter whose window, counted from its last day, passes ' +
      'dataThrough',
    async () => {
      const request: MetricRequest = {
        ...yearly({ followUpMonths: 12, dataThrough: '2024-06-30' }),
        grain: 'quarter',
        from: '2023-01-01',
      };
      expect(await rates(runner, buildReturnedQuery, request)).toEqual([
        ['2023-01-01', null, 1, 1],
        ['2023-04-01', null, 0, 1],
      ]);
    },
  );

  it('finds the same 1-, 2- and 3-year rates from later arrests', async () => {
    const one = await rates(runner, buildRearrestQuery, yearly({ followUpMonths: 12 }));
    const two = await rates(runner, buildRearrestQuery, yearly({ followUpMonths: 24 }));
    const three = await rates(runner, buildRearrestQuery, yearly({ followUpMonths: 36 }));
    expect(one.map((row) => row[2])).toEqual([2, 1, 1, 1]);
    expect(two.map((row) => row[2])).toEqual([3, 2, 2]);
    expect(three).toEqual([
      ['2020-01-01', null, 4, 5],
      ['2021-01-01', null, 2, 4],
    ]);
  });

  it('ends re-arrest follow-up at dataThrough when it is given', async () => {
    const rows = await rates(
      runner,
      buildRearrestQuery,
      yearly({ followUpMonths: 12, dataThrough: '2023-12-31' }),
    );
    expect(rows.map((row) => row[0])).toEqual(['2020-01-01', '2021-01-01', '2022-01-01']);
  });

  it('pools releases over a window and breaks them down by area', async () => {
    const request: MetricRequest = {
      grain: 'window',
      from: '2020-01-01',
      to: '2021-12-31',
      breakdown: { column: 'area' },
      filters: [],
      fiscalYearStartMonth: 1,
      options: { followUpMonths: 36, dataThrough: through },
    };
    expect(await rates(runner, buildReturnedQuery, request)).toEqual([
      ['2020-01-01', 'North', 4, 5],
      ['2020-01-01', 'South', 2, 4],
    ]);
    expect(await rates(runner, buildRearrestQuery, request)).toEqual([
      ['2020-01-01', 'North', 4, 5],
      ['2020-01-01', 'South', 2, 4],
    ]);
  });

  it('filters cohorts by a bound value, so a quote in it stays data', async () => {
    const request = (value: string): MetricRequest => ({
      ...yearly({ followUpMonths: 12, dataThrough: through }),
      filters: [{ column: 'area', value }],
    });
    expect(await rates(runner, buildReturnedQuery, request('South'))).toEqual([
      ['2020-01-01', null, 0, 2],
      ['2021-01-01', null, 1, 2],
      ['2022-01-01', null, 0, 2],
      ['2023-01-01', null, 0, 1],
    ]);
    expect(await rates(runner, buildReturnedQuery, request("South' OR 1=1 --"))).toEqual(
      [],
    );
  });
});

describe('recidivism of fiscal-year cohorts without dates', () => {
  let runner: QueryRunner;
  beforeAll(async () => {
    runner = await startNodeRunner();
    await createCanonicalTables(runner);
    await loadFixture(runner, 'releases', '../metrics-b/releases-fiscal.csv');
  });

  const fiscal = (options: MetricRequest['options']): MetricRequest => ({
    grain: 'fiscal_year',
    filters: [],
    fiscalYearStartMonth: 7,
    options,
  });

  it('counts days to return against 365 days per year of follow-up', async () => {
    expect(
      await rates(runner, buildReturnedQuery, fiscal({ followUpMonths: 12 })),
    ).toEqual([
      ['2019-07-01', null, 1, 4],
      ['2020-07-01', null, 1, 2],
    ]);
    expect(
      await rates(runner, buildReturnedQuery, fiscal({ followUpMonths: 36 })),
    ).toEqual([
      ['2019-07-01', null, 3, 4],
      ['2020-07-01', null, 1, 2],
    ]);
  });

  it(
    'withholds a fiscal year whose window, counted from its last day, passes ' +
      'dataThrough',
    async () => {
      const request = fiscal({ followUpMonths: 36, dataThrough: '2023-06-30' });
      expect(await rates(runner, buildReturnedQuery, request)).toEqual([
        ['2019-07-01', null, 3, 4],
      ]);
    },
  );

  it.each([
    ['an unknown outcome', "('fy-7', 2021, NULL, 36)"],
    ['an unknown follow-up', "('fy-7', 2021, FALSE, NULL)"],
  ])('withholds a fiscal year with a release of %s', async (_case, values) => {
    const own = await startNodeRunner();
    await createCanonicalTables(own);
    await loadFixture(own, 'releases', '../metrics-b/releases-fiscal.csv');
    await own.execute(
      `INSERT INTO releases (record_key, release_fiscal_year, returned, follow_up_months)
       VALUES ${values}`,
    );
    expect(await rates(own, buildReturnedQuery, fiscal({ followUpMonths: 36 }))).toEqual([
      ['2019-07-01', null, 3, 4],
    ]);
  });

  it('leaves undated releases out of calendar-year cohorts', async () => {
    expect(
      await rates(runner, buildReturnedQuery, yearly({ followUpMonths: 12 })),
    ).toEqual([]);
  });
});

describe('recidivism options and definitions', () => {
  it('rejects a follow-up the programs cannot choose', () => {
    expect(() => recidivismOptions(yearly({ followUpMonths: 18 }))).toThrow(
      /6, 12, 24, 36/,
    );
  });

  it('rejects a data-through value that is not an ISO date', () => {
    expect(() => recidivismOptions(yearly({ dataThrough: '12/31/2024' }))).toThrow(
      /YYYY-MM-DD/,
    );
  });

  it('rejects a window without both ends', () => {
    const request: MetricRequest = { ...yearly({}), grain: 'window', from: '2020-01-01' };
    expect(() => buildReturnedQuery(request)).toThrow(/start and an end/);
  });

  it('rejects a breakdown column the releases data does not have', () => {
    const request = {
      ...yearly({}),
      breakdown: { column: 'area"; DROP TABLE releases; --' },
    };
    expect(() => buildReturnedQuery(request)).toThrow(/no column/);
  });

  it('binds every value instead of writing it into the SQL', () => {
    const query = buildRearrestQuery({
      ...yearly({ dataThrough: '2024-12-31' }),
      filters: [{ column: 'area', value: "North' OR 1=1 --" }],
    });
    expect(query.text).not.toContain('2024-12-31');
    expect(query.text).not.toContain('North');
    expect(query.params).toEqual(
      expect.arrayContaining(['2024-12-31', "North' OR 1=1 --"]),
    );
    expect(query.text.split('?').length - 1).toBe(query.params.length);
  });

  it('exports one definition per source, each with its own builder', () => {
    expect(recidivismMetrics.map((metric) => metric.id)).toEqual([
      'recidivism_returned',
      'recidivism_rearrest',
    ]);
    expect(recidivismMetrics[1]?.datasets).toContain('arrests');
  });
});
