import { beforeAll, describe, expect, it } from 'vitest';
import { startNodeRunner } from '../../engine/node-runner';
import type { MetricRequest } from '../metric';
import { metricById } from '../registry';
import { runMetric, type MetricRowSource } from '../run-metric';
import { createCanonicalTables, loadFixture } from '../testing/fixture-tables';

// Expected figures are worked out in tests/fixtures/metrics/README.md (month outcomes).
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
  await loadFixture(runner, 'contacts', 'month-outcomes/contacts.csv');
  await loadFixture(runner, 'arrests', 'month-outcomes/arrests.csv');
  await loadFixture(runner, 'placements', 'month-outcomes/placements.csv');
  db = runner;
});

async function figures(id: string, request: MetricRequest = byMonth) {
  const metric = metricById(id);
  if (!metric) throw new Error(`No metric ${id}`);
  const rows = await runMetric(db, metric, request);
  return rows.map((row) => [row.periodStart, row.numerator, row.denominator, row.value]);
}

describe('shares of all contacts', () => {
  it('divides contacts with force by all contacts, unrecorded force as none', async () => {
    expect(await figures('contacts_with_force_pct')).toEqual([
      ['2024-01-01', 1, 4, 25],
      ['2024-02-01', 0, 0, null],
      ['2024-03-01', 1, 1, 100],
    ]);
  });

  it('differs from the share of crisis contacts with force', async () => {
    const [january] = await figures('crisis_contacts_with_force_pct');
    expect(january).toEqual(['2024-01-01', 1, 2, 50]);
  });

  it('counts contacts ending in an arrest, crisis contacts and referrals made', async () => {
    expect(await figures('contacts_with_arrest_pct')).toEqual([
      ['2024-01-01', 1, 4, 25],
      ['2024-02-01', 0, 0, null],
      ['2024-03-01', 0, 1, 0],
    ]);
    expect((await figures('crisis_contacts_pct'))[0]).toEqual(['2024-01-01', 2, 4, 50]);
    expect((await figures('referral_made_pct'))[0]).toEqual(['2024-01-01', 2, 4, 50]);
  });

  it('breaks the share down by contact type', async () => {
    const metric = metricById('contacts_with_force_pct')!;
    const rows = await runMetric(db, metric, {
      ...byMonth,
      to: '2024-01-31',
      breakdown: { column: 'contact_type' },
    });
    expect(rows.map((row) => [row.group, row.numerator, row.denominator])).toEqual([
      ['Call', 1, 2],
      ['Stop', 0, 2],
    ]);
  });
});

describe('share of arrests that were of juveniles', () => {
  it('counts a split arrest once and an arrest without age underneath only', async () => {
    expect(
      await figures('juvenile_arrests_pct', { ...byMonth, to: '2024-02-29' }),
    ).toEqual([
      ['2024-01-01', 3, 6, 50],
      ['2024-02-01', 1, 1, 100],
    ]);
    expect(
      (await figures('arrests', { ...byMonth, to: '2024-02-29' })).map((r) => r[1]),
    ).toEqual([6, 1]);
  });

  it('follows the juvenile lower age option', async () => {
    const request = { ...byMonth, to: '2024-01-31', options: { juvenileMinimumAge: 0 } };
    const [january] = await figures('juvenile_arrests_pct', request);
    expect(january?.slice(0, 3)).toEqual(['2024-01-01', 4, 6]);
    expect(january?.[3]).toBeCloseTo(66.667, 3);
  });
});

describe('share of placements to a permanent destination', () => {
  it('counts a placement with no class as not permanent', async () => {
    const [january] = await figures('placements_permanent_pct');
    expect(january).toEqual(['2024-01-01', 2, 4, 50]);
  });
});
