/**
 * Brings tables saved by an older version up to the current model after a restore.
 * Workspaces saved before `source_record` existed lack it; each of their rows was
 * stored under its own key, so the key is the best value it can have.
 *
 * Known limitation: records split from one packed row by such an older version keep
 * separate keys, so they count as separate events until that export is imported again.
 */
import type { QueryRunner } from '../engine/query-runner';
import { quoteIdentifier, sql } from '../model/sql';
import { DATASET_FIELDS, datasetTable, type DatasetKind } from '../model/datasets';

const COLUMN = 'source_record';

async function tablesLackingSourceRecord(runner: QueryRunner): Promise<string[]> {
  const names = (Object.keys(DATASET_FIELDS) as DatasetKind[]).map(datasetTable);
  const rows = await runner.rows(
    sql(
      `SELECT t.table_name FROM duckdb_tables() t
       WHERE t.schema_name = 'main' AND t.table_name IN (${names.map(() => '?').join(', ')})
         AND NOT EXISTS (SELECT 1 FROM duckdb_columns() c
           WHERE c.schema_name = 'main' AND c.table_name = t.table_name
             AND c.column_name = ?)
       ORDER BY 1`,
      [...names, COLUMN],
    ),
  );
  return rows.map((row) => String(row.table_name));
}

/** Adds `source_record`, filled from `record_key`, to canonical tables that lack it. */
export async function upgradeSavedTables(runner: QueryRunner): Promise<void> {
  for (const table of await tablesLackingSourceRecord(runner)) {
    const name = quoteIdentifier(table);
    await runner.execute(`ALTER TABLE ${name} ADD COLUMN ${quoteIdentifier(COLUMN)} VARCHAR;
      UPDATE ${name} SET ${quoteIdentifier(COLUMN)} = record_key`);
  }
}
