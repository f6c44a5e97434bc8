import { beforeAll, describe, expect, it } from 'vitest';
import { startNodeRunner } from '../../engine/node-runner';
import type { MetricRequest, MetricRow } from '../metric';
import { runMetric, type MetricRowSource } from '../run-metric';
import { createCanonicalTables, loadFixture } from '../testing/fixture-tables';
import { contactMetrics } from './contacts';

// Expected figures are worked out in tests/fixtures/metrics/README.md (precinct pilot).
const metric = (id: string) => {
  const found = contactMetrics.find((definition) => definition.id === id);
  if (!found) throw new Error(`No metric ${id}`);
  return found;
};
const window = (from: string, to: string): MetricRequest => ({
  grain: 'window',
  from,
  to,
  breakdown: { column: 'area' },
  filters: [],
  fiscalYearStartMonth: 1,
});
const BEFORE = window('2023-01-01', '2023-12-31');
const AFTER = window('2024-01-01', '2024-12-31');
const PILOT = new Set(['Precinct 1', 'Precinct 2']);

// Sums a by-area result into the pilot precincts and the other three.
function split(rows: readonly MetricRow[]) {
  const sum = (inPilot: boolean, pick: (row: MetricRow) => number) =>
    rows
      .filter((row) => PILOT.has(row.group ?? '') === inPilot)
      .reduce((total, row) => total + pick(row), 0);
  return {
    pilot: [sum(true, (row) => row.numerator), sum(true, (row) => row.denominator ?? 0)],
    comparison: [
      sum(false, (row) => row.numerator),
      sum(false, (row) => row.denominator ?? 0),
    ],
  };
}

let db: MetricRowSource;
beforeAll(async () => {
  const runner = await startNodeRunner();
  await createCanonicalTables(runner);
  await loadFixture(runner, 'contacts', 'precinct-pilot/contacts.csv');
  await runner.execute(`INSERT INTO contacts
      (record_key, occurred_on, diversion_path, police_involved)
    VALUES ('D1', DATE '2025-01-05', 'Sobering center', false),
           ('D2', DATE '2025-01-06', 'Sobering center', true),
           ('D3', DATE '2025-01-31', 'Crisis stabilization', false),
           ('D4', DATE '2025-01-31', '  ', NULL)`);
  db = runner;
});

describe('contacts and assessments in the precinct pilot fixture', () => {
  it(
    'counts 1,500 contacts and 332 assessments in the two pilot precincts after ' +
      'launch',
    async () => {
      const share = await runMetric(db, metric('assessments_pct_of_contacts'), AFTER);
      expect(split(share)).toEqual({ pilot: [332, 1500], comparison: [45, 900] });
    },
  );

  it('counts 5% assessments in both groups of precincts before launch', async () => {
    const share = await runMetric(db, metric('assessments_pct_of_contacts'), BEFORE);
    expect(split(share)).toEqual({ pilot: [60, 1200], comparison: [45, 900] });
    for (const row of share) expect(row.value).toBeCloseTo(5, 10);
  });

  it('gives each precinct its own assessment percentage', async () => {
    const share = await runMetric(db, metric('assessments_pct_of_contacts'), AFTER);
    const precinct1 = share.find((row) => row.group === 'Precinct 1');
    expect(precinct1).toMatchObject({ numerator: 180, denominator: 800 });
    expect(precinct1?.value).toBeCloseTo(22.5, 10);
  });

  it('counts contacts and assessments by year', async () => {
    const request: MetricRequest = {
      ...AFTER,
      grain: 'year',
      from: '2023-01-01',
      breakdown: undefined,
    };
    const contacts = await runMetric(db, metric('contacts'), request);
    const assessments = await runMetric(db, metric('assessments'), request);
    expect(contacts.map((row) => [row.periodStart, row.value])).toEqual([
      ['2023-01-01', 2100],
      ['2024-01-01', 2400],
    ]);
    expect(assessments.map((row) => row.value)).toEqual([105, 377]);
  });
});

describe('diversions and calls handled without police', () => {
  const january: MetricRequest = {
    grain: 'month',
    from: '2025-01-01',
    to: '2025-01-31',
    filters: [],
    fiscalYearStartMonth: 1,
  };

  it('counts diversions by path and ignores a blank path', async () => {
    const rows = await runMetric(db, metric('diversions'), {
      ...january,
      breakdown: { column: 'diversion_path' },
    });
    const counts = Object.fromEntries(
      rows.map((row) => [row.group ?? '', row.value] as const),
    );
    expect(counts).toEqual({
      '  ': 0,
      'Crisis stabilization': 1,
      'Sobering center': 2,
    });
  });

  it(
    'counts contacts handled without police and leaves unrecorded ones out of the ' +
      'share',
    async () => {
      const [count] = await runMetric(db, metric('handled_without_police'), january);
      const [share] = await runMetric(db, metric('handled_without_police_pct'), january);
      expect(count?.value).toBe(2);
      expect(share).toMatchObject({ numerator: 2, denominator: 3 });
    },
  );
});
