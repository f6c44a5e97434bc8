/** Small aggregate and condition fragments the metric definitions share. */
import type { DatasetKind } from '../model/datasets';
import {
  identifier,
  joinFragments,
  sqlFragment,
  trusted,
  type SqlFragment,
} from './sql-fragment';
import type { MeasureColumn } from './query-builder';

/** A condition that holds when a BOOLEAN column is true (false and NULL do not count). */
export function isTrue(column: string): SqlFragment {
  return sqlFragment`${identifier(column)} IS TRUE`;
}

/** A condition that holds when a BOOLEAN column is recorded as false. */
export function isFalse(column: string): SqlFragment {
  return sqlFragment`${identifier(column)} IS FALSE`;
}

/** A condition that holds when a column is missing. */
export function isMissing(column: string): SqlFragment {
  return sqlFragment`${identifier(column)} IS NULL`;
}

/** Both conditions. */
export function both(left: SqlFragment, right: SqlFragment): SqlFragment {
  return sqlFragment`(${left}) AND (${right})`;
}

/** Counts every row of the part. */
export function countAll(): MeasureColumn {
  return { kind: 'count', sql: trusted('count(*)') };
}

/** Counts the rows meeting a condition. */
export function countWhere(condition: SqlFragment): MeasureColumn {
  return { kind: 'count', sql: sqlFragment`count(*) FILTER (WHERE ${condition})` };
}

/** Counts distinct non-null values of a column among rows meeting a condition. */
export function countDistinctWhere(
  column: string,
  condition: SqlFragment,
): MeasureColumn {
  return {
    kind: 'count',
    sql: sqlFragment`count(DISTINCT ${identifier(column)}) FILTER (WHERE ${condition})`,
  };
}

/** Counts distinct non-null values of a column. */
export function countDistinct(column: string): MeasureColumn {
  return { kind: 'count', sql: sqlFragment`count(DISTINCT ${identifier(column)})` };
}

/**
 * What one counted record is, per dataset: where an export files one report per
 * officer, the reports of one incident share an incident_key and count once; else
 * the records split from one packed row (one per subject) share a source_record and
 * count once; a row written by hand rather than by an import may lack both and is
 * then its own record. Every count of records goes through here, so no metric can
 * count reports or subjects as incidents.
 */
const COUNTED_BY: Readonly<Partial<Record<DatasetKind, readonly string[]>>> = {
  force_incidents: ['incident_key'],
};

/** The SQL naming the counted record a row belongs to, in a dataset (see COUNTED_BY). */
export function countedRecordSQL(dataset: DatasetKind): SqlFragment {
  // Prefixed, so an incident key never equals another row's source_record by chance.
  const grouped = (COUNTED_BY[dataset] ?? []).map(
    (column) => sqlFragment`${trusted(`'${column}:'`)} || ${identifier(column)}`,
  );
  const own = ['source_record', 'record_key'].map(identifier);
  return sqlFragment`coalesce(${joinFragments([...grouped, ...own], ', ')})`;
}

/**
 * Counts records (see COUNTED_BY): an incident, a contact or an arrest counts once
 * however many reports or people it involved. The dataset is the part's own.
 */
export function countRecords(): MeasureColumn {
  return {
    kind: 'count',
    sql: (dataset) => sqlFragment`count(DISTINCT ${countedRecordSQL(dataset)})`,
  };
}

/** Counts records with at least one row meeting a condition (see countRecords). */
export function countRecordsWhere(condition: SqlFragment): MeasureColumn {
  return { kind: 'count', sql: (dataset) => countedRecordsWhereSQL(dataset, condition) };
}

/** The count of a dataset's records with at least one row meeting a condition. */
export function countedRecordsWhereSQL(
  dataset: DatasetKind,
  condition: SqlFragment,
): SqlFragment {
  return sqlFragment`count(DISTINCT ${countedRecordSQL(dataset)}) FILTER (WHERE ${condition})`;
}
