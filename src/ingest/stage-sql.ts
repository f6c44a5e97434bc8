/**
 * SQL of the staging loader. Each chunk is read into a temporary table with positional
 * column names, joined by record order to the chunk's record index (which holds the
 * file lines), and appended to `stage_<importId>`.
 */
import { quoteIdentifier as q, quoteLiteral } from '../model/sql';
import { nonBlankRecordSQL, readCSVSQL, type ReaderDialect } from './read-csv-sql';
import { RECORD_LINE_COLUMNS } from './record-lines';
import type { LineTerminator } from './record-scan';

/** Tables one staging import creates; all are dropped if it fails or is cancelled. */
export interface StageTables {
  /** `source_line`, then one text column per distinct column name. */
  readonly stage: string;
  /** Rejected records by file line, with the column and DuckDB's reason. */
  readonly rejects: string;
  /** DuckDB's own reject tables, numbered by record within each chunk. */
  readonly readerErrors: string;
  readonly readerScans: string;
  /** The chunk being read. */
  readonly chunk: string;
}

/** Names of the tables of an import. */
export function stageTables(importId: string): StageTables {
  return {
    stage: `stage_${importId}`,
    rejects: `stage_rejects_${importId}`,
    readerErrors: `stage_reader_errors_${importId}`,
    readerScans: `stage_reader_scans_${importId}`,
    chunk: `stage_chunk_${importId}`,
  };
}

/** The column every staged row starts with: the file line its record starts on. */
export const SOURCE_LINE = 'source_line';

const positional = (index: number) => `c${index}`;

/** Creates the empty staging and rejects tables. */
export function createStageTablesSQL(
  tables: StageTables,
  columnNames: readonly string[],
): string {
  const columns = columnNames.map((name) => `${q(name)} VARCHAR`);
  return `CREATE TABLE ${q(tables.stage)} (${q(SOURCE_LINE)} INTEGER, ${columns.join(', ')});
CREATE TABLE ${q(tables.rejects)} (source_line INTEGER, column_position INTEGER,
  column_name VARCHAR, error_type VARCHAR, reason VARCHAR, csv_line VARCHAR)`;
}

const NEW_LINE: Record<LineTerminator, string> = { crlf: "'\\r\\n'", lf: "'\\n'" };

/**
 * Reads one chunk file into the temporary chunk table, in file order. The record
 * terminator is the file's, given explicitly: DuckDB guesses it from the first line
 * break of each chunk even inside quotes, and then fails on the chunk's other records.
 * `parallel = false` because DuckDB's parallel scanner refuses null_padding on files
 * with quoted line breaks ("does not support null_padding in conjunction with quoted
 * new lines").
 */
export function loadChunkSQL(
  tables: StageTables,
  fileName: string,
  dialect: ReaderDialect,
  terminator: LineTerminator | null,
): string {
  const reader = readCSVSQL(
    fileName,
    { ...dialect, skipLines: 0 },
    { errors: tables.readerErrors, scans: tables.readerScans },
  );
  if (!reader.endsWith(')')) throw new Error('Unexpected read_csv expression.');
  const newLine = terminator ? `, new_line = ${NEW_LINE[terminator]}` : '';
  const serial = `${reader.slice(0, -1)}, parallel = false${newLine})`;
  const columns = dialect.columnNames.map((name, i) => `${q(name)} AS ${positional(i)}`);
  return `CREATE OR REPLACE TEMP TABLE ${q(tables.chunk)} AS
SELECT ${columns.join(', ')} FROM ${serial}`;
}

function recordLinesSQL(recordsFile: string): string {
  const columns = Object.entries(RECORD_LINE_COLUMNS)
    .map(([name, type]) => `${quoteLiteral(name)}: ${quoteLiteral(type)}`)
    .join(', ');
  return `read_csv(${quoteLiteral(recordsFile)}, auto_detect = false, header = false,
  delim = ',', columns = {${columns}})`;
}

function chunkErrorsSQL(tables: StageTables, fileName: string): string {
  return `SELECT e.* FROM ${q(tables.readerErrors)} e
  JOIN ${q(tables.readerScans)} s USING (scan_id, file_id)
  WHERE s.file_path = ${quoteLiteral(fileName)}`;
}

/** Counts the chunk's rows and its distinct rejected records, to check the join. */
export function chunkCountsSQL(tables: StageTables, fileName: string): string {
  return `SELECT (SELECT count(*) FROM ${q(tables.chunk)}) AS emitted,
  (SELECT count(DISTINCT line) FROM (${chunkErrorsSQL(tables, fileName)})) AS rejected`;
}

/**
 * Appends the chunk's non-blank rows to the staging table with their file lines. The
 * n-th row read_csv emitted is the n-th indexed record that it did not reject.
 */
export function appendChunkSQL(
  tables: StageTables,
  fileName: string,
  recordsFile: string,
  columnNames: readonly string[],
): string {
  const cells = columnNames.map((_, i) => positional(i));
  return `INSERT INTO ${q(tables.stage)}
SELECT kept.source_line, ${cells.map((c) => `chunk.${c}`).join(', ')}
FROM ${q(tables.chunk)} chunk
JOIN (
  SELECT row_number() OVER (ORDER BY record) AS ordinal, source_line
  FROM ${recordLinesSQL(recordsFile)}
  WHERE record NOT IN (SELECT line FROM (${chunkErrorsSQL(tables, fileName)}))
) kept ON kept.ordinal = chunk.rowid + 1
WHERE ${nonBlankRecordSQL(cells)}
ORDER BY chunk.rowid`;
}

/** Copies the chunk's rejected records to the rejects table under their file lines. */
export function appendRejectsSQL(
  tables: StageTables,
  fileName: string,
  recordsFile: string,
  columnNames: readonly string[],
): string {
  const names = `[${columnNames.map(quoteLiteral).join(', ')}]`;
  return `INSERT INTO ${q(tables.rejects)}
SELECT r.source_line, e.column_idx, coalesce(e.column_name, ${names}[e.column_idx::BIGINT]),
  e.error_type, e.error_message, ltrim(e.csv_line, chr(13) || chr(10))
FROM (${chunkErrorsSQL(tables, fileName)}) e
JOIN ${recordLinesSQL(recordsFile)} r ON r.record = e.line
ORDER BY r.source_line, e.column_idx`;
}

const dropTablesSQL = (names: readonly string[]) =>
  names.map((table) => `DROP TABLE IF EXISTS ${q(table)}`).join(';\n');

/** Drops every table of the import that exists. */
export function dropStageTablesSQL(tables: StageTables): string {
  const { stage, rejects, readerErrors, readerScans, chunk } = tables;
  return dropTablesSQL([stage, rejects, readerErrors, readerScans, chunk]);
}

/** Drops the chunk table and DuckDB's reject tables once the rows are staged. */
export function dropWorkTablesSQL(tables: StageTables): string {
  return dropTablesSQL([tables.chunk, tables.readerErrors, tables.readerScans]);
}
