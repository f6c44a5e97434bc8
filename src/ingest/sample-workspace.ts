/**
 * Loads the bundled synthetic workspace so a first visit shows a working dashboard.
 * The files are served by the app itself; nothing is fetched from elsewhere.
 */
import contactsURL from '../../sample-data/contacts.csv?url';
import type { QueryRunner } from '../engine/query-runner';
import { datasetColumns } from '../model/datasets';
import type { EventSource } from '../model/event-source';
import { quoteIdentifier, quoteLiteral } from '../model/sql';

const LOADER_COLUMNS = new Set(['import_id', 'source_line']);

/** Contacts columns as the sample file writes them, with their DuckDB types. */
function sampleContactColumns(): string {
  return datasetColumns('contacts')
    .filter((field) => !LOADER_COLUMNS.has(field.name))
    .map((field) => `${quoteLiteral(field.name)}: ${quoteLiteral(field.type)}`)
    .join(', ');
}

/** Loads sample-data/contacts.csv into `contacts` and returns its event source. */
export async function loadSampleWorkspace(runner: QueryRunner): Promise<EventSource> {
  const response = await fetch(contactsURL);
  if (!response.ok)
    throw new Error(`The sample data could not be read (${response.status}).`);
  await runner.registerFile(
    'sample_contacts.csv',
    new Uint8Array(await response.arrayBuffer()),
  );

  await runner.execute(
    `CREATE OR REPLACE TABLE contacts AS SELECT * FROM read_csv('sample_contacts.csv',
       header = true, auto_detect = false, columns = {${sampleContactColumns()}});
     CREATE OR REPLACE VIEW events_sample AS
       SELECT occurred_on, use_of_force AS outcome, program AS ${quoteIdentifier('Program')},
              area AS ${quoteIdentifier('Area')},
              contact_type AS ${quoteIdentifier('Contact type')}
       FROM contacts`,
  );
  await runner.dropFile('sample_contacts.csv');
  return {
    id: 'sample',
    label: 'Sample workspace (synthetic data)',
    table: 'events_sample',
    eventNoun: 'contacts',
    outcomeLabel: 'use of force',
    breakdowns: ['Program', 'Area', 'Contact type'],
    synthetic: true,
  };
}
