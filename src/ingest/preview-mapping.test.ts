import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { startNodeRunner } from '../engine/node-runner';
import { sql } from '../model/sql';
import { analyseFile } from './analyse-file';
import { draftMapping } from './draft-mapping';
import { previewMapping } from './preview-mapping';

const SEATTLE = path.resolve(
  __dirname,
  '../../tests/fixtures/real-data/seattle-terry-stops-2015-2017.csv',
);

describe('mapping preview', () => {
  it('shows the first records as the mapping reads them, and leaves no table behind', async () => {
    const bytes = readFileSync(SEATTLE);
    const file = Object.assign(new Blob([bytes]), { name: 'seattle.csv' });
    const analysis = await analyseFile(file);
    const runner = await startNodeRunner();
    const tables = sql('SELECT count(*) AS n FROM duckdb_tables()');
    const before = await runner.rows(tables);

    const rows = await previewMapping(
      runner,
      file,
      analysis,
      draftMapping(analysis, 'UTC'),
      5,
    );

    const records = Papa.parse<Record<string, string>>(bytes.toString('utf8'), {
      header: true,
      preview: 5,
    }).data;
    expect(rows.map((row) => [row.occurred_on, row.arrest, row.source_line])).toEqual(
      records.map((record, index) => [
        record.Reported_Date,
        record.ArrestFlag === 'Y',
        index + 2,
      ]),
    );
    expect(await runner.rows(tables)).toEqual(before);
  });
});
