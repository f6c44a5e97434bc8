/**
 * DDL for the canonical tables, built from the model so tests, fixtures and the
 * loader can never drift from datasets.ts.
 */
import { datasetColumns, datasetTable, type DatasetKind } from './datasets';
import { quoteIdentifier } from './sql';

/** Name of the column that keeps a record's unmapped attributes as text. */
export const EXTRA_COLUMN = 'extra';

/**
 * A CREATE TABLE statement for a dataset kind: model columns, then `extra`
 * MAP(VARCHAR, VARCHAR).
 */
export function createTableStatements(kind: DatasetKind): string {
  const columns = datasetColumns(kind).map(
    (field) => `${quoteIdentifier(field.name)} ${field.type}`,
  );
  columns.push(`${quoteIdentifier(EXTRA_COLUMN)} MAP(VARCHAR, VARCHAR)`);
  return `CREATE TABLE ${quoteIdentifier(datasetTable(kind))} (${columns.join(', ')})`;
}
