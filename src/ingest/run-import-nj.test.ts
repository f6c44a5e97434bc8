/**
 * New Jersey use-of-force portal export (Oct 2020 – Feb 2021) imported into
 * force_incidents: local incident dates, UTC stamps turned into New Jersey wall-clock
 * time, packed subject cells split in step, the officers' reports of one incident
 * counted once. Expected figures come from PapaParse.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { startNodeRunner } from '../engine/node-runner';
import type { QueryRunner } from '../engine/query-runner';
import { metricById } from '../metrics/registry';
import { runMetric } from '../metrics/run-metric';
import { sql } from '../model/sql';
import { draftMapping } from './draft-mapping';
import { recordIdEvidence } from './draft-record-id';
import type { ImportMapping } from './import-mapping';
import { runImport, type ImportResult } from './run-import';
import {
  countOf,
  fixtureBytes,
  importRequest,
  papaRows,
} from './run-import-test-helpers';
import { analyse } from './suggest-test-helpers';

const NJ_FILE = 'real-data/nj-use-of-force-2020-10-to-2021-02.csv';
const BYTES = fixtureBytes(NJ_FILE);
const ROWS = papaRows(BYTES);
const PACKED = ['subject_race', 'subject_age', 'subject_gender', 'subject_arrested'];

const NJ: ImportMapping = {
  dataset: 'force_incidents',
  recordIdColumn: 'unique_report_id',
  program: { kind: 'whole-file', program: 'NJ statewide' },
  timeZone: 'America/New_York',
  earliestPlausibleDate: '2015-01-01',
  split: { columns: PACKED, delimiter: ',' },
  columns: [
    { column: 'incident_id', target: { kind: 'field', field: 'incident_key' } },
    {
      column: 'incident_date',
      target: { kind: 'field', field: 'occurred_on' },
      dateFormats: ['month-day-year'],
      dayMonthOrder: 'month-first',
    },
    {
      column: 'incident_date_utc',
      target: { kind: 'field', field: 'occurred_at' },
      dateFormats: ['iso-datetime-utc'],
    },
    { column: 'county', target: { kind: 'field', field: 'area' } },
    { column: 'type_of_force', target: { kind: 'field', field: 'force_type' } },
    { column: 'agency_name', target: { kind: 'extra' } },
    ...PACKED.map((column) => ({ column, target: { kind: 'extra' as const } })),
  ],
};

/** A packed cell's values; a trailing comma adds none. */
function packed(cell: string | undefined): string[] {
  const parts = (cell ?? '').split(',').map((p) => p.trim());
  if (parts.length > 1 && parts.at(-1) === '') parts.pop();
  return parts;
}

const subjects = (row: Record<string, string>) =>
  Math.max(1, ...PACKED.map((c) => (row[c]?.trim() ? packed(row[c]).length : 0)));

const isoOf = (date: string) => {
  const [m, d, y] = date.split('/');
  return `${y}-${(m ?? '').padStart(2, '0')}-${(d ?? '').padStart(2, '0')}`;
};

// JavaScript's trim() drops every Unicode space, U+00A0 (in two incident_ids) included.
const incidentOf = (row: Record<string, string>) => (row.incident_id ?? '').trim();

/** Distinct incident_id per local incident_date month, as `YYYY-MM-01`. */
function incidentsPerMonth(): Map<string, number> {
  const incidents = new Map<string, Set<string>>();
  for (const row of ROWS) {
    const month = `${isoOf(row.incident_date ?? '').slice(0, 7)}-01`;
    incidents.set(month, (incidents.get(month) ?? new Set()).add(incidentOf(row)));
  }
  return new Map([...incidents].map(([month, ids]) => [month, ids.size]));
}

const MONTHLY = { grain: 'month', filters: [], fiscalYearStartMonth: 1 } as const;

async function incidentMetricByMonth(runner: QueryRunner): Promise<Map<string, number>> {
  const rows = await runMetric(runner, metricById('force_incidents')!, MONTHLY);
  return new Map(rows.map((row) => [row.periodStart, row.value ?? 0]));
}

describe('importing the New Jersey use-of-force export', () => {
  let runner: QueryRunner;
  let result: ImportResult;
  beforeAll(async () => {
    runner = await startNodeRunner();
    result = await runImport(runner, importRequest(BYTES, NJ, { chunkBytes: 300_000 }));
  });

  it('makes one record per subject of each incident', async () => {
    const expected = ROWS.reduce((sum, row) => sum + subjects(row), 0);
    expect(expected).toBeGreaterThan(ROWS.length);
    expect(await countOf(runner, 'SELECT count(*) AS n FROM force_incidents')).toBe(
      expected,
    );
    expect(result.report.rowsRead).toBe(ROWS.length);
  });

  it('keeps every officer report, dated by the local incident_date', async () => {
    const counts = new Map<string, number>();
    for (const r of ROWS) {
      const month = isoOf(r.incident_date ?? '').slice(0, 7);
      counts.set(month, (counts.get(month) ?? 0) + 1);
    }
    const stored = await runner.rows(
      sql(`SELECT strftime(occurred_on, '%Y-%m') AS m,
        count(DISTINCT split_part(record_key, '#', 1)) AS n FROM force_incidents GROUP BY m`),
    );
    expect(new Map(stored.map((r) => [String(r.m), Number(r.n)]))).toEqual(counts);
  });

  it('counts the reports of one incident, split by subject, once per month', async () => {
    const expected = incidentsPerMonth();
    expect([...expected.values()].reduce((a, b) => a + b, 0)).toBeLessThan(ROWS.length);
    expect(await incidentMetricByMonth(runner)).toEqual(expected);
  });

  it('keeps the local date where the UTC stamp falls on the next day', async () => {
    const row = ROWS.find(
      (r) => isoOf(r.incident_date ?? '') !== r.incident_date_utc?.slice(0, 10),
    );
    expect(row).toBeDefined();
    const [stored] = await runner.rows(
      sql(
        `SELECT CAST(occurred_on AS VARCHAR) AS d,
          CAST(CAST(occurred_at AS DATE) AS VARCHAR) AS local_day
        FROM force_incidents WHERE record_key = ?`,
        [`${row?.unique_report_id}#1`],
      ),
    );
    expect(stored?.d).toBe(isoOf(row?.incident_date ?? ''));
    expect(stored?.d).not.toBe(row?.incident_date_utc?.slice(0, 10));
    expect(stored?.local_day).toBe(stored?.d);
  });

  it('splits subject ages in step, keeping `Juvenile` as the subject age', async () => {
    const juveniles = ROWS.flatMap((r) => packed(r.subject_age)).filter(
      (a) => a === 'Juvenile',
    );
    expect(juveniles.length).toBeGreaterThan(0);
    expect(
      await countOf(
        runner,
        `SELECT count(*) AS n FROM force_incidents WHERE extra['subject_age'] = 'Juvenile'`,
      ),
    ).toBe(juveniles.length);
  });

  it('pairs each subject age with the same subject arrest flag', async () => {
    const pairs = ROWS.flatMap((r) => {
      const ages = packed(r.subject_age);
      const arrested = packed(r.subject_arrested);
      return ages.map((age, i) => [age, arrested[i]]);
    }).filter(([age, arrested]) => age === 'Juvenile' && arrested === 'Yes').length;
    expect(
      await countOf(
        runner,
        `SELECT count(*) AS n FROM force_incidents
        WHERE extra['subject_age'] = 'Juvenile' AND extra['subject_arrested'] = 'Yes'`,
      ),
    ).toBe(pairs);
  });
});

describe('the New Jersey export imported as suggested', () => {
  let runner: QueryRunner;
  let mapping: ImportMapping;
  let offeredId: string | undefined;
  beforeAll(async () => {
    runner = await startNodeRunner();
    const analysis = await analyse(NJ_FILE);
    mapping = draftMapping(analysis, 'America/New_York');
    offeredId = recordIdEvidence(analysis, mapping.dataset)?.column;
    await runImport(runner, importRequest(BYTES, mapping, { chunkBytes: 300_000 }));
  });

  it('offers unique_report_id as the record id and reads incident_id as the incident', () => {
    expect(offeredId).toBe('unique_report_id');
    const incident = mapping.columns.find((c) => c.column === 'incident_id');
    expect(incident?.target).toEqual({ kind: 'field', field: 'incident_key' });
  });

  it('counts distinct incidents per local month, not officer reports', async () => {
    const expected = incidentsPerMonth();
    // The figures a tester checked by hand: 480 in Feb 2021, 660 in Jan 2021.
    expect(expected.get('2021-02-01')).toBe(480);
    expect(expected.get('2021-01-01')).toBe(660);
    expect(await incidentMetricByMonth(runner)).toEqual(expected);
  });

  it('reads an incident_id with a trailing non-breaking space as the same incident', async () => {
    const spaced = ROWS.filter((r) => r.incident_id !== r.incident_id?.trimEnd());
    expect(spaced.map((r) => JSON.stringify(r.incident_id))).toContain(
      JSON.stringify('Hunterdon-Raritan Twp PD-20195552\u00a0'),
    );
    const distinct = new Set(ROWS.map(incidentOf)).size;
    expect(distinct).toBeLessThan(new Set(ROWS.map((r) => r.incident_id)).size);
    expect(
      await countOf(
        runner,
        'SELECT count(DISTINCT incident_key) AS n FROM force_incidents',
      ),
    ).toBe(distinct);
  });
});
