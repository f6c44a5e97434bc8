import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { startNodeRunner } from '../engine/node-runner';
import { sql } from '../model/sql';
import { createFixtureWorkspace, FIXTURE_METADATA } from './workspace-fixtures';
import {
  restoreWorkspaceSnapshot,
  saveWorkspaceSnapshot,
  writeSnapshotToStore,
} from './workspace-snapshot';
import {
  indexedDBWorkspaceStore,
  memoryWorkspaceStore,
  type WorkspaceStore,
} from './workspace-store';

describe.each([
  ['in memory', () => memoryWorkspaceStore()],
  ['in IndexedDB', () => indexedDBWorkspaceStore('store-test')],
])('workspace store %s', (_name, open: () => WorkspaceStore) => {
  it('writes, lists, reads and deletes entries', async () => {
    const store = open();
    await store.setMany([
      ['a', { n: 1 }],
      ['b', new Uint8Array([1, 2, 3])],
    ]);
    expect((await store.keys()).sort()).toEqual(['a', 'b']);
    expect(await store.get('b')).toEqual(new Uint8Array([1, 2, 3]));
    await store.delMany(['a']);
    expect(await store.get('a')).toBeUndefined();
    await store.clear();
    expect(await store.keys()).toEqual([]);
  });
});

describe('IndexedDB workspace store', () => {
  it('restores a saved workspace from a new connection, as on a later visit', async () => {
    const runner = await startNodeRunner();
    await createFixtureWorkspace(runner);
    await saveWorkspaceSnapshot(
      runner,
      indexedDBWorkspaceStore('visit-test'),
      FIXTURE_METADATA,
    );

    const later = await startNodeRunner();
    const metadata = await restoreWorkspaceSnapshot(
      later,
      indexedDBWorkspaceStore('visit-test'),
    );
    expect(metadata).toEqual(FIXTURE_METADATA);
    const rows = await later.rows(sql('SELECT count(*) AS n FROM population'));
    expect(rows).toEqual([{ n: 3 }]);
  });

  it('keeps a stored table as its own bytes, not the buffer it was cut from', async () => {
    const store = indexedDBWorkspaceStore('slice-test');
    const whole = new Uint8Array([9, 9, 1, 2, 9]);
    const manifest = {
      format: 'outcomestat-workspace',
      version: 1,
      savedAt: '2024-05-01T00:00:00.000Z',
      tables: [
        { name: 't', columns: [{ name: 'c', type: 'VARCHAR' }], rows: 0, bytes: 2 },
      ],
      ...FIXTURE_METADATA,
    } as const;
    await writeSnapshotToStore(store, { manifest, tables: [whole.subarray(2, 4)] });
    const stored = (await store.get('table/0')) as Uint8Array;
    expect(stored.buffer.byteLength).toBe(2);
  });
});
