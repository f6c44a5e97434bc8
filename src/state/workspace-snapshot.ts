/**
 * Saves the workspace (tables, program settings, import log, mapping profiles) so it
 * survives a reload, and restores it. Tables travel as CSV bytes with their exact
 * column types beside them; see workspace-tables.ts for why the round trip is exact.
 */
import type { QueryRunner } from '../engine/query-runner';
import { DATASET_FIELDS, datasetTable, type DatasetKind } from '../model/datasets';
import { quoteIdentifier } from '../model/sql';
import { WorkspaceError } from './workspace-errors';
import {
  readManifest,
  WORKSPACE_FORMAT,
  WORKSPACE_VERSION,
  type TableEntry,
  type WorkspaceMetadata,
  type WorkspaceSnapshot,
} from './workspace-manifest';
import type { WorkspaceStore } from './workspace-store';
import { upgradeSavedTables } from './workspace-upgrade';
import {
  assertRowCount,
  exportTableCSV,
  importTableCSV,
  listTables,
  type TableSchema,
} from './workspace-tables';

/** Tables to save beyond the canonical ones, e.g. the base tables of event views. */
export interface SnapshotOptions {
  readonly tables?: readonly string[];
  readonly now?: Date;
}

const MANIFEST_KEY = 'manifest';
const tableKey = (index: number) => `table/${index}`;

/** Names of the canonical tables, whether or not they exist yet. */
export function canonicalTableNames(): string[] {
  return Object.keys(DATASET_FIELDS).map((kind) => datasetTable(kind as DatasetKind));
}

function pickTables(existing: TableSchema[], extra: readonly string[]): TableSchema[] {
  const byName = new Map(existing.map((table) => [table.name, table]));
  const missing = extra.find((name) => !byName.has(name));
  if (missing !== undefined)
    throw new WorkspaceError(
      'missing-table',
      `The table "${missing}" cannot be saved: it does not exist ` +
        '(a view cannot be saved; save its base table).',
    );
  const wanted = new Set([...canonicalTableNames(), ...extra]);
  return existing.filter((table) => wanted.has(table.name));
}

/** Reads every canonical table that exists, plus `options.tables`, into a snapshot. */
export async function captureWorkspace(
  runner: QueryRunner,
  metadata: WorkspaceMetadata,
  options: SnapshotOptions = {},
): Promise<WorkspaceSnapshot> {
  const tables = pickTables(await listTables(runner), options.tables ?? []);
  const entries: TableEntry[] = [];
  const data: Uint8Array[] = [];
  for (const table of tables) {
    const { bytes, rows } = await exportTableCSV(runner, table);
    entries.push({ ...table, rows, bytes: bytes.byteLength });
    data.push(bytes);
  }

  const manifest = {
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    savedAt: (options.now ?? new Date()).toISOString(),
    tables: entries,
    programs: metadata.programs,
    importLog: metadata.importLog,
    profiles: metadata.profiles,
  } as const;
  return { manifest, tables: data };
}

/**
 * Replaces the database's workspace tables with a snapshot's, in one transaction:
 * canonical tables the snapshot lacks are dropped, others are left alone, and tables
 * saved by an older version gain the columns added since.
 */
export async function loadWorkspace(
  runner: QueryRunner,
  snapshot: WorkspaceSnapshot,
): Promise<WorkspaceMetadata> {
  const { manifest } = snapshot;
  const saved = new Set(manifest.tables.map((table) => table.name));
  const stale = canonicalTableNames().filter((name) => !saved.has(name));

  await runner.execute('BEGIN TRANSACTION');
  try {
    for (const name of stale)
      await runner.execute(`DROP TABLE IF EXISTS ${quoteIdentifier(name)}`);
    for (const [index, table] of manifest.tables.entries()) {
      const rows = await importTableCSV(runner, table, snapshot.tables[index]!);
      assertRowCount(table.name, table.rows, rows);
    }
    await upgradeSavedTables(runner);
    await runner.execute('COMMIT');
  } catch (error) {
    await runner.execute('ROLLBACK');
    throw error;
  }
  const { programs, importLog, profiles } = manifest;
  return { programs, importLog, profiles };
}

// IndexedDB clones a view's whole underlying buffer; keep only the view's own bytes.
const ownBytes = (bytes: Uint8Array) =>
  bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
    ? bytes
    : bytes.slice();

/** Writes a snapshot to the store in one transaction, then removes tables it no longer has. */
export async function writeSnapshotToStore(
  store: WorkspaceStore,
  snapshot: WorkspaceSnapshot,
): Promise<void> {
  const entries = snapshot.tables.map(
    (bytes, index) => [tableKey(index), ownBytes(bytes)] as const,
  );
  const keep = new Set([MANIFEST_KEY, ...entries.map(([key]) => key)]);
  await store.setMany([...entries, [MANIFEST_KEY, snapshot.manifest]]);
  await store.delMany((await store.keys()).filter((key) => !keep.has(key)));
}

/** Reads the snapshot kept in the store, or null when none was saved. */
export async function readSnapshotFromStore(
  store: WorkspaceStore,
): Promise<WorkspaceSnapshot | null> {
  const stored = await store.get(MANIFEST_KEY);
  if (stored === undefined) return null;
  const manifest = readManifest(stored);

  const tables: Uint8Array[] = [];
  for (const [index, table] of manifest.tables.entries()) {
    const bytes = await store.get(tableKey(index));
    if (!(bytes instanceof Uint8Array) || bytes.byteLength !== table.bytes)
      throw new WorkspaceError(
        'damaged-file',
        'The workspace saved in this browser is incomplete: ' +
          `table "${table.name}" is missing or cut short. ` +
          'Open a saved workspace file, or forget all data and import again.',
      );
    tables.push(bytes);
  }
  return { manifest, tables };
}

/** Saves the workspace to the store so it survives closing the browser. */
export async function saveWorkspaceSnapshot(
  runner: QueryRunner,
  store: WorkspaceStore,
  metadata: WorkspaceMetadata,
  options: SnapshotOptions = {},
): Promise<WorkspaceSnapshot> {
  const snapshot = await captureWorkspace(runner, metadata, options);
  await writeSnapshotToStore(store, snapshot);
  return snapshot;
}

/** Restores the workspace saved in the store; null when nothing was saved. */
export async function restoreWorkspaceSnapshot(
  runner: QueryRunner,
  store: WorkspaceStore,
): Promise<WorkspaceMetadata | null> {
  const snapshot = await readSnapshotFromStore(store);
  return snapshot ? loadWorkspace(runner, snapshot) : null;
}
