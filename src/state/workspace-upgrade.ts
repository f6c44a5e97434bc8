/**
 * Brings tables saved by an older version up to the current model after a restore:
 * a canonical column the saved table lacks is added, so every metric's SQL finds it.
 * Workspaces saved before `source_record` existed get it filled from `record_key`
 * (each of their rows was stored under its own key, so the key is the best value it
 * can have); other added columns, such as `incident_key`, start empty.
 *
 * Known limitation: records split from one packed row by such an older version keep
 * separate keys, so they count as separate events until that export is imported
 * again; so do the reports of one incident saved before `incident_key` existed.
 */
import type { QueryRunner } from '../engine/query-runner';
import { quoteIdentifier, sql } from '../model/sql';
import {
  DATASET_FIELDS,
  datasetColumns,
  datasetTable,
  type DatasetKind,
} from '../model/datasets';

/** Added columns filled from another column rather than left empty. */
const FILLED_FROM: Readonly<Record<string, string>> = { source_record: 'record_key' };

async function savedColumns(runner: QueryRunner): Promise<Map<string, Set<string>>> {
  const rows = await runner.rows(
    sql(`SELECT t.table_name, c.column_name FROM duckdb_tables() t
       JOIN duckdb_columns() c
         ON c.schema_name = t.schema_name AND c.table_name = t.table_name
       WHERE t.schema_name = 'main'`),
  );
  const columns = new Map<string, Set<string>>();
  for (const row of rows) {
    const table = String(row.table_name);
    columns.set(table, (columns.get(table) ?? new Set()).add(String(row.column_name)));
  }
  return columns;
}

/** Adds the canonical columns a saved table lacks (see FILLED_FROM). */
export async function upgradeSavedTables(runner: QueryRunner): Promise<void> {
  const saved = await savedColumns(runner);
  for (const kind of Object.keys(DATASET_FIELDS) as DatasetKind[]) {
    const table = datasetTable(kind);
    const present = saved.get(table);
    if (!present) continue;
    const name = quoteIdentifier(table);
    for (const spec of datasetColumns(kind).filter((s) => !present.has(s.name))) {
      const column = quoteIdentifier(spec.name);
      const from = FILLED_FROM[spec.name];
      const fill = from
        ? `;\nUPDATE ${name} SET ${column} = ${quoteIdentifier(from)}`
        : '';
      await runner.execute(
        `ALTER TABLE ${name} ADD COLUMN ${column} ${spec.type}${fill}`,
      );
    }
  }
}
