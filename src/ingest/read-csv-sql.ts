/**
 * The read_csv call for a sniffed export. Every option is explicit because DuckDB's
 * sniffer guesses wrong on agency exports (day-first dates, Y/N, ragged rows, blank
 * lines); every column is read as text so the typed columns come from our own SQL.
 */
import { quoteIdentifier, quoteLiteral } from '../model/sql';
import type { CSVDialect } from './sniff';

/** Where read_csv writes the records it cannot read (too many fields, bad quoting). */
export interface RejectTables {
  readonly errors: string;
  readonly scans: string;
}

/** The parts of a sniffed dialect the reader uses. */
export type ReaderDialect = Pick<
  CSVDialect,
  'delimiter' | 'quote' | 'skipLines' | 'columnNames'
>;

function columnsStruct(names: readonly string[]): string {
  return `{${names.map((name) => `${quoteLiteral(name)}: 'VARCHAR'`).join(', ')}}`;
}

/**
 * A read_csv table function reading every column as text under the given names.
 * Short records are padded with NULL; records with too many fields go to the reject
 * tables with their line numbers instead of aborting the load.
 */
export function readCSVSQL(
  fileName: string,
  dialect: ReaderDialect,
  rejects: RejectTables,
): string {
  if (dialect.columnNames.length === 0)
    throw new Error('A CSV needs at least one column.');
  const options = [
    'auto_detect = false',
    'header = false',
    `skip = ${Math.max(0, Math.trunc(dialect.skipLines))}`,
    `delim = ${quoteLiteral(dialect.delimiter)}`,
    `quote = ${quoteLiteral(dialect.quote)}`,
    `escape = ${quoteLiteral(dialect.quote)}`,
    `columns = ${columnsStruct(dialect.columnNames)}`,
    'null_padding = true',
    'store_rejects = true',
    `rejects_table = ${quoteLiteral(rejects.errors)}`,
    `rejects_scan = ${quoteLiteral(rejects.scans)}`,
  ];
  return `read_csv(${quoteLiteral(fileName)}, ${options.join(', ')})`;
}

/**
 * True for a record with at least one non-blank field; blank and whitespace-only
 * lines would otherwise become phantom rows.
 */
export function nonBlankRecordSQL(columnNames: readonly string[]): string {
  const cells = columnNames.map(
    (name) => `coalesce(trim(${quoteIdentifier(name)}), '') <> ''`,
  );
  return `(${cells.join(' OR ')})`;
}
