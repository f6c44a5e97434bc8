import { beforeAll, describe, expect, it } from 'vitest';
import { startNodeRunner } from '../../engine/node-runner';
import type { MetricRequest } from '../metric';
import { runMetric, type MetricRowSource } from '../run-metric';
import { createCanonicalTables } from '../testing/fixture-tables';
import { releaseCount, responseCount } from './record-counts';

const byMonth: MetricRequest = {
  grain: 'month',
  from: '2024-01-01',
  to: '2024-03-31',
  filters: [],
  fiscalYearStartMonth: 1,
};

let db: MetricRowSource;
beforeAll(async () => {
  const runner = await startNodeRunner();
  await createCanonicalTables(runner);
  // Two dated releases in January, one in March, and one known only by fiscal year.
  await runner.execute(`INSERT INTO releases (record_key, released_on, release_fiscal_year)
    VALUES ('a', DATE '2024-01-03', NULL), ('b', DATE '2024-01-31', NULL),
           ('c', DATE '2024-03-01', NULL), ('d', NULL, 2024)`);
  // A call dated by its received time only, one by its date, one in February.
  await runner.execute(`INSERT INTO responses (record_key, occurred_on, received_at)
    VALUES ('x', NULL, TIMESTAMP '2024-01-09 23:50:00'),
           ('y', DATE '2024-01-20', NULL), ('z', DATE '2024-02-02', NULL)`);
  db = runner;
});

const counts = async (metric: typeof releaseCount) =>
  (await runMetric(db, metric, byMonth))
    .filter((row) => row.numerator > 0)
    .map((row) => [row.periodStart, row.value]);

describe('record counts', () => {
  it('counts dated releases by release month and leaves a fiscal-year-only one out', async () => {
    expect(await counts(releaseCount)).toEqual([
      ['2024-01-01', 2],
      ['2024-03-01', 1],
    ]);
  });

  it('counts a call by its date, or by the day it was received', async () => {
    expect(await counts(responseCount)).toEqual([
      ['2024-01-01', 2],
      ['2024-02-01', 1],
    ]);
  });
});
