/**
 * The validation report on small inline exports: dates out of range, values outside
 * the mapping, capped lists with exact counts, coverage, and the formula-safe CSV.
 */
import { describe, expect, it } from 'vitest';
import { startNodeRunner } from '../engine/node-runner';
import type { ColumnMapping, ImportMapping } from './import-mapping';
import { runImport } from './run-import';
import { importRequest } from './run-import-test-helpers';
import { csvCell } from '../export/csv';
import { REPORT_LIST_LIMIT, reportToCSV } from './validation-report';

const field = (
  column: string,
  name: string,
  more: Partial<ColumnMapping> = {},
): ColumnMapping => ({ column, target: { kind: 'field', field: name }, ...more });

const MAPPING: ImportMapping = {
  dataset: 'contacts',
  recordIdColumn: 'id',
  program: { kind: 'by-area', programByArea: { North: 'Crisis team' } },
  timeZone: 'America/Chicago',
  earliestPlausibleDate: '2010-01-01',
  columns: [
    field('date', 'occurred_on', { dateFormats: ['iso-date'] }),
    field('arrest', 'arrest', { flagValues: { trueValues: ['Y'], falseValues: ['N'] } }),
    field('area', 'area'),
  ],
};

async function reportOf(csv: string, mapping = MAPPING) {
  const runner = await startNodeRunner();
  return (await runImport(runner, importRequest(csv, mapping, { today: '2025-01-01' })))
    .report;
}

describe('the validation report', () => {
  it('lists dates after today and before the earliest plausible date', async () => {
    const report = await reportOf(
      'id,date,arrest,area\n1,2030-01-01,Y,North\n2,2009-12-31,N,North\n3,2024-12-31,N,North\n',
    );
    expect(report.futureDates.items).toEqual([
      { line: 2, field: 'occurred_on', value: '2030-01-01' },
    ]);
    expect(report.earlyDates.items).toEqual([
      { line: 3, field: 'occurred_on', value: '2009-12-31' },
    ]);
  });

  it('counts flag values and areas outside the mapping and keeps their records', async () => {
    const report = await reportOf(
      'id,date,arrest,area\n' +
        '1,2024-01-01,Maybe,North\n2,2024-01-02,Maybe,South\n3,2024-01-03,Y,North\n',
    );
    expect(report.outsideMapping.items).toEqual([
      { column: 'arrest', field: 'arrest', value: 'Maybe', count: 2 },
      { column: 'area', field: 'program', value: 'South', count: 1 },
    ]);
    expect(report.unfitValues.items.map((u) => [u.line, u.column])).toEqual([
      [2, 'arrest'],
      [3, 'area'],
      [3, 'arrest'],
    ]);
    expect(report.merge?.new).toBe(3);
  });

  it('says in plain words why a record could not be read', async () => {
    const report = await reportOf(
      'id,date,arrest,area\n1,2024-01-01,Y,North\n2,2024-01-02,N,North,extra\n',
    );
    expect(report.rejected.items).toEqual([
      { line: 3, column: null, reason: 'has 5 fields where the header has 4' },
    ]);
  });

  it('caps each list but keeps its count exact', async () => {
    const rows = Array.from({ length: 1500 }, (_, i) => `${i},not a date,Y,North`);
    const report = await reportOf(`id,date,arrest,area\n${rows.join('\n')}\n`);
    expect(report.unfitValues.count).toBe(1500);
    expect(report.unfitValues.items).toHaveLength(REPORT_LIST_LIMIT);
    expect(report.merge?.new).toBe(1500);
  });

  it('gives the share of records with a value in each field', async () => {
    const report = await reportOf(
      'id,date,arrest,area\n' +
        '1,2024-01-01,Y,North\n2,2024-01-02,,North\n' +
        '3,2024-01-03,N,\n4,2024-01-04,N,North\n',
    );
    const coverage = Object.fromEntries(report.coverage.map((c) => [c.field, c.percent]));
    expect(coverage).toMatchObject({
      arrest: 75,
      area: 75,
      program: 75,
      occurred_on: 100,
      age: 0,
    });
  });

  it('writes a CSV whose cells cannot run as spreadsheet formulas', async () => {
    const report = await reportOf(
      'id,date,arrest,area\n' +
        '1,2024-01-01,"=HYPERLINK(""http://x"")",North\n2,2024-01-02,@SUM(A1),North\n',
    );
    const csv = reportToCSV(report);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).toContain(`'@SUM(A1)`);
    expect(csv.split('\r\n')[0]).toBe('section,line,column,field,value,reason,count');
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@x', "'@x"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['a,b', '"a,b"'],
    ['plain', 'plain'],
    [-3, '-3'],
  ])('makes %j the safe cell %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});
