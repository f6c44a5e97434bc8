import { beforeAll, describe, expect, it } from 'vitest';
import { startNodeRunner } from '../../engine/node-runner';
import type { MetricRequest } from '../metric';
import { runMetric, type MetricRowSource } from '../run-metric';
import { createCanonicalTables, loadFixture } from '../testing/fixture-tables';
import { responseTimeMetrics } from './response-time';

// Expected figures are worked out in tests/fixtures/metrics/README.md (mobile response).
const metric = (id: string) => {
  const found = responseTimeMetrics.find((definition) => definition.id === id);
  if (!found) throw new Error(`No metric ${id}`);
  return found;
};
const march: MetricRequest = {
  grain: 'month',
  from: '2024-03-01',
  to: '2024-03-31',
  filters: [],
  fiscalYearStartMonth: 1,
};
const byResponder: MetricRequest = { ...march, breakdown: { column: 'responder_type' } };
const rowFor = async (id: string, request: MetricRequest, group: string | null) => {
  const rows = await runMetric(db, metric(id), request);
  return rows.find((row) => row.group === group);
};

let db: MetricRowSource;
beforeAll(async () => {
  const runner = await startNodeRunner();
  await createCanonicalTables(runner);
  await loadFixture(runner, 'responses', 'mobile-response/responses.csv');
  db = runner;
});

describe('response times for the mobile response fixture', () => {
  it(
    'finds 9 of 16 timed mobile-team responses within 60 minutes and 4 missing ' +
      'arrivals',
    async () => {
      const row = await rowFor(
        'responses_within_target_pct',
        byResponder,
        'Mobile crisis team',
      );
      expect(row).toMatchObject({
        numerator: 9,
        denominator: 16,
        value: 56.25,
        notes: { missing_arrival: 4, arrival_before_call: 0 },
      });
    },
  );

  it('holds police responses to 30 minutes', async () => {
    const row = await rowFor('responses_within_target_pct', byResponder, 'Police');
    expect(row).toMatchObject({ numerator: 6, denominator: 10, value: 60 });
    expect(row?.notes?.missing_arrival).toBe(1);
  });

  it('applies one target to every responder when targetMinutes is set', async () => {
    const request = { ...march, options: { targetMinutes: 45 } };
    const row = await rowFor('responses_within_target_pct', request, null);
    expect(row).toMatchObject({ numerator: 14, denominator: 26 });
  });

  it('gives the median and 90th percentile minutes by responder', async () => {
    const median = await rowFor(
      'response_minutes_median',
      byResponder,
      'Mobile crisis team',
    );
    const p90 = await rowFor('response_minutes_p90', byResponder, 'Mobile crisis team');
    const policeMedian = await rowFor('response_minutes_median', byResponder, 'Police');
    const policeP90 = await rowFor('response_minutes_p90', byResponder, 'Police');
    expect(median).toMatchObject({ numerator: 16, value: 59 });
    expect(p90?.value).toBeCloseTo(102.5, 10);
    expect(policeMedian?.value).toBeCloseTo(22.5, 10);
    expect(policeP90?.value).toBeCloseTo(45, 10);
  });

  it('times a response across midnight and keeps a call on 31 March in March', async () => {
    const [all] = await runMetric(db, metric('response_minutes_median'), march);
    expect(all).toMatchObject({ periodStart: '2024-03-01', numerator: 26, value: 43 });
    const april = await runMetric(db, metric('response_minutes_median'), {
      ...march,
      from: '2024-04-01',
      to: '2024-04-30',
    });
    expect(april).toEqual([
      {
        periodStart: '2024-04-01',
        group: null,
        numerator: 0,
        denominator: null,
        value: null,
        notes: { missing_arrival: 0, arrival_before_call: 0 },
      },
    ]);
  });

  it('counts calls missing an arrival time as a metric of its own', async () => {
    const [row] = await runMetric(db, metric('responses_missing_arrival'), march);
    expect(row?.value).toBe(5);
  });
});
