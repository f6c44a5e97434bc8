/**
 * Loads a whole CSV file into DuckDB as text columns, with DuckDB's own CSV reader,
 * and lists every row it could not read by its line number.
 */
import type { QueryRunner } from '../engine/query-runner';
import { quoteIdentifier, quoteLiteral, sql } from '../model/sql';
import { ImportError } from './import-errors';

/** What to load and under which column names (from the preview, so both agree). */
export interface CSVLoadRequest {
  readonly importId: string;
  readonly bytes: Uint8Array;
  readonly delimiter: string;
  readonly columns: readonly string[];
}

/** A row DuckDB could not read, with the line it stands on in the file. */
export interface RejectedRow {
  readonly line: number;
  readonly reason: string;
  readonly text: string;
}

/** The loaded text table and what was left out of it. */
export interface CSVLoadResult {
  readonly table: string;
  readonly rowsLoaded: number;
  readonly rejected: readonly RejectedRow[];
}

/** Name of the text table an import's rows are kept in. */
export const rawTable = (importId: string) => `raw_${importId}`;

// Positional names keep CSV headers (untrusted) out of read_csv's arguments; the
// headers come back as quoted aliases in the SELECT.
const positional = (index: number) => `c${index}`;

function readCSVExpression(fileName: string, request: CSVLoadRequest): string {
  const columnTypes = request.columns
    .map((_, index) => `${quoteLiteral(positional(index))}: 'VARCHAR'`)
    .join(', ');
  return `read_csv(${quoteLiteral(fileName)}, header = false, skip = 1, auto_detect = false,
    delim = ${quoteLiteral(request.delimiter)}, quote = '"', escape = '"',
    columns = {${columnTypes}}, store_rejects = true,
    rejects_table = ${quoteLiteral(`rejects_${request.importId}`)},
    rejects_scan = ${quoteLiteral(`rejects_scan_${request.importId}`)})`;
}

/** Loads the file into `raw_<importId>`: `row_index` then one VARCHAR column per header. */
export async function loadCSV(
  runner: QueryRunner,
  request: CSVLoadRequest,
): Promise<CSVLoadResult> {
  const fileName = `import_${request.importId}.csv`;
  const table = rawTable(request.importId);
  const aliases = request.columns
    .map((name, index) => `${positional(index)} AS ${quoteIdentifier(name)}`)
    .join(', ');

  await runner.registerFile(fileName, request.bytes);
  try {
    await runner.execute(
      `CREATE TABLE ${quoteIdentifier(table)} AS SELECT row_number() OVER () AS row_index, ${aliases}
       FROM ${readCSVExpression(fileName, request)}`,
    );
  } catch (error) {
    throw new ImportError(
      'load-failed',
      `DuckDB could not read the file: ${String(error)}`,
      {
        cause: error,
      },
    );
  } finally {
    await runner.dropFile(fileName);
  }
  return {
    table,
    rowsLoaded: await countRows(runner, table),
    rejected: await rejectedRows(runner, request.importId),
  };
}

async function countRows(runner: QueryRunner, table: string): Promise<number> {
  const [row] = await runner.rows(
    sql(`SELECT count(*) AS n FROM ${quoteIdentifier(table)}`),
  );
  return Number(row?.n ?? 0);
}

async function rejectedRows(
  runner: QueryRunner,
  importId: string,
): Promise<RejectedRow[]> {
  const rows = await runner.rows(
    sql(`SELECT line, error_message, csv_line FROM ${quoteIdentifier(`rejects_${importId}`)}
         ORDER BY line`),
  );
  return rows.map((row) => ({
    line: Number(row.line),
    reason: String(row.error_message),
    text: String(row.csv_line ?? ''),
  }));
}
