/**
 * Turns a request's breakdown and filter columns into SQL. A column is either a
 * canonical field of the dataset or a key of its `extra` map of unmapped attributes;
 * both are compared as text, so a filter value never needs to match a column's type.
 */
import { datasetColumns, type DatasetKind } from '../model/datasets';
import { EXTRA_COLUMN } from '../model/create-tables';
import { MetricRequestError } from './metric-request-error';
import { bound, identifier, sqlFragment, type SqlFragment } from './sql-fragment';
import type { ColumnRef, Filter } from './metric';

/** The group a breakdown puts records in when their value is missing. */
export const NOT_RECORDED_GROUP = '(not recorded)';

/** True when a dataset can answer for the column: a canonical field, or any extra key. */
export function datasetHasColumn(dataset: DatasetKind, ref: ColumnRef): boolean {
  if (ref.extraKey !== undefined) return true;
  return datasetColumns(dataset).some((field) => field.name === ref.column);
}

/** Throws unless the dataset has the column, naming it in the user's words. */
export function assertColumn(dataset: DatasetKind, ref: ColumnRef): void {
  if (datasetHasColumn(dataset, ref)) return;
  throw new MetricRequestError(
    `The ${dataset} data has no column "${ref.column}" to break down or filter by.`,
  );
}

/** The column's value as text; an extra key is looked up in the `extra` map, bound. */
export function columnTextSql(ref: ColumnRef): SqlFragment {
  if (ref.extraKey !== undefined) {
    // DuckDB 1.4: map['key'] returns the value itself (NULL when absent), not a list.
    return sqlFragment`${identifier(EXTRA_COLUMN)}[CAST(${bound(ref.extraKey)} AS VARCHAR)]`;
  }
  return sqlFragment`CAST(${identifier(ref.column)} AS VARCHAR)`;
}

/** The breakdown group of a record; a missing value becomes NOT_RECORDED_GROUP. */
export function groupSql(ref: ColumnRef): SqlFragment {
  return sqlFragment`coalesce(${columnTextSql(ref)}, ${bound(NOT_RECORDED_GROUP)})`;
}

/** An equality condition with the value bound. */
export function filterSql(filter: Filter): SqlFragment {
  return sqlFragment`${columnTextSql(filter)} = ${bound(filter.value)}`;
}
