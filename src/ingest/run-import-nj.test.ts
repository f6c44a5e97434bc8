/**
 * New Jersey use-of-force portal export (Oct 2020 – Feb 2021) imported into
 * force_incidents: local incident dates, UTC stamps turned into New Jersey wall-clock
 * time, packed subject cells split in step. Expected figures come from PapaParse.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { startNodeRunner } from '../engine/node-runner';
import type { QueryRunner } from '../engine/query-runner';
import { sql } from '../model/sql';
import type { ImportMapping } from './import-mapping';
import { runImport, type ImportResult } from './run-import';
import {
  countOf,
  fixtureBytes,
  importRequest,
  papaRows,
} from './run-import-test-helpers';

const BYTES = fixtureBytes('real-data/nj-use-of-force-2020-10-to-2021-02.csv');
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

  it('counts incidents per month on the local incident_date', async () => {
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
