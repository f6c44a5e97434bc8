/**
 * A packed export row split into one record per subject still counts as one incident.
 * Hand count of the fixture below: January has incidents U1 (3 subjects) and U2
 * (1 subject), February has U3 (2 subjects, one in crisis) and U4 (no subject listed):
 * 2 incidents and 4 subject records in January, 2 incidents and 3 records in February;
 * 1 of February's 2 incidents is crisis-related (50%).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { startNodeRunner } from '../engine/node-runner';
import type { QueryRunner } from '../engine/query-runner';
import type { MetricRequest } from '../metrics/metric';
import { metricById } from '../metrics/registry';
import { runMetric } from '../metrics/run-metric';
import type { ImportMapping } from './import-mapping';
import { runImport } from './run-import';
import { countOf, importRequest } from './run-import-test-helpers';

const CSV = [
  'report_id,incident_date,subject_age,subject_crisis',
  'U1,01/05/2024,"18,19,21,","No,No,No,"',
  'U2,01/20/2024,40,No',
  'U3,02/02/2024,"16,33","Yes,No"',
  'U4,02/28/2024,,',
].join('\n');

const MAPPING: ImportMapping = {
  dataset: 'force_incidents',
  recordIdColumn: 'report_id',
  program: { kind: 'whole-file', program: 'Test' },
  timeZone: 'America/New_York',
  earliestPlausibleDate: '2015-01-01',
  split: { columns: ['subject_age', 'subject_crisis'], delimiter: ',' },
  columns: [
    {
      column: 'incident_date',
      target: { kind: 'field', field: 'occurred_on' },
      dateFormats: ['month-day-year'],
      dayMonthOrder: 'month-first',
    },
    { column: 'subject_crisis', target: { kind: 'field', field: 'crisis_related' } },
    { column: 'subject_age', target: { kind: 'extra' } },
  ],
};

const MONTHLY: MetricRequest = { grain: 'month', filters: [], fiscalYearStartMonth: 1 };

describe('counting a split import', () => {
  let runner: QueryRunner;
  beforeAll(async () => {
    runner = await startNodeRunner();
    await runImport(runner, importRequest(CSV, MAPPING));
  });

  it('keeps one record per subject', async () => {
    expect(await countOf(runner, 'SELECT count(*) AS n FROM force_incidents')).toBe(7);
  });

  it('counts each incident once however many subjects it lists', async () => {
    const rows = await runMetric(runner, metricById('force_incidents')!, MONTHLY);
    expect(rows.map((row) => [row.periodStart, row.numerator])).toEqual([
      ['2024-01-01', 2],
      ['2024-02-01', 2],
    ]);
  });

  it('counts an incident with one subject in crisis once as crisis-related', async () => {
    const metric = metricById('force_crisis_related_share_pct')!;
    const rows = await runMetric(runner, metric, MONTHLY);
    expect(rows.map((row) => [row.numerator, row.denominator, row.value])).toEqual([
      [0, 2, 0],
      [1, 2, 50],
    ]);
  });
});
