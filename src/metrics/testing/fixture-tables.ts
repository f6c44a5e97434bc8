/**
 * Test support: creates the canonical tables and loads fixture CSVs into them. The
 * database is described by its shape so this module needs nothing from the engine;
 * tests pass in startNodeRunner()'s runner.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATASET_FIELDS, datasetTable, type DatasetKind } from '../../model/datasets';
import { createTableStatements } from '../../model/create-tables';
import { workFile } from '../../model/work-files';
import { quoteIdentifier, quoteLiteral } from '../../model/sql';

/** The part of a query runner the fixture loader needs. */
export interface FixtureDatabase {
  execute(statements: string): Promise<void>;
  registerFile(name: string, bytes: Uint8Array): Promise<void>;
}

/** Folder holding the metric fixtures. */
export const METRIC_FIXTURES = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../tests/fixtures/metrics',
);

let registered = 0;

/** Creates every canonical table, empty. */
export async function createCanonicalTables(db: FixtureDatabase): Promise<void> {
  const kinds = Object.keys(DATASET_FIELDS) as DatasetKind[];
  await db.execute(kinds.map(createTableStatements).join(';\n'));
}

/**
 * Appends a fixture CSV (path relative to METRIC_FIXTURES) to a dataset's table. The
 * CSV holds a subset of the canonical columns; values are read as text and cast by the
 * table's types, so the sniffer never guesses a type.
 */
export async function loadFixture(
  db: FixtureDatabase,
  kind: DatasetKind,
  relativePath: string,
): Promise<void> {
  const name = workFile(`metric-fixture-${++registered}.csv`);
  await db.registerFile(name, readFileSync(path.join(METRIC_FIXTURES, relativePath)));
  await db.execute(
    `INSERT INTO ${quoteIdentifier(datasetTable(kind))} BY NAME ` +
      `SELECT * FROM read_csv(${quoteLiteral(name)}, header = true, all_varchar = true)`,
  );
}
