/**
 * Loads a CSV written in the canonical model's own columns (the sample workspace, a
 * restored snapshot) into its dataset table, with the model's types and no guessing.
 */
import type { QueryRunner } from '../engine/query-runner';
import { workFile } from '../model/work-files';
import { createTableStatements } from '../model/create-tables';
import { datasetColumns, datasetTable, type DatasetKind } from '../model/datasets';
import { quoteIdentifier, quoteLiteral } from '../model/sql';

/**
 * Columns a loader fills in itself, so canonical files leave them out; a canonical
 * row is one export row, so its source_record is its own record_key.
 */
const LOADER_COLUMNS = new Set(['source_record', 'import_id', 'source_line']);

/** The columns a canonical CSV of this dataset carries, in order. */
export function canonicalFileColumns(kind: DatasetKind) {
  return datasetColumns(kind).filter((field) => !LOADER_COLUMNS.has(field.name));
}

/** Creates the dataset's table if needed and appends the file's rows to it. */
export async function loadCanonicalCSV(
  runner: QueryRunner,
  kind: DatasetKind,
  bytes: Uint8Array,
  importId: string,
): Promise<void> {
  const fileName = workFile(`canonical_${kind}_${importId}.csv`);
  const columns = canonicalFileColumns(kind)
    .map((field) => `${quoteLiteral(field.name)}: ${quoteLiteral(field.type)}`)
    .join(', ');
  const table = quoteIdentifier(datasetTable(kind));

  await runner.registerFile(fileName, bytes);
  try {
    await runner.execute(
      `${createTableStatements(kind).replace('CREATE TABLE', 'CREATE TABLE IF NOT EXISTS')};
       INSERT INTO ${table} BY NAME
       SELECT *, record_key AS source_record, ${quoteLiteral(importId)} AS import_id,
              CAST(row_number() OVER () + 1 AS INTEGER) AS source_line,
              MAP {}::MAP(VARCHAR, VARCHAR) AS extra
       FROM read_csv(${quoteLiteral(fileName)}, header = true, auto_detect = false,
                     columns = {${columns}})`,
    );
  } finally {
    await runner.dropFile(fileName);
  }
}
