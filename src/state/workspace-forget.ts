/**
 * "Forget all data": empties the database and the browser storage, so nothing the
 * user imported remains on this computer.
 */
import type { QueryRunner } from '../engine/query-runner';
import { quoteIdentifier, sql } from '../model/sql';
import type { WorkspaceStore } from './workspace-store';

/** Every user table and view in the database, fully qualified, views first. */
export async function listUserRelations(runner: QueryRunner): Promise<string[]> {
  const rows = await runner.rows(
    sql(`SELECT 'VIEW' AS kind, database_name, schema_name, view_name AS name
         FROM duckdb_views() WHERE NOT internal
         UNION ALL
         SELECT 'TABLE', database_name, schema_name, table_name
         FROM duckdb_tables() WHERE NOT internal
         ORDER BY kind DESC`),
  );
  return rows.map((row) => {
    const path = [row.database_name, row.schema_name, row.name].map((part) =>
      quoteIdentifier(String(part)),
    );
    return `${String(row.kind)} ${path.join('.')}`;
  });
}

/**
 * Drops every table and view, not only the canonical ones, since staging and event
 * tables hold imported records too, then clears the store.
 */
export async function forgetAllData(
  runner: QueryRunner,
  store: WorkspaceStore,
): Promise<void> {
  const relations = await listUserRelations(runner);
  for (const relation of relations) await runner.execute(`DROP ${relation}`);
  await store.clear();
}
