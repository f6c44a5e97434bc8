/**
 * Moves one table between DuckDB and CSV bytes without losing anything: every
 * non-NULL field is quoted and read back with quoted NULLs off, so NULL (an empty
 * unquoted field) and the empty string (`""`) stay apart; types are given
 * explicitly, never sniffed.
 */
import type { QueryRunner } from '../engine/query-runner';
import { workFile } from '../model/work-files';
import { quoteIdentifier, quoteLiteral, sql } from '../model/sql';
import {
  assertSupportedColumns,
  columnFromCSVText,
  columnToCSVText,
  csvReadType,
} from './workspace-columns';
import { WorkspaceError } from './workspace-errors';
import type { ColumnSchema } from './workspace-manifest';

/** A table's name and its columns in table order. */
export interface TableSchema {
  readonly name: string;
  readonly columns: readonly ColumnSchema[];
}

let scratchCount = 0;

// Generated names only: table names are user input and never become file names.
function scratchFileName(): string {
  scratchCount += 1;
  return workFile(`snapshot-${Date.now()}-${scratchCount}.csv`);
}

/** Every base table of the main schema with its columns (views are not listed). */
export async function listTables(runner: QueryRunner): Promise<TableSchema[]> {
  const rows = await runner.rows(
    sql(`SELECT c.table_name, c.column_name, c.data_type
         FROM duckdb_columns() c
         JOIN duckdb_tables() t USING (database_name, schema_name, table_name)
         WHERE t.database_name = current_database() AND t.schema_name = 'main'
           AND NOT t.internal
         ORDER BY c.table_name, c.column_index`),
  );
  const tables = new Map<string, ColumnSchema[]>();
  for (const row of rows) {
    const name = String(row.table_name);
    const columns = tables.get(name) ?? [];
    columns.push({ name: String(row.column_name), type: String(row.data_type) });
    tables.set(name, columns);
  }
  return [...tables].map(([name, columns]) => ({ name, columns }));
}

/**
 * Rows per COPY of a table export. Writing one large in-memory file takes time
 * growing faster than its size (measured under duckdb-wasm: a million contacts,
 * 390 MB, took 25 s in one COPY and 8 s in COPYs of 50,000 rows), so the table is
 * written in ranges of this many rowids and the pieces joined.
 */
export const EXPORT_BATCH_ROWS = 50_000;

/**
 * Writes a table to CSV bytes, in rowid order, and returns them with the number of
 * rows written; batchRows is for tests.
 */
export async function exportTableCSV(
  runner: QueryRunner,
  table: TableSchema,
  batchRows: number = EXPORT_BATCH_ROWS,
): Promise<{ bytes: Uint8Array; rows: number }> {
  assertSupportedColumns(table.name, table.columns);
  const name = quoteIdentifier(table.name);
  const [extent] = await runner.rows(sql(`SELECT max(rowid) AS last FROM ${name}`));
  const last = extent?.last === null || extent === undefined ? -1 : Number(extent.last);
  // A column named rowid would hide the row ids; such a table is written in one go.
  const byRowid = !table.columns.some((c) => c.name.toLowerCase() === 'rowid');
  const parts: Uint8Array[] = [];
  let rows = 0;
  for (let start = 0; start === 0 || start <= last; start += batchRows) {
    const range =
      byRowid && last >= batchRows ? { from: start, to: start + batchRows } : null;
    const part = await exportRowsCSV(runner, table, range, start === 0);
    parts.push(part.bytes);
    rows += part.rows;
    if (range === null) break;
  }
  return { bytes: concatBytes(parts), rows };
}

/** One COPY of the rows whose rowid is in [from, to), or of all rows; header on request. */
async function exportRowsCSV(
  runner: QueryRunner,
  table: TableSchema,
  range: { readonly from: number; readonly to: number } | null,
  header: boolean,
): Promise<{ bytes: Uint8Array; rows: number }> {
  const file = scratchFileName();
  const select = table.columns.map(columnToCSVText).join(', ');
  const where = range ? ' WHERE rowid >= ? AND rowid < ?' : '';
  const params = range ? [range.from, range.to] : [];
  // Registered empty first so the Node build writes to memory, not to the disk; no
  // temporary file, because DuckDB's rename of it would leave the buffer empty.
  await runner.registerFile(file, new Uint8Array());
  try {
    const [result] = await runner.rows(
      sql(
        `COPY (SELECT ${select} FROM ${quoteIdentifier(table.name)}${where}) TO ${quoteLiteral(file)}
           (FORMAT CSV, HEADER ${header ? 'true' : 'false'}, DELIMITER ',', QUOTE '"',
            ESCAPE '"', FORCE_QUOTE *, USE_TMP_FILE false)`,
        params,
      ),
    );
    const bytes = await runner.copyFileToBuffer(file);
    return { bytes, rows: Number(result?.Count ?? Number.NaN) };
  } finally {
    await runner.dropFile(file);
  }
}

function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1 && parts[0]) return parts[0];
  const joined = new Uint8Array(parts.reduce((n, part) => n + part.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.byteLength;
  }
  return joined;
}

/** Creates (or replaces) a table with its saved types and loads its CSV bytes. */
export async function importTableCSV(
  runner: QueryRunner,
  table: TableSchema,
  bytes: Uint8Array,
): Promise<number> {
  // Types are spliced into DDL, and a workspace file is untrusted: allow-list them first.
  assertSupportedColumns(table.name, table.columns);
  const file = scratchFileName();
  const definitions = table.columns.map(
    (column) => `${quoteIdentifier(column.name)} ${column.type}`,
  );
  const readTypes = table.columns.map(
    (column) => `${quoteLiteral(column.name)}: ${quoteLiteral(csvReadType(column))}`,
  );
  const name = quoteIdentifier(table.name);

  await runner.registerFile(file, bytes);
  try {
    await runner.execute(`CREATE OR REPLACE TABLE ${name} (${definitions.join(', ')});
      INSERT INTO ${name} SELECT ${table.columns.map(columnFromCSVText).join(', ')}
      FROM read_csv(${quoteLiteral(file)}, header = true, auto_detect = false,
        delim = ',', quote = '"', escape = '"', allow_quoted_nulls = false,
        columns = {${readTypes.join(', ')}})`);
    const [count] = await runner.rows(sql(`SELECT count(*) AS n FROM ${name}`));
    return Number(count?.n);
  } finally {
    await runner.dropFile(file);
  }
}

/** Throws a damaged-file error when a restored table's row count differs from the saved one. */
export function assertRowCount(table: string, expected: number, actual: number) {
  if (expected === actual) return;
  throw new WorkspaceError(
    'damaged-file',
    `The saved table "${table}" should have ${expected} rows ` +
      `but ${actual} could be read back; the workspace is damaged.`,
  );
}
