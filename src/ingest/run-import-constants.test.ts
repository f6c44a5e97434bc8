/** Fixed values: a date fixed for a whole one-day extract dates every record. */
import { describe, expect, it } from 'vitest';
import { startNodeRunner } from '../engine/node-runner';
import { sql } from '../model/sql';
import type { ImportMapping } from './import-mapping';
import { mappingProblems } from './mapping-checks';
import { runImport } from './run-import';
import { importRequest } from './run-import-test-helpers';

describe('a date fixed for the whole file', () => {
  it('dates every record of an export that has no date column', async () => {
    const mapping: ImportMapping = {
      dataset: 'contacts',
      recordIdColumn: 'id',
      program: { kind: 'whole-file', program: 'Outreach' },
      timeZone: 'America/Chicago',
      earliestPlausibleDate: '2010-01-01',
      columns: [{ column: 'area', target: { kind: 'field', field: 'area' } }],
      constants: { occurred_on: '2024-01-15' },
    };
    expect(mappingProblems(mapping)).toEqual([]);
    const runner = await startNodeRunner();
    const csv = 'id,area\n1,North\n2,South\n3,North\n';
    const { report } = await runImport(runner, importRequest(csv, mapping));
    expect(report.merge?.new).toBe(3);
    const rows = await runner.rows(
      sql('SELECT occurred_on, count(*) AS n FROM contacts GROUP BY occurred_on'),
    );
    expect(rows).toEqual([{ occurred_on: '2024-01-15', n: 3 }]);
  });
});
