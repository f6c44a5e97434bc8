import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { startNodeRunner } from '../engine/node-runner';
import { sql } from '../model/sql';
import { createFixtureWorkspace, FIXTURE_METADATA } from './workspace-fixtures';
import { forgetAllData } from './workspace-forget';
import { restoreWorkspaceSnapshot, saveWorkspaceSnapshot } from './workspace-snapshot';
import { indexedDBWorkspaceStore } from './workspace-store';

describe('forgetAllData', () => {
  it('leaves no table, view or stored key behind', async () => {
    const runner = await startNodeRunner();
    await createFixtureWorkspace(runner);
    await runner.execute('CREATE TEMP TABLE staging AS SELECT 1 AS x');
    const store = indexedDBWorkspaceStore('forget-test');
    await saveWorkspaceSnapshot(runner, store, FIXTURE_METADATA, {
      tables: ['stops_raw'],
    });
    expect((await store.keys()).length).toBeGreaterThan(1);

    await forgetAllData(runner, store);

    const left = await runner.rows(
      sql(`SELECT table_name AS name FROM duckdb_tables() WHERE NOT internal
           UNION ALL SELECT view_name FROM duckdb_views() WHERE NOT internal`),
    );
    expect(left).toEqual([]);
    expect(await store.keys()).toEqual([]);
    expect(await indexedDBWorkspaceStore('forget-test').keys()).toEqual([]);
  });

  it('leaves nothing for a later visit to restore', async () => {
    const runner = await startNodeRunner();
    await createFixtureWorkspace(runner);
    const store = indexedDBWorkspaceStore('forget-test-2');
    await saveWorkspaceSnapshot(runner, store, FIXTURE_METADATA);
    await forgetAllData(runner, store);

    expect(await restoreWorkspaceSnapshot(await startNodeRunner(), store)).toBeNull();
  });
});
