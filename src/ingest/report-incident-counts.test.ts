/**
 * An export that files one report per officer counts incidents, not reports. Hand
 * count of the fixture below (`~` marks a trailing non-breaking space):
 * - January: incident I1 has reports R1 (Takedown, not in crisis) and R2 (Taser, in
 *   crisis); I2 has R3, written `I2~`, packing two subjects, and R4 (Takedown). That
 *   is 4 reports, 5 records, 2 incidents, 1 of them crisis-related (50%); by force
 *   type, Takedown 2 incidents (I1, I2) and Taser 1 (I1, crisis-related).
 * - February: R5 has no incident id and packs two subjects, one in crisis, so it is
 *   its own incident; I3 is one report (R6). That is 2 incidents, 1 crisis-related.
 * Counting reports would give January 4 incidents with 1 of 4 crisis-related.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { startNodeRunner } from '../engine/node-runner';
import type { QueryRunner } from '../engine/query-runner';
import { createTableStatements } from '../model/create-tables';
import { datasetEventSources } from '../metrics/event-sources';
import type { MetricRequest } from '../metrics/metric';
import {
  monthBreakdownQuery,
  monthBreakdownRows,
  monthCountsOf,
  monthlyEventsQuery,
} from '../metrics/month-view';
import { metricById, METRICS } from '../metrics/registry';
import { runMetric, toMetricRow } from '../metrics/run-metric';
import { draftMapping } from './draft-mapping';
import { recordIdEvidence } from './draft-record-id';
import type { ImportMapping } from './import-mapping';
import { runImport } from './run-import';
import { countOf, importRequest } from './run-import-test-helpers';
import { analyse } from './suggest-test-helpers';

const CSV = [
  'report_id,incident_id,incident_date,type_of_force,subject_age,subject_crisis',
  'R1,I1,01/05/2024,Takedown,30,No',
  'R2,I1,01/05/2024,Taser,30,Yes',
  'R3,I2\u00a0,01/20/2024,Takedown,"18,19","No,No"',
  'R4,I2,01/20/2024,Takedown,18,No',
  'R5,,02/02/2024,Taser,"16,33","Yes,No"',
  'R6,I3,02/10/2024,Takedown,,',
].join('\n');

const MAPPING: ImportMapping = {
  dataset: 'force_incidents',
  recordIdColumn: 'report_id',
  program: { kind: 'whole-file', program: 'Test' },
  timeZone: 'America/New_York',
  earliestPlausibleDate: '2015-01-01',
  split: { columns: ['subject_age', 'subject_crisis'], delimiter: ',' },
  columns: [
    { column: 'incident_id', target: { kind: 'field', field: 'incident_key' } },
    {
      column: 'incident_date',
      target: { kind: 'field', field: 'occurred_on' },
      dateFormats: ['month-day-year'],
      dayMonthOrder: 'month-first',
    },
    { column: 'type_of_force', target: { kind: 'field', field: 'force_type' } },
    { column: 'subject_crisis', target: { kind: 'field', field: 'crisis_related' } },
    { column: 'subject_age', target: { kind: 'extra' } },
  ],
};

const MONTHLY: MetricRequest = { grain: 'month', filters: [], fiscalYearStartMonth: 1 };
const DATES = { firstDate: '2024-01-01', lastDate: '2024-02-29' };

const metric = (id: string) => {
  const found = metricById(id);
  if (!found) throw new Error(`No metric ${id}`);
  return found;
};

describe('counting an export with one report per officer', () => {
  let runner: QueryRunner;
  beforeAll(async () => {
    runner = await startNodeRunner();
    await runImport(runner, importRequest(CSV, MAPPING));
    await runner.execute(`${createTableStatements('contacts')};
      INSERT INTO contacts (record_key, occurred_on) VALUES
      ('c1', DATE '2024-01-03'), ('c2', DATE '2024-01-09'), ('c3', DATE '2024-02-01'),
      ('c4', DATE '2024-02-04')`);
  });

  it('keeps every report and subject as a record', async () => {
    expect(await countOf(runner, 'SELECT count(*) AS n FROM force_incidents')).toBe(8);
  });

  it('reads the incident id as a key, without its non-breaking space', async () => {
    const n = await countOf(
      runner,
      'SELECT count(DISTINCT incident_key) AS n FROM force_incidents',
    );
    expect(n).toBe(3);
  });

  it('counts each incident once however many reports it has', async () => {
    const rows = await runMetric(runner, metric('force_incidents'), MONTHLY);
    expect(rows.map((row) => [row.periodStart, row.value])).toEqual([
      ['2024-01-01', 2],
      ['2024-02-01', 2],
    ]);
  });

  it('counts an incident as crisis-related when any of its reports says so', async () => {
    const rows = await runMetric(
      runner,
      metric('force_crisis_related_share_pct'),
      MONTHLY,
    );
    expect(rows.map((row) => [row.numerator, row.denominator, row.value])).toEqual([
      [1, 2, 50],
      [1, 2, 50],
    ]);
  });

  it('divides incidents, not reports, by contacts', async () => {
    const rows = await runMetric(runner, metric('force_per_1000_contacts'), MONTHLY);
    expect(rows.map((row) => [row.numerator, row.denominator, row.value])).toEqual([
      [2, 2, 1000],
      [2, 2, 1000],
    ]);
  });

  it('counts an incident once under each force type its reports name', async () => {
    const rows = await runMetric(runner, metric('force_incidents'), {
      ...MONTHLY,
      breakdown: { column: 'force_type' },
    });
    const january = rows.filter((row) => row.periodStart === '2024-01-01');
    expect(january.map((row) => [row.group, row.value])).toEqual([
      ['Takedown', 2],
      ['Taser', 1],
    ]);
  });

  it('counts incidents in a CompStat window', async () => {
    const [row] = await runMetric(runner, metric('force_incidents'), {
      ...MONTHLY,
      grain: 'window',
      from: '2024-01-01',
      to: '2024-02-29',
    });
    expect(row?.value).toBe(4);
  });

  it('gives the month review incidents as its events', async () => {
    const [source] = datasetEventSources('force_incidents', [], false, [
      'crisis_related',
    ]);
    if (!source) throw new Error('No crisis-related source');
    const rows = await runner.rows(monthlyEventsQuery(source, [], DATES));
    expect(monthCountsOf(source, rows.map(toMetricRow))).toEqual([
      { month: '2024-01-01', events: 2, outcomes: 1 },
      { month: '2024-02-01', events: 2, outcomes: 1 },
    ]);
    const byType = await runner.rows(
      monthBreakdownQuery(source, source.breakdowns[2]!, '2024-01-01', []),
    );
    const shown = monthBreakdownRows(source, byType.map(toMetricRow), '2024-01-01');
    expect(
      shown.map((row) => [row.grp, row.current_events, row.current_outcomes]),
    ).toEqual([
      ['Takedown', 2, 0],
      ['Taser', 1, 1],
    ]);
  });

  it('names incident_key in the count of every metric over force incidents', () => {
    const overForce = METRICS.filter((m) => m.datasets[0] === 'force_incidents');
    expect(overForce.map((m) => m.id)).toEqual([
      'force_incidents',
      'force_per_1000_contacts',
      'force_per_1000_calls',
      'force_crisis_related_share_pct',
    ]);
    for (const m of overForce)
      expect(m.buildQuery(MONTHLY).text).toContain('"incident_key"');
  });
});

describe('the mapping a report-per-officer export is first given', () => {
  it('maps incident_id to incident_key and offers report_id as the record id', async () => {
    const analysis = await analyse(CSV);
    const mapping = draftMapping(analysis, 'America/New_York');
    expect(mapping.dataset).toBe('force_incidents');
    expect(recordIdEvidence(analysis, mapping.dataset)?.column).toBe('report_id');
    expect(mapping.columns.find((c) => c.column === 'incident_id')?.target).toEqual({
      kind: 'field',
      field: 'incident_key',
    });
  });

  it.each(['Incident Number', 'Incident No', 'INCIDENT_ID', 'incident id'])(
    'takes `%s` for the incident beside a report id',
    async (header) => {
      const csv = `Report ID,${header},Type of Force\nR1,I1,Taser\nR2,I1,Takedown\n`;
      const analysis = await analyse(csv);
      const mapping = draftMapping(analysis, 'America/New_York');
      expect(mapping.dataset).toBe('force_incidents');
      expect(recordIdEvidence(analysis, mapping.dataset)?.column).toBe('Report ID');
      const target = mapping.columns.find((c) => c.column === header)?.target;
      expect(target).toEqual({ kind: 'field', field: 'incident_key' });
    },
  );

  it('keeps `incident id` a record id outside use-of-force exports', async () => {
    const csv =
      'Incident ID,Arrest Date,Charge\nI1,2024-01-02,Theft\nI2,2024-01-03,DUI\n';
    const analysis = await analyse(csv);
    expect(analysis.suggestion.kind).toBe('arrests');
    expect(recordIdEvidence(analysis, 'arrests')?.column).toBe('Incident ID');
  });
});
