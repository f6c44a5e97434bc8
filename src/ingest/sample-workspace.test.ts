import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startNodeRunner } from '../engine/node-runner';
import type { DatasetKind } from '../model/datasets';
import { sql } from '../model/sql';
import { loadSampleTables } from './sample-workspace';

const SAMPLE = path.resolve(__dirname, '../../sample-data');
const workspace = JSON.parse(
  readFileSync(path.join(SAMPLE, 'workspace.json'), 'utf8'),
) as {
  files: { dataset: DatasetKind; file: string; rows: number }[];
};

describe('sample workspace', () => {
  it('loads every sample dataset with the row count its manifest states', async () => {
    const runner = await startNodeRunner();
    await loadSampleTables(
      runner,
      workspace.files.map(({ dataset, file }) => ({
        dataset,
        bytes: readFileSync(path.join(SAMPLE, file)),
      })),
    );
    for (const { dataset, rows } of workspace.files) {
      const [counted] = await runner.rows(sql(`SELECT count(*) AS n FROM "${dataset}"`));
      expect({ dataset, rows: counted?.n }).toEqual({ dataset, rows });
    }
    const [typed] = await runner.rows(
      sql(`SELECT any_value(typeof(occurred_on)) AS day, any_value(typeof(use_of_force)) AS flag,
                  min(source_line) AS first_line FROM contacts`),
    );
    expect(typed).toEqual({ day: 'DATE', flag: 'BOOLEAN', first_line: 2 });
  });
});
