import fc from 'fast-check';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startNodeRunner } from '../engine/node-runner';
import type { QueryRunner } from '../engine/query-runner';
import { sql } from '../model/sql';
import { useOfForceMetrics } from './definitions/use-of-force';
import { contactMetrics } from './definitions/contacts';
import type { MetricDefinition, MetricRequest } from './metric';
import { MetricRequestError } from './metric-request-error';
import { periodStartOf, periodStartSql } from './periods';
import { runMetric } from './run-metric';
import { createCanonicalTables } from './testing/fixture-tables';

const find = (list: readonly MetricDefinition[], id: string) => {
  const found = list.find((definition) => definition.id === id);
  if (!found) throw new Error(`No metric ${id}`);
  return found;
};
const contacts = find(contactMetrics, 'contacts');
const crisisForce = find(useOfForceMetrics, 'crisis_contacts_with_force_pct');
const base: MetricRequest = {
  grain: 'month',
  from: '2024-01-01',
  to: '2024-12-31',
  filters: [],
  fiscalYearStartMonth: 1,
};
const HOSTILE = `North'); DROP TABLE contacts; --`;

let runner: QueryRunner;
beforeAll(async () => {
  runner = await startNodeRunner();
  await createCanonicalTables(runner);
});
beforeEach(async () => {
  await runner.execute('DELETE FROM contacts');
});

describe('SQL text of a metric query', () => {
  it('quotes identifiers and binds filter values, dates and the extra key', () => {
    const query = crisisForce.buildQuery({
      ...base,
      breakdown: { column: 'shift', extraKey: HOSTILE },
      filters: [{ column: 'area', value: HOSTILE }],
    });
    expect(query.text).toContain('"area"');
    expect(query.text).toContain('"occurred_on"');
    expect(query.text).toContain('"extra"[CAST(? AS VARCHAR)]');
    expect(query.text).not.toContain('DROP');
    expect(query.text).not.toContain('2024-01-01');
    expect(query.params).toEqual(
      expect.arrayContaining([HOSTILE, '2024-01-01', '2024-12-31']),
    );
    expect(query.params.filter((param) => param === HOSTILE)).toHaveLength(2);
  });

  it('refuses a breakdown column the dataset does not have before writing any SQL', () => {
    const request = { ...base, breakdown: { column: 'area"; DROP TABLE contacts; --' } };
    expect(() => contacts.buildQuery(request)).toThrow(MetricRequestError);
  });

  it('refuses a window without both ends, an inverted range and a date that does not exist', () => {
    expect(() =>
      contacts.buildQuery({ ...base, grain: 'window', to: undefined }),
    ).toThrow(MetricRequestError);
    expect(() =>
      contacts.buildQuery({ ...base, from: '2024-05-01', to: '2024-04-01' }),
    ).toThrow(MetricRequestError);
    expect(() => contacts.buildQuery({ ...base, to: '2024-02-30' })).toThrow(RangeError);
  });
});

describe('running metric queries on hostile input', () => {
  beforeEach(async () => {
    await runner.execute(`INSERT INTO contacts (record_key, occurred_on, area, extra) VALUES
      ('a', DATE '2024-01-31', 'North', MAP {'shift': 'night'}),
      ('b', DATE '2024-02-01', 'North', MAP {'shift': 'day'}),
      ('c', DATE '2024-02-02', 'South', NULL)`);
  });

  it('treats an injection-like filter value as data that matches nothing', async () => {
    const rows = await runMetric(runner, contacts, {
      ...base,
      to: '2024-02-29',
      filters: [{ column: 'area', value: HOSTILE }],
    });
    expect(rows.map((row) => row.value)).toEqual([0, 0]);
    expect(await runner.rows(sql('SELECT count(*) AS n FROM contacts'))).toEqual([
      { n: 3 },
    ]);
  });

  it('treats an injection-like extra key as a key no record has', async () => {
    const rows = await runMetric(runner, contacts, {
      ...base,
      grain: 'window',
      breakdown: { column: 'shift', extraKey: `shift'] IS NOT NULL OR true --` },
    });
    expect(rows.map((row) => [row.group, row.value])).toEqual([['(not recorded)', 3]]);
  });

  it('filters and breaks down by a key of the extra map', async () => {
    const request: MetricRequest = { ...base, grain: 'window' };
    const filtered = await runMetric(runner, contacts, {
      ...request,
      filters: [{ column: 'shift', extraKey: 'shift', value: 'night' }],
    });
    const byShift = await runMetric(runner, contacts, {
      ...request,
      breakdown: { column: 'shift', extraKey: 'shift' },
    });
    expect(filtered.map((row) => row.value)).toEqual([1]);
    expect(byShift.map((row) => [row.group, row.value])).toEqual([
      ['(not recorded)', 1],
      ['day', 1],
      ['night', 1],
    ]);
  });

  it('counts a contact on the last day of January in January', async () => {
    const rows = await runMetric(runner, contacts, { ...base, to: '2024-02-29' });
    expect(rows.map((row) => [row.periodStart, row.value])).toEqual([
      ['2024-01-01', 1],
      ['2024-02-01', 2],
    ]);
  });

  it('buckets a July fiscal year from 1 July and steps a year at a time', async () => {
    await runner.execute(`INSERT INTO contacts (record_key, occurred_on) VALUES
      ('d', DATE '2024-06-30'), ('e', DATE '2024-07-01'), ('f', DATE '2026-07-01')`);
    const rows = await runMetric(runner, contacts, {
      ...base,
      grain: 'fiscal_year',
      fiscalYearStartMonth: 7,
      from: '2023-07-01',
      to: '2026-07-31',
    });
    // 2024-01-31, 02-01, 02-02 and 06-30 fall in FY2024; 2024-07-01 in FY2025.
    expect(rows.map((row) => [row.periodStart, row.value])).toEqual([
      ['2023-07-01', 4],
      ['2024-07-01', 1],
      ['2025-07-01', 0],
      ['2026-07-01', 1],
    ]);
  });

  it('returns no rows when there is no data and no range', async () => {
    await runner.execute('DELETE FROM contacts');
    const rows = await runMetric(runner, contacts, {
      ...base,
      from: undefined,
      to: undefined,
    });
    expect(rows).toEqual([]);
  });
});

const AREAS = ['North', 'South', 'East', null] as const;
const contactRow = fc.record({
  day: fc.integer({ min: 0, max: 365 }),
  area: fc.constantFrom(...AREAS),
  crisis: fc.constantFrom(true, false, null),
  force: fc.constantFrom(true, false, null),
});

async function insertContacts(
  rows: readonly (typeof contactRow extends fc.Arbitrary<infer T> ? T : never)[],
) {
  await runner.execute('DELETE FROM contacts');
  if (rows.length === 0) return;
  const values = rows.map(() => "(?, DATE '2024-01-01' + CAST(? AS INTEGER), ?, ?, ?)");
  const params = rows.flatMap((row, index) => [
    `k${index}`,
    row.day,
    row.area,
    row.crisis,
    row.force,
  ]);
  const columns = 'record_key, occurred_on, area, crisis, use_of_force';
  await runner.rows(
    sql(`INSERT INTO contacts (${columns}) VALUES ${values.join(', ')}`, params),
  );
}

describe('properties of metric results', () => {
  it('sums counts by area to the all-area count in every period', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(contactRow, { maxLength: 60 }), async (rows) => {
        await insertContacts(rows);
        const total = await runMetric(runner, contacts, base);
        const byArea = await runMetric(runner, contacts, {
          ...base,
          breakdown: { column: 'area' },
        });
        for (const period of total) {
          const parts = byArea.filter((row) => row.periodStart === period.periodStart);
          expect(parts.reduce((sum, row) => sum + row.numerator, 0)).toBe(
            period.numerator,
          );
        }
        expect(total.reduce((sum, row) => sum + row.numerator, 0)).toBe(rows.length);
      }),
      { numRuns: 25 },
    );
  });

  it('keeps proportions between 0 and 100% with the numerator within the denominator', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(contactRow, { maxLength: 60 }), async (rows) => {
        await insertContacts(rows);
        const result = await runMetric(runner, crisisForce, {
          ...base,
          breakdown: { column: 'area' },
        });
        for (const row of result) {
          expect(row.numerator).toBeLessThanOrEqual(row.denominator ?? 0);
          if (row.denominator === 0) expect(row.value).toBeNull();
          else expect(row.value).toBeGreaterThanOrEqual(0);
          if (row.value !== null) expect(row.value).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('buckets dates in SQL exactly as periodStartOf does in JavaScript', async () => {
    const grains = ['month', 'quarter', 'year', 'fiscal_year'] as const;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 3000 }),
        fc.constantFrom(...grains),
        fc.integer({ min: 1, max: 12 }),
        async (offset, grain, startMonth) => {
          const bucket = periodStartSql(grain, 'd', startMonth);
          const [row] = await runner.rows(
            sql(
              `SELECT strftime(${bucket.text}, '%Y-%m-%d') AS p, strftime(d, '%Y-%m-%d') AS day
               FROM (SELECT DATE '2020-01-01' + CAST(? AS INTEGER) AS d)`,
              [...bucket.params, offset],
            ),
          );
          expect(row?.p).toBe(periodStartOf(String(row?.day), grain, startMonth));
        },
      ),
      { numRuns: 60 },
    );
  });
});
