import { beforeAll, describe, expect, it } from 'vitest';
import { startNodeRunner } from '../../engine/node-runner';
import type { MetricRequest } from '../metric';
import { compStatWindow } from '../periods';
import { runMetric, type MetricRowSource } from '../run-metric';
import { createCanonicalTables, loadFixture } from '../testing/fixture-tables';
import { useOfForceMetrics } from './use-of-force';

// Expected figures are worked out in tests/fixtures/metrics/README.md (crisis team).
const metric = (id: string) => {
  const found = useOfForceMetrics.find((definition) => definition.id === id);
  if (!found) throw new Error(`No metric ${id}`);
  return found;
};
const year2024: MetricRequest = {
  grain: 'window',
  from: '2024-01-01',
  to: '2024-12-31',
  filters: [],
  fiscalYearStartMonth: 1,
};
const byMonth: MetricRequest = { ...year2024, grain: 'month', to: '2024-04-30' };

let db: MetricRowSource;
beforeAll(async () => {
  const runner = await startNodeRunner();
  await createCanonicalTables(runner);
  await loadFixture(runner, 'contacts', 'crisis-team/contacts.csv');
  await loadFixture(runner, 'force_incidents', 'crisis-team/force_incidents.csv');
  db = runner;
});

describe('use of force for the crisis team fixture', () => {
  it('compares March to date with March a year earlier as a one-row window', async () => {
    // The four March incidents fall on 19, 22, 25 and 28 March 2024; none in 2023.
    const window = compStatWindow('month', '2024-03-31');
    const asked = (range: { from: string; to: string }) => ({ ...year2024, ...range });
    const [current] = await runMetric(
      db,
      metric('force_incidents'),
      asked(window.current),
    );
    const [prior] = await runMetric(db, metric('force_incidents'), asked(window.prior));
    expect(current).toMatchObject({ periodStart: '2024-03-01', value: 4 });
    expect(prior).toMatchObject({ periodStart: '2023-03-01', value: 0 });
  });

  it(
    'finds 14% of crisis contacts involved force but 70% of force was ' +
      'crisis-related',
    async () => {
      const [contactsWithForce] = await runMetric(
        db,
        metric('crisis_contacts_with_force_pct'),
        year2024,
      );
      const [crisisShare] = await runMetric(
        db,
        metric('force_crisis_related_share_pct'),
        year2024,
      );
      expect(contactsWithForce).toMatchObject({
        numerator: 7,
        denominator: 50,
        value: 14,
      });
      expect(crisisShare).toMatchObject({ numerator: 7, denominator: 10, value: 70 });
    },
  );

  it('reports crisis contacts whose use of force was not recorded', async () => {
    const [row] = await runMetric(db, metric('crisis_contacts_with_force_pct'), year2024);
    expect(row?.notes).toEqual({ force_not_recorded: 1 });
  });

  it('gives force per 1,000 contacts and per 1,000 calls for service', async () => {
    const [perContact] = await runMetric(db, metric('force_per_1000_contacts'), year2024);
    const [perCall] = await runMetric(db, metric('force_per_1000_calls'), year2024);
    expect(perContact).toMatchObject({ numerator: 10, denominator: 100, value: 100 });
    expect(perCall).toMatchObject({ numerator: 10, denominator: 80, value: 125 });
  });

  it(
    'gives a null rate for a month with no crisis contacts and keeps the empty ' +
      'month',
    async () => {
      const rows = await runMetric(db, metric('crisis_contacts_with_force_pct'), byMonth);
      expect(
        rows.map((row) => [row.periodStart, row.numerator, row.denominator]),
      ).toEqual([
        ['2024-01-01', 4, 30],
        ['2024-02-01', 0, 0],
        ['2024-03-01', 3, 20],
        ['2024-04-01', 0, 0],
      ]);
      expect(rows[1]?.value).toBeNull();
      expect(rows[3]?.value).toBeNull();
      expect(rows[2]?.value).toBe(15);
    },
  );

  it('divides each force type by all contacts when broken down by force type', async () => {
    const request = { ...year2024, breakdown: { column: 'force_type' } };
    const rows = await runMetric(db, metric('force_per_1000_contacts'), request);
    expect(
      rows.map((row) => [row.group, row.numerator, row.denominator, row.value]),
    ).toEqual([
      ['Firearm pointed', 1, 100, 10],
      ['Takedown', 5, 100, 50],
      ['Taser', 4, 100, 40],
    ]);
  });

  it('counts force incidents by month with zero in months without any', async () => {
    const rows = await runMetric(db, metric('force_incidents'), byMonth);
    expect(rows.map((row) => [row.periodStart, row.value])).toEqual([
      ['2024-01-01', 6],
      ['2024-02-01', 0],
      ['2024-03-01', 4],
      ['2024-04-01', 0],
    ]);
  });
});
