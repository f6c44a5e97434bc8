/**
 * Category values on import: a field of a fixed list (a placement's destination class,
 * a figure's grain or kind) stores only the list's words, and an open field (a release
 * type) keeps every value the analyst did not rename, as written.
 */
import { describe, expect, it } from 'vitest';
import { startNodeRunner } from '../engine/node-runner';
import { sql } from '../model/sql';
import type { ColumnMapping, ImportMapping } from './import-mapping';
import { runImport } from './run-import';
import { importRequest } from './run-import-test-helpers';

const field = (
  column: string,
  name: string,
  more: Partial<ColumnMapping> = {},
): ColumnMapping => ({ column, target: { kind: 'field', field: name }, ...more });

const PLACEMENTS = `id,date,exit_to
1,2024-03-01,Rental by client
2,2024-03-02,PERMANENT
3,2024-03-03,Hotel voucher
4,2024-03-04,temporary
5,2024-03-05,
`;

function placementsMapping(valueMap?: Record<string, string>): ImportMapping {
  return {
    dataset: 'placements',
    recordIdColumn: 'id',
    program: { kind: 'whole-file', program: 'Outreach' },
    timeZone: 'America/Chicago',
    earliestPlausibleDate: '2010-01-01',
    columns: [
      field('date', 'occurred_on', { dateFormats: ['iso-date'] }),
      field('exit_to', 'destination_class', valueMap ? { valueMap } : {}),
    ],
  };
}

async function classesOf(mapping: ImportMapping, csv = PLACEMENTS) {
  const runner = await startNodeRunner();
  const { report } = await runImport(runner, importRequest(csv, mapping));
  const rows = await runner.rows(
    sql(
      'SELECT record_key, destination_class, destination FROM placements ORDER BY record_key',
    ),
  );
  const byKey = (field: string) =>
    Object.fromEntries(rows.map((r) => [String(r.record_key), r[field]] as const));
  return {
    classes: byKey('destination_class'),
    destinations: byKey('destination'),
    report,
  };
}

describe('a field of a fixed list', () => {
  it('reads mapped values and the list’s own words; others are empty and reported', async () => {
    const { classes, report } = await classesOf(
      placementsMapping({ 'Rental by client': 'permanent' }),
    );
    expect(classes).toEqual({
      '1': 'permanent',
      '2': 'permanent',
      '3': null,
      '4': 'temporary',
      '5': null,
    });
    expect(report.outsideMapping.items).toEqual([
      { column: 'exit_to', field: 'destination_class', value: 'Hotel voucher', count: 1 },
    ]);
    expect(report.merge?.new).toBe(5);
  });

  it('keeps the destination as written beside its class, even one left unclassed', async () => {
    const { destinations } = await classesOf(
      placementsMapping({ 'Rental by client': 'permanent' }),
    );
    expect(destinations).toEqual({
      '1': 'Rental by client',
      '2': 'PERMANENT',
      '3': 'Hotel voucher',
      '4': 'temporary',
      '5': null,
    });
  });

  it('with no value mapped still stores only the list’s words, reporting the rest', async () => {
    const { classes, report } = await classesOf(placementsMapping());
    expect(classes).toEqual({
      '1': null,
      '2': 'permanent',
      '3': null,
      '4': 'temporary',
      '5': null,
    });
    expect(report.outsideMapping.items.map((i) => [i.value, i.count])).toEqual([
      ['Hotel voucher', 1],
      ['Rental by client', 1],
    ]);
  });
});

const RELEASES = `id,fy,type
1,2019,Parole
2,2019,PAROLE
3,2019,Discharged – End of Sentence
4,2019,Special Sentence
`;

async function releaseTypesOf(valueMap?: Record<string, string>) {
  const runner = await startNodeRunner();
  const mapping: ImportMapping = {
    dataset: 'releases',
    recordIdColumn: 'id',
    program: { kind: 'whole-file', program: 'Re-entry' },
    timeZone: 'America/Chicago',
    earliestPlausibleDate: '2010-01-01',
    columns: [
      field('fy', 'release_fiscal_year'),
      field('type', 'release_type', valueMap ? { valueMap } : {}),
    ],
  };
  const { report } = await runImport(runner, importRequest(RELEASES, mapping));
  const rows = await runner.rows(
    sql('SELECT record_key, release_type FROM releases ORDER BY record_key'),
  );
  return {
    types: Object.fromEntries(
      rows.map((r) => [String(r.record_key), r.release_type] as const),
    ),
    report,
  };
}

describe('an open field', () => {
  it('renames the mapped values and keeps every other value as written', async () => {
    const { types, report } = await releaseTypesOf({
      'Discharged – End of Sentence': 'End of sentence',
    });
    expect(types).toEqual({
      '1': 'Parole',
      '2': 'PAROLE',
      '3': 'End of sentence',
      '4': 'Special Sentence',
    });
    expect(report.outsideMapping.count).toBe(0);
  });

  it('keeps every value as written when the analyst cleared every rename', async () => {
    const { types } = await releaseTypesOf({});
    expect(types).toEqual({
      '1': 'Parole',
      '2': 'PAROLE',
      '3': 'Discharged – End of Sentence',
      '4': 'Special Sentence',
    });
  });
});
