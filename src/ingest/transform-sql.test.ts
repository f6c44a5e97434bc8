/**
 * The transform's SQL from a mapping: column order, keys of split and unpivoted
 * records, untrusted headers, and the mappings it refuses with a message.
 */
import { describe, expect, it } from 'vitest';
import { startNodeRunner } from '../engine/node-runner';
import { EXTRA_COLUMN } from '../model/create-tables';
import { datasetColumns } from '../model/datasets';
import { sql } from '../model/sql';
import type { ColumnMapping, ImportMapping } from './import-mapping';
import { runImport } from './run-import';
import { importRequest } from './run-import-test-helpers';
import { stageFile } from './stage-file';
import { transformSQL } from './transform-sql';

const field = (
  column: string,
  name: string,
  more: Partial<ColumnMapping> = {},
): ColumnMapping => ({ column, target: { kind: 'field', field: name }, ...more });

const base: ImportMapping = {
  dataset: 'contacts',
  columns: [],
  recordIdColumn: 'id',
  program: { kind: 'whole-file', program: 'Pilot' },
  timeZone: 'America/Chicago',
  earliestPlausibleDate: '2000-01-01',
};

describe('transformSQL', () => {
  it('selects every canonical column in table order, then extra', async () => {
    const runner = await startNodeRunner();
    const request = importRequest('id,date\n1,2024-01-02\n', base);
    const stage = await stageFile(runner, request);
    const mapping = {
      ...base,
      columns: [field('date', 'occurred_on', { dateFormats: ['iso-date' as const] })],
    };
    const rows = await runner.rows(
      sql(transformSQL(mapping, { stageTable: stage.table, importId: 'i1' })),
    );
    expect(Object.keys(rows[0] ?? {})).toEqual([
      ...datasetColumns('contacts').map((f) => f.name),
      EXTRA_COLUMN,
    ]);
    expect(rows[0]).toMatchObject({
      record_key: '1',
      import_id: 'i1',
      source_line: 2,
      occurred_on: '2024-01-02',
    });
  });

  it('keys split records by position and keeps a hostile header as an extra name', async () => {
    const header = 'x"); DROP TABLE contacts; --';
    const csv = `id,ages,"${header.replaceAll('"', '""')}"\n7,"15,40,",note\n`;
    const runner = await startNodeRunner();
    const mapping: ImportMapping = {
      ...base,
      split: { columns: ['ages'], delimiter: ',' },
      columns: [field('ages', 'age'), { column: header, target: { kind: 'extra' } }],
    };
    await runImport(runner, importRequest(csv, mapping));
    const rows = await runner.rows(
      sql(`SELECT record_key, age, extra[?] AS note FROM contacts ORDER BY 1`, [header]),
    );
    expect(rows).toEqual([
      { record_key: '7#1', age: 15, note: 'note' },
      { record_key: '7#2', age: 40, note: 'note' },
    ]);
  });

  it.each([
    ['a field the dataset lacks', [field('a', 'release_type')], 'not a field'],
    [
      'two columns for one field',
      [field('a', 'area'), field('b', 'area')],
      'Two columns',
    ],
    [
      'a time of day without its date',
      [field('a', 'time_of_day', { timeFormat: 'hhmm' })],
      'needs the date',
    ],
    ['a date without a format', [field('a', 'occurred_on')], 'date format'],
  ])('refuses %s', (_, columns, message) => {
    const mapping = { ...base, columns };
    expect(() => transformSQL(mapping, { stageTable: 's', importId: 'i' })).toThrow(
      message,
    );
  });

  it('refuses ages on a dataset without age fields', () => {
    const mapping: ImportMapping = {
      ...base,
      dataset: 'force_incidents',
      columns: [field('a', 'age')],
    };
    expect(() => transformSQL(mapping, { stageTable: 's', importId: 'i' })).toThrow(
      'no age',
    );
  });
});
