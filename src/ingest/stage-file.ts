/**
 * Stages an export into DuckDB chunk by chunk: every record becomes a text row of
 * `stage_<importId>` tagged with the file line it starts on, and every record DuckDB
 * cannot read is listed by that line. All or nothing: a failed or cancelled import
 * leaves no table and no registered file behind.
 */
import type { QueryRunner } from '../engine/query-runner';
import { workFile } from '../model/work-files';
import { quoteIdentifier as q, sql } from '../model/sql';
import type { TextEncodingName } from './decode';
import { ImportError } from './import-errors';
import type { ReaderDialect } from './read-csv-sql';
import { readRecordChunks, type ByteSource, type RecordChunk } from './record-chunks';
import { recordLinesCSV } from './record-lines';
import type { LineTerminator } from './record-scan';
import {
  appendChunkSQL,
  appendRejectsSQL,
  chunkCountsSQL,
  createStageTablesSQL,
  dropStageTablesSQL,
  dropWorkTablesSQL,
  loadChunkSQL,
  SOURCE_LINE,
  stageTables,
  type StageTables,
} from './stage-sql';

/** How far an import has got, reported after each chunk. */
export interface StageProgress {
  readonly bytesDone: number;
  readonly bytesTotal: number;
  readonly rowsStaged: number;
}

/** What to stage and how to read it (dialect, encoding and names from the preview). */
export interface StageRequest {
  /** Letters, digits and underscores; names the tables and the registered files. */
  readonly importId: string;
  readonly source: ByteSource;
  readonly dialect: ReaderDialect;
  readonly encoding: TextEncodingName;
  readonly onProgress?: (progress: StageProgress) => void;
  /** Cancels the import between chunks; the import then leaves nothing behind. */
  readonly signal?: AbortSignal;
  /** Bytes read per chunk; tests make it tiny to force boundaries everywhere. */
  readonly chunkBytes?: number;
}

/** A record DuckDB could not read, at the line it starts on in the file. */
export interface StagedReject {
  readonly line: number;
  /** 1-based position of the field at fault, past the last column for extra fields. */
  readonly columnPosition: number | null;
  readonly column: string | null;
  readonly errorType: string;
  readonly reason: string;
  readonly text: string;
}

/** The staged table and what was left out of it or padded. */
export interface StageResult {
  readonly table: string;
  /**
   * Every rejected record, by line: `source_line, column_position, column_name,
   * error_type, reason, csv_line`.
   */
  readonly rejectsTable: string;
  readonly rowsStaged: number;
  /** Records rejected, each counted once however many faults it has. */
  readonly rowsRejected: number;
  /** The first rejects by line, for the report; the table holds them all. */
  readonly rejected: readonly StagedReject[];
  /** Records with fewer fields than columns, staged with the missing cells NULL. */
  readonly shortRows: { readonly count: number; readonly firstLines: readonly number[] };
}

/** Rejects and short-row lines kept in JavaScript for the report. */
export const REPORTED_LINES = 100;

const IMPORT_ID = /^[A-Za-z0-9_]{1,64}$/;

function checkRequest(request: StageRequest): void {
  const { importId, dialect } = request;
  if (!IMPORT_ID.test(importId))
    throw new Error('An import id is 1 to 64 letters, digits or underscores.');
  if (dialect.columnNames.length === 0)
    throw new ImportError('not-csv', 'The file has no columns to import.');
  if (dialect.columnNames.some((name) => name.toLowerCase() === SOURCE_LINE))
    throw new ImportError(
      'load-failed',
      `A column is named \`${SOURCE_LINE}\`, which the import uses for line numbers. ` +
        'Rename it in the file and import again.',
    );
  for (const char of [dialect.delimiter, dialect.quote])
    if (char.length !== 1 || char.charCodeAt(0) > 0x7f)
      throw new Error('The delimiter and quote must each be one ASCII character.');
}

/** Stages the file into `stage_<importId>`, reporting progress after each chunk. */
export async function stageFile(
  runner: QueryRunner,
  request: StageRequest,
): Promise<StageResult> {
  checkRequest(request);
  request.signal?.throwIfAborted();
  const tables = stageTables(request.importId);

  await runner.execute(createStageTablesSQL(tables, request.dialect.columnNames));
  try {
    const shortRows = await stageChunks(runner, request, tables);
    request.signal?.throwIfAborted();
    await runner.execute(dropWorkTablesSQL(tables));
    return { ...(await summarize(runner, tables)), shortRows };
  } catch (error) {
    await runner.execute(dropStageTablesSQL(tables));
    throw error;
  }
}

async function stageChunks(
  runner: QueryRunner,
  request: StageRequest,
  tables: StageTables,
): Promise<StageResult['shortRows']> {
  const { dialect, source } = request;
  const chunks = readRecordChunks(source, {
    encoding: request.encoding,
    skipLines: dialect.skipLines,
    delimiter: dialect.delimiter.charCodeAt(0),
    quote: dialect.quote.charCodeAt(0),
    columnCount: dialect.columnNames.length,
    ...(request.chunkBytes === undefined ? {} : { chunkBytes: request.chunkBytes }),
  });

  const firstLines: number[] = [];
  let count = 0;
  let rowsStaged = 0;
  let index = 0;
  let terminator: LineTerminator | null = null;
  request.onProgress?.({ bytesDone: 0, bytesTotal: source.size, rowsStaged });
  for await (const chunk of chunks) {
    request.signal?.throwIfAborted();
    terminator ??= chunk.scan.terminator;
    await stageChunk(runner, request, tables, chunk, index++, terminator);
    rowsStaged = await countRows(runner, tables.stage);

    count += chunk.scan.shortLines.length;
    for (const line of chunk.scan.shortLines) {
      if (firstLines.length >= REPORTED_LINES) break;
      firstLines.push(line);
    }
    request.onProgress?.({
      bytesDone: chunk.bytesDone,
      bytesTotal: source.size,
      rowsStaged,
    });
  }
  return { count, firstLines };
}

async function stageChunk(
  runner: QueryRunner,
  request: StageRequest,
  tables: StageTables,
  chunk: RecordChunk,
  index: number,
  terminator: LineTerminator | null,
): Promise<void> {
  // Generated names only: the user's file name never reaches SQL.
  const fileName = workFile(`stage_${request.importId}_${index}.csv`);
  const recordsFile = workFile(`stage_${request.importId}_${index}_records.csv`);
  const names = request.dialect.columnNames;

  await runner.registerFile(fileName, chunk.bytes);
  await runner.registerFile(recordsFile, recordLinesCSV(chunk.scan));
  try {
    await runner.execute(loadChunkSQL(tables, fileName, request.dialect, terminator));
    await checkRecordCount(runner, tables, fileName, chunk);
    await runner.execute(
      `${appendChunkSQL(tables, fileName, recordsFile, names)};
${appendRejectsSQL(tables, fileName, recordsFile, names)}`,
    );
  } finally {
    await runner.dropFile(fileName);
    await runner.dropFile(recordsFile);
  }
}

/**
 * Line numbers come from matching rows to records by order, so the rows DuckDB
 * emitted plus the records it rejected must be exactly the records indexed; a file
 * DuckDB splits differently (a lone carriage return as a line end, say) stops here.
 */
async function checkRecordCount(
  runner: QueryRunner,
  tables: StageTables,
  fileName: string,
  chunk: RecordChunk,
): Promise<void> {
  const [counts] = await runner.rows(sql(chunkCountsSQL(tables, fileName)));
  const emitted = Number(counts?.emitted ?? 0);
  const rejected = Number(counts?.rejected ?? 0);
  if (emitted + rejected === chunk.scan.records.length) return;

  const firstLine = chunk.scan.lines[0] ?? 0;
  throw new ImportError(
    'load-failed',
    `The records from line ${firstLine.toLocaleString('en-US')} on could not be matched to ` +
      `their line numbers (DuckDB read ${emitted + rejected}, the file has ` +
      `${chunk.scan.records.length}). Check the line ends and quotes near that line.`,
  );
}

async function countRows(runner: QueryRunner, table: string): Promise<number> {
  const [row] = await runner.rows(sql(`SELECT count(*) AS n FROM ${q(table)}`));
  return Number(row?.n ?? 0);
}

async function summarize(
  runner: QueryRunner,
  tables: StageTables,
): Promise<Omit<StageResult, 'shortRows'>> {
  const [counts] = await runner.rows(
    sql(`SELECT (SELECT count(*) FROM ${q(tables.stage)}) AS staged,
      (SELECT count(DISTINCT source_line) FROM ${q(tables.rejects)}) AS rejected`),
  );
  const rows = await runner.rows(
    sql(
      `SELECT source_line, column_position, column_name, error_type, reason, csv_line
       FROM ${q(tables.rejects)} ORDER BY source_line, column_position LIMIT ?`,
      [REPORTED_LINES],
    ),
  );
  return {
    table: tables.stage,
    rejectsTable: tables.rejects,
    rowsStaged: Number(counts?.staged ?? 0),
    rowsRejected: Number(counts?.rejected ?? 0),
    rejected: rows.map((row) => ({
      line: Number(row.source_line),
      columnPosition: row.column_position === null ? null : Number(row.column_position),
      column: row.column_name === null ? null : String(row.column_name),
      errorType: String(row.error_type),
      reason: String(row.reason),
      text: String(row.csv_line ?? ''),
    })),
  };
}
