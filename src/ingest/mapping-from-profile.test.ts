import { describe, expect, it } from 'vitest';
import { adaptMapping } from './mapping-from-profile';
import type { ImportMapping } from './import-mapping';

const mapping: ImportMapping = {
  dataset: 'arrests',
  columns: [
    {
      column: 'Arrest Date',
      target: { kind: 'field', field: 'occurred_on' },
      dateFormats: ['month-day-year'],
    },
    { column: 'Area', target: { kind: 'field', field: 'area' } },
    { column: 'Report ID', target: { kind: 'extra' } },
  ],
  recordIdColumn: 'Report ID',
  program: { kind: 'whole-file', program: 'Arrests' },
  timeZone: 'America/Los_Angeles',
  earliestPlausibleDate: '1990-01-01',
};

describe('mapping from a profile', () => {
  it('carries a renamed column over and keeps a new column as an extra attribute', () => {
    const adapted = adaptMapping(
      mapping,
      {
        added: ['Charge'],
        removed: [],
        renamed: [{ from: 'Area', to: 'Area Name' }],
        reordered: [],
      },
      ['Arrest Date', 'Area Name', 'Report ID', 'Charge'],
    );
    expect(adapted.columns).toEqual([
      mapping.columns[0],
      { column: 'Area Name', target: { kind: 'field', field: 'area' } },
      mapping.columns[2],
      { column: 'Charge', target: { kind: 'extra' } },
    ]);
    expect(adapted.recordIdColumn).toBe('Report ID');
  });

  it('drops the record id when its column is gone', () => {
    const adapted = adaptMapping(
      mapping,
      { added: [], removed: ['Report ID'], renamed: [], reordered: [] },
      ['Arrest Date', 'Area'],
    );
    expect(adapted.recordIdColumn).toBeNull();
    expect(adapted.columns.map((column) => column.column)).toEqual([
      'Arrest Date',
      'Area',
    ]);
  });
});
