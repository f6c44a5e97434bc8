import { describe, expect, it } from 'vitest';
import { startNodeRunner } from '../engine/node-runner';
import { sql } from '../model/sql';
import { restoreWorkspaceSnapshot, saveWorkspaceSnapshot } from './workspace-snapshot';
import { memoryWorkspaceStore } from './workspace-store';

const METADATA = { programs: [], importLog: [], profiles: [] };

describe('opening a workspace saved before source_record existed', () => {
  it('adds source_record filled from record_key, and leaves other tables alone', async () => {
    const older = await startNodeRunner();
    await older.execute(`CREATE TABLE force_incidents (record_key VARCHAR,
        import_id VARCHAR, source_line INTEGER, occurred_on DATE);
      INSERT INTO force_incidents VALUES ('37799#1', 'imp', 2, DATE '2020-12-23'),
        ('37799#2', 'imp', 2, DATE '2020-12-23'), ('35507', 'imp', 3, DATE '2020-12-14');
      CREATE TABLE notes (record_key VARCHAR);
      INSERT INTO notes VALUES ('n1')`);
    const store = memoryWorkspaceStore();
    await saveWorkspaceSnapshot(older, store, METADATA, { tables: ['notes'] });

    const current = await startNodeRunner();
    await restoreWorkspaceSnapshot(current, store);
    expect(
      await current.rows(
        sql(`SELECT record_key, source_record FROM force_incidents ORDER BY record_key`),
      ),
    ).toEqual([
      { record_key: '35507', source_record: '35507' },
      { record_key: '37799#1', source_record: '37799#1' },
      { record_key: '37799#2', source_record: '37799#2' },
    ]);
    expect(
      await current.rows(
        sql(`SELECT column_name FROM duckdb_columns() WHERE table_name = 'notes'`),
      ),
    ).toEqual([{ column_name: 'record_key' }]);
  });

  it('adds an empty incident_key to force incidents saved before it existed', async () => {
    const older = await startNodeRunner();
    await older.execute(`CREATE TABLE force_incidents (record_key VARCHAR,
        source_record VARCHAR, import_id VARCHAR, source_line INTEGER, occurred_on DATE);
      INSERT INTO force_incidents VALUES ('R1', 'R1', 'imp', 2, DATE '2020-12-23'),
        ('R2', 'R2', 'imp', 3, DATE '2020-12-23')`);
    const store = memoryWorkspaceStore();
    await saveWorkspaceSnapshot(older, store, METADATA);

    const current = await startNodeRunner();
    await restoreWorkspaceSnapshot(current, store);
    expect(
      await current.rows(
        sql(`SELECT record_key, source_record, incident_key FROM force_incidents
          ORDER BY record_key`),
      ),
    ).toEqual([
      { record_key: 'R1', source_record: 'R1', incident_key: null },
      { record_key: 'R2', source_record: 'R2', incident_key: null },
    ]);
  });
});
