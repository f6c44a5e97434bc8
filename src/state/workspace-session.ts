/**
 * The workspace's life outside React: open it (a saved workspace, or the synthetic
 * sample on a first visit), persist it after each change, forget it, and move it in
 * and out of one file.
 */
import type { QueryRunner } from '../engine/query-runner';
import type { ImportMapping } from '../ingest/import-mapping';
import { loadSampleWorkspace, SAMPLE_SETTINGS } from '../ingest/sample-workspace';
import type { EventSource } from '../model/event-source';
import type { WorkspaceSettings } from '../model/workspace-settings';
import { listEventSources } from './event-source-catalog';
import type { MappingProfile } from './profile';
import { forgetAllData, listUserRelations } from './workspace-forget';
import type { JsonValue } from './workspace-json';
import {
  captureWorkspace,
  loadWorkspace,
  readSnapshotFromStore,
  writeSnapshotToStore,
} from './workspace-snapshot';
import { workspaceFromFile, workspaceToFile } from './workspace-file';
import type { WorkspaceStore } from './workspace-store';

/** Everything a ready workspace holds besides its tables. */
export interface WorkspaceContents {
  /** 'sample' until the analyst's first import replaces the synthetic data. */
  readonly origin: 'sample' | 'analyst';
  readonly sources: readonly EventSource[];
  readonly settings: WorkspaceSettings;
  readonly profiles: readonly MappingProfile<ImportMapping>[];
  readonly importLog: readonly JsonValue[];
}

const SETTINGS_KEY = 'settings';

/** Loads the synthetic sample into an empty database. */
export async function openSample(runner: QueryRunner): Promise<WorkspaceContents> {
  const sources = await loadSampleWorkspace(runner);
  return {
    origin: 'sample',
    sources,
    settings: SAMPLE_SETTINGS,
    profiles: [],
    importLog: [],
  };
}

/** Opens the workspace saved in the browser, or the sample when none was saved. */
export async function openWorkspace(
  runner: QueryRunner,
  store: WorkspaceStore,
): Promise<WorkspaceContents> {
  const snapshot = await readSnapshotFromStore(store);
  if (!snapshot) return openSample(runner);
  const metadata = await loadWorkspace(runner, snapshot);
  const saved = (await store.get(SETTINGS_KEY)) as WorkspaceSettings | undefined;
  return {
    origin: 'analyst',
    sources: await listEventSources(runner, false),
    settings: { ...SAMPLE_SETTINGS, ...saved, programs: metadata.programs },
    profiles: metadata.profiles as MappingProfile<ImportMapping>[],
    importLog: metadata.importLog,
  };
}

/** Saves tables, profiles, programs and settings so the next visit finds them. */
export async function persistWorkspace(
  runner: QueryRunner,
  store: WorkspaceStore,
  contents: WorkspaceContents,
): Promise<void> {
  // The synthetic sample is never saved: it is rebuilt from the app's own files.
  if (contents.origin === 'sample') return;
  const snapshot = await captureWorkspace(runner, {
    programs: contents.settings.programs,
    profiles: contents.profiles,
    importLog: contents.importLog,
  });
  await writeSnapshotToStore(store, snapshot);
  await store.setMany([[SETTINGS_KEY, contents.settings]]);
}

/** Drops the synthetic sample's tables before the analyst's first import. */
export async function clearSample(runner: QueryRunner): Promise<void> {
  for (const relation of await listUserRelations(runner)) {
    await runner.execute(`DROP ${relation}`);
  }
}

/** Empties the database and the browser's storage, then shows the sample again. */
export async function forgetWorkspace(
  runner: QueryRunner,
  store: WorkspaceStore,
): Promise<WorkspaceContents> {
  await forgetAllData(runner, store);
  return openSample(runner);
}

/** The whole workspace as one file for the analyst to keep or move. */
export async function workspaceFile(
  runner: QueryRunner,
  contents: WorkspaceContents,
): Promise<Blob> {
  const snapshot = await captureWorkspace(runner, {
    programs: contents.settings.programs,
    profiles: contents.profiles,
    importLog: contents.importLog,
  });
  return workspaceToFile(snapshot);
}

/** Replaces the workspace with one opened from a file, and saves it in the browser. */
export async function openWorkspaceFile(
  runner: QueryRunner,
  store: WorkspaceStore,
  file: Blob,
): Promise<WorkspaceContents> {
  const snapshot = await workspaceFromFile(file);
  await forgetAllData(runner, store);
  await writeSnapshotToStore(store, snapshot);
  return openWorkspace(runner, store);
}
