/**
 * Loads the bundled synthetic workspace so a first visit shows a working dashboard.
 * The files are served by the app itself; nothing is fetched from elsewhere.
 */
import workspace from '../../sample-data/workspace.json';
import type { QueryRunner } from '../engine/query-runner';
import type { DatasetKind } from '../model/datasets';
import type { EventSource } from '../model/event-source';
import type { ProgramSettings } from '../model/programs';
import type { WorkspaceSettings } from '../model/workspace-settings';
import { datasetEventSources } from '../metrics/event-sources';
import { loadCanonicalCSV } from './canonical-csv';

const FILE_URLS = import.meta.glob<string>('../../sample-data/*.csv', {
  query: '?url',
  import: 'default',
  eager: true,
});

/** The sample's settings, as its generator describes them. */
export const SAMPLE_SETTINGS: WorkspaceSettings = {
  programs: workspace.programs as unknown as readonly ProgramSettings[],
  timeZone: workspace.timeZone,
  fiscalYearStartMonth: workspace.fiscalYearStartMonth,
  suppression: 'cms',
  suppressOnScreen: false,
};

/** Loads every sample dataset into its canonical table; returns the month view's sources. */
export async function loadSampleTables(
  runner: QueryRunner,
  files: readonly { dataset: DatasetKind; bytes: Uint8Array }[],
): Promise<EventSource[]> {
  for (const file of files)
    await loadCanonicalCSV(runner, file.dataset, file.bytes, 'sample');
  return files.flatMap((file) => datasetEventSources(file.dataset, [], true));
}

/** Fetches the bundled sample files from the app's own origin and loads them. */
export async function loadSampleWorkspace(runner: QueryRunner): Promise<EventSource[]> {
  const files = await Promise.all(
    workspace.files.map(async ({ dataset, file }) => {
      const url = FILE_URLS[`../../sample-data/${file}`];
      if (!url) throw new Error(`The sample file ${file} is missing from the build.`);
      const response = await fetch(url);
      if (!response.ok) throw new Error(`The sample file ${file} could not be read.`);
      return {
        dataset: dataset as DatasetKind,
        bytes: new Uint8Array(await response.arrayBuffer()),
      };
    }),
  );
  return loadSampleTables(runner, files);
}
