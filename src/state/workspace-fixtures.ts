/**
 * Test-only fixture: a workspace whose values are the hard cases for a CSV round
 * trip (NULL beside empty text, quotes, commas and newlines in text, the literal
 * text `NULL`, leap days, microseconds, binary fractions, maps with empty and NULL
 * entries), with the values each row must come back with, written out by hand.
 */
import type { QueryRunner } from '../engine/query-runner';
import { createTableStatements } from '../model/create-tables';
import type { WorkspaceMetadata } from './workspace-manifest';
import { createMappingProfile } from './profile';

/** Creates `contacts`, `population` and a non-canonical `stops_raw` with a view on it. */
export async function createFixtureWorkspace(runner: QueryRunner): Promise<void> {
  await runner.execute(`${createTableStatements('contacts')};
    ${createTableStatements('population')};
    INSERT INTO contacts (record_key, import_id, source_line, program, area, occurred_on,
        occurred_at, contact_type, crisis, use_of_force, age, extra) VALUES
      ('c1', '', 1, NULL, 'North, "Beat 4"
second line', DATE '2024-02-29', TIMESTAMP '2024-02-29 23:59:59.123456', 'NULL',
       true, false, 17,
       MAP {'Beat': '4B', 'Note': 'a=b&c!%20', '': NULL, 'é ': ''}),
      ('c2', NULL, 2, '', NULL, DATE '1899-12-31', NULL, '', NULL, NULL, NULL, NULL),
      ('c3', 'imp-1', 3, 'CIT', 'South', NULL, TIMESTAMP '2024-01-01 00:00:00', NULL,
       false, true, 0, MAP {});
    INSERT INTO population (record_key, year, age_group, population) VALUES
      ('p1', 2024, 'youth 10-17', 0.1::DOUBLE + 0.2::DOUBLE),
      ('p2', 2023, 'all ages', -0.0::DOUBLE),
      ('p3', 2022, NULL, 1.7976931348623157e308);
    CREATE TABLE stops_raw (id BIGINT, fee DECIMAL(10,2), "odd ""name"", here" VARCHAR);
    INSERT INTO stops_raw VALUES (9007199254740993, 12.30, 'x'), (NULL, NULL, NULL);
    CREATE VIEW events_stops AS SELECT id FROM stops_raw`);
}

/** Metadata saved beside the fixture tables. */
export const FIXTURE_METADATA: WorkspaceMetadata = {
  programs: [
    {
      name: 'Crisis Intervention Team',
      kind: 'crisis_intervention',
      launchDate: '2023-07-01',
      pilotAreas: ['North'],
      comparisonAreas: ['South'],
      targets: { use_of_force_rate: 2.5 },
      fiscalYearStartMonth: 7,
    },
  ],
  importLog: [{ importId: 'imp-1', file: 'contacts.csv', rows: 3, warnings: [] }],
  profiles: [
    createMappingProfile(
      {
        name: 'Metro contacts',
        agency: 'Metro PD',
        exportType: 'contacts',
        columns: ['Call ID', 'Date'],
        mapping: { record_key: 'Call ID', occurred_on: 'Date' },
      },
      new Date('2024-05-01T00:00:00Z'),
    ),
  ],
};
