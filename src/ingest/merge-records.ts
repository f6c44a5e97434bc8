/**
 * Incremental load of an import's canonical rows into its dataset's table, keyed by
 * record_key: a new key is inserted, a key whose content changed replaces the stored
 * record, an identical one is left alone. Next month's overlapping export therefore
 * adds only what is new. The caller holds the transaction.
 */
import type { QueryRunner } from '../engine/query-runner';
import { createTableStatements, EXTRA_COLUMN } from '../model/create-tables';
import { datasetColumns, datasetTable, type DatasetKind } from '../model/datasets';
import { quoteIdentifier as q, sql } from '../model/sql';

/** What the merge did, in records. */
export interface MergeCounts {
  readonly new: number;
  readonly updated: number;
  readonly unchanged: number;
}

/** The rows to merge: a table with the dataset's canonical columns. */
export interface MergeRequest {
  readonly dataset: DatasetKind;
  /** A table, not a view: the merge picks its rows by rowid. */
  readonly incomingTable: string;
  /** Letters, digits and underscores; names the merge's work table. */
  readonly importId: string;
}

/** Columns that say where a record came from, not what it says: not compared. */
const PROVENANCE = new Set(['record_key', 'source_record', 'import_id', 'source_line']);

/** Columns whose change makes a stored record out of date. */
export function contentColumns(dataset: DatasetKind): string[] {
  const fields = datasetColumns(dataset).map((f) => f.name);
  return [...fields.filter((name) => !PROVENANCE.has(name)), EXTRA_COLUMN];
}

/** Creates the dataset's table if this is its first import. */
export async function ensureDatasetTable(
  runner: QueryRunner,
  dataset: DatasetKind,
): Promise<void> {
  const [row] = await runner.rows(
    sql(
      `SELECT count(*) AS n FROM duckdb_tables() WHERE table_name = ? AND NOT temporary`,
      [datasetTable(dataset)],
    ),
  );
  if (Number(row?.n ?? 0) === 0) await runner.execute(createTableStatements(dataset));
}

/** Work-table column naming the incoming row (its rowid) a merge status is for. */
const INCOMING_ROW = 'incoming_row';

/**
 * One row per incoming key (a key twice in the file keeps its later line): the
 * incoming row's rowid and whether it is new, updated or unchanged against the
 * stored table. Only rowids and keys are sorted and kept, never whole records, so
 * the work table stays narrow however wide the dataset; the incoming table is not
 * changed during the merge, so its rowids stay valid.
 */
function classifySQL(request: MergeRequest, work: string): string {
  const target = q(datasetTable(request.dataset));
  const incoming = q(request.incomingTable);
  const changed = contentColumns(request.dataset)
    .map((c) => `i.${q(c)} IS DISTINCT FROM t.${q(c)}`)
    .join(' OR ');
  return `CREATE OR REPLACE TEMP TABLE ${q(work)} AS
SELECT i.rowid AS ${INCOMING_ROW}, i.record_key,
  CASE WHEN t.record_key IS NULL THEN 'new'
  WHEN ${changed} THEN 'updated' ELSE 'unchanged' END AS merge_status
FROM ${incoming} i
LEFT JOIN ${target} t ON t.record_key = i.record_key
WHERE i.rowid IN (SELECT rowid FROM ${incoming}
  QUALIFY row_number() OVER (PARTITION BY record_key ORDER BY source_line DESC) = 1)`;
}

/** Merges the incoming rows into the dataset's table and counts what happened. */
export async function mergeRecords(
  runner: QueryRunner,
  request: MergeRequest,
): Promise<MergeCounts> {
  const target = q(datasetTable(request.dataset));
  const work = `merge_${request.importId}`;
  await ensureDatasetTable(runner, request.dataset);
  await runner.execute(classifySQL(request, work));

  // No finally: after a failure the transaction is aborted and only ROLLBACK runs,
  // which also removes the work table created inside it.
  const [counts] = await runner.rows(
    sql(`SELECT count(*) FILTER (merge_status = 'new') AS new_records,
        count(*) FILTER (merge_status = 'updated') AS updated,
        count(*) FILTER (merge_status = 'unchanged') AS unchanged FROM ${q(work)}`),
  );
  await runner.execute(
    `DELETE FROM ${target} WHERE record_key IN
  (SELECT record_key FROM ${q(work)} WHERE merge_status = 'updated')`,
  );
  await runner.execute(
    `INSERT INTO ${target} BY NAME SELECT * FROM ${q(request.incomingTable)}
  WHERE rowid IN (SELECT ${INCOMING_ROW} FROM ${q(work)} WHERE merge_status <> 'unchanged')`,
  );
  await runner.execute(`DROP TABLE ${q(work)}`);
  return {
    new: Number(counts?.new_records ?? 0),
    updated: Number(counts?.updated ?? 0),
    unchanged: Number(counts?.unchanged ?? 0),
  };
}
