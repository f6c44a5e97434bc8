import { beforeAll, describe, expect, it } from 'vitest';
import { startNodeRunner } from '../../engine/node-runner';
import type { MetricRequest } from '../metric';
import { runMetric, type MetricRowSource } from '../run-metric';
import { createCanonicalTables, loadFixture } from '../testing/fixture-tables';
import { referralPlacementMetrics } from './referrals-placements';

// Expected figures are worked out in tests/fixtures/metrics/README.md (outreach team).
const metric = (id: string) => {
  const found = referralPlacementMetrics.find((definition) => definition.id === id);
  if (!found) throw new Error(`No metric ${id}`);
  return found;
};
const year2023: MetricRequest = {
  grain: 'year',
  from: '2023-01-01',
  to: '2023-12-31',
  filters: [],
  fiscalYearStartMonth: 1,
};
const valueOf = async (id: string, request: MetricRequest = year2023) => {
  const rows = await runMetric(db, metric(id), request);
  expect(rows).toHaveLength(1);
  return rows[0];
};

let db: MetricRowSource;
beforeAll(async () => {
  const runner = await startNodeRunner();
  await createCanonicalTables(runner);
  await loadFixture(runner, 'referrals', 'outreach/referrals.csv');
  await loadFixture(runner, 'placements', 'outreach/placements.csv');
  await loadFixture(runner, 'contacts', 'outreach/contacts.csv');
  db = runner;
});

describe('referrals and placements for the outreach team fixture', () => {
  it('counts 1,554 referrals and 70 placements in the year', async () => {
    expect((await valueOf('referrals'))?.value).toBe(1554);
    expect((await valueOf('placements'))?.value).toBe(70);
  });

  it('splits referrals evenly across the three services', async () => {
    const rows = await runMetric(db, metric('referrals'), {
      ...year2023,
      breakdown: { column: 'service' },
    });
    expect(rows.map((row) => [row.group, row.value])).toEqual([
      ['housing_navigation', 518],
      ['shelter', 518],
      ['substance_use', 518],
    ]);
  });

  it('gives 2,000 referrals per 1,000 contacts', async () => {
    expect(await valueOf('referrals_per_1000_contacts')).toMatchObject({
      numerator: 1554,
      denominator: 777,
      value: 2000,
    });
  });

  it('counts 40 permanent, 20 temporary and 10 other placements', async () => {
    expect((await valueOf('placements_permanent'))?.value).toBe(40);
    expect((await valueOf('placements_temporary'))?.value).toBe(20);
    expect((await valueOf('placements_other'))?.value).toBe(10);
  });

  it('places 45 of the 1,036 people referred within 90 days', async () => {
    const row = await valueOf('placed_within_days_pct');
    expect(row).toMatchObject({ numerator: 45, denominator: 1036 });
    expect(row?.value).toBeCloseTo((45 / 1036) * 100, 10);
    expect(row?.notes).toEqual({
      follow_up_incomplete: 360,
      referrals_without_person: 0,
    });
  });

  it('widens the follow-up when asked for 140 days', async () => {
    const row = await valueOf('placed_within_days_pct', {
      ...year2023,
      options: { withinDays: 140 },
    });
    expect(row?.numerator).toBe(70);
  });

  it('takes a median of 70 days from first referral to placement', async () => {
    expect(await valueOf('referral_to_placement_median_days')).toMatchObject({
      numerator: 70,
      value: 70,
      notes: { placements_without_referral: 0 },
    });
  });

  it('rejects a follow-up that is not a whole number of days', () => {
    const request = { ...year2023, options: { withinDays: 'ninety' } };
    expect(() => metric('placed_within_days_pct').buildQuery(request)).toThrow(
      /withinDays/,
    );
  });
});

describe('referral to placement edge cases', () => {
  let edge: MetricRowSource;
  beforeAll(async () => {
    const runner = await startNodeRunner();
    await createCanonicalTables(runner);
    await runner.execute(`
      INSERT INTO referrals (record_key, occurred_on, person_id) VALUES
        ('r1', DATE '2024-01-01', 'A'), ('r2', DATE '2024-01-01', 'B'),
        ('r3', DATE '2024-01-10', 'C'), ('r4', DATE '2024-03-01', 'C'),
        ('r5', DATE '2024-06-01', NULL);
      INSERT INTO placements (record_key, occurred_on, person_id) VALUES
        ('p1', DATE '2024-03-31', 'A'), ('p2', DATE '2024-04-01', 'B'),
        ('p3', DATE '2024-02-01', 'C'), ('p4', DATE '2024-03-05', 'C'),
        ('p5', DATE '2024-03-05', 'D');`);
    edge = runner;
  });
  const window: MetricRequest = {
    grain: 'window',
    from: '2024-01-01',
    to: '2024-12-31',
    filters: [],
    fiscalYearStartMonth: 1,
  };

  it('counts a placement exactly 90 days after referral and not one 91 days after', async () => {
    // A: 2024-01-01 to 03-31 is 90 days; B: to 04-01 is 91; C is placed 22 days after.
    const [row] = await runMetric(edge, metric('placed_within_days_pct'), window);
    expect(row).toMatchObject({ numerator: 2, denominator: 3 });
    expect(row?.notes?.referrals_without_person).toBe(1);
  });

  it(
    'measures a second placement from the first referral after the earlier ' +
      'placement',
    async () => {
      // Days: A 90, B 91, C 22 (first placement) and 4 (03-01 to 03-05);
      // D has no referral.
      const [row] = await runMetric(
        edge,
        metric('referral_to_placement_median_days'),
        window,
      );
      expect(row).toMatchObject({
        numerator: 4,
        value: 56,
        notes: { placements_without_referral: 1 },
      });
    },
  );
});
