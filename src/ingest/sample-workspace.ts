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
import { quoteIdentifier } from '../model/sql';
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

/** The month view's source over the sample's contacts. */
export const SAMPLE_EVENT_SOURCE: EventSource = {
  id: 'sample',
  label: 'Sample workspace (synthetic data)',
  table: 'events_sample',
  eventNoun: 'contacts',
  outcomeLabel: 'use of force',
  breakdowns: ['Program', 'Area', 'Contact type'],
  synthetic: true,
};

/** Loads every sample dataset into its canonical table and the month view's source. */
export async function loadSampleTables(
  runner: QueryRunner,
  files: readonly { dataset: DatasetKind; bytes: Uint8Array }[],
): Promise<EventSource> {
  for (const file of files)
    await loadCanonicalCSV(runner, file.dataset, file.bytes, 'sample');
  await runner.execute(
    `CREATE OR REPLACE VIEW events_sample AS
       SELECT occurred_on, use_of_force AS outcome, program AS ${quoteIdentifier('Program')},
              area AS ${quoteIdentifier('Area')},
              contact_type AS ${quoteIdentifier('Contact type')}
       FROM contacts`,
  );
  return SAMPLE_EVENT_SOURCE;
}

/** Fetches the bundled sample files from the app's own origin and loads them. */
export async function loadSampleWorkspace(runner: QueryRunner): Promise<EventSource> {
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
