/** Small aggregate and condition fragments the metric definitions share. */
import { identifier, sqlFragment, trusted, type SqlFragment } from './sql-fragment';
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

// A row written by hand rather than by an import may lack source_record; it is then
// its own export record.
const EXPORT_RECORD = trusted(
  `coalesce(${identifier('source_record').text}, ${identifier('record_key').text})`,
);

/**
 * Counts export records: the records split from one packed row (one per subject of a
 * use-of-force incident) share a source_record and count once, so an incident, a
 * contact or an arrest is counted once however many people it involved.
 */
export function countRecords(): MeasureColumn {
  return { kind: 'count', sql: sqlFragment`count(DISTINCT ${EXPORT_RECORD})` };
}

/** Counts export records with at least one record meeting a condition (see countRecords). */
export function countRecordsWhere(condition: SqlFragment): MeasureColumn {
  return {
    kind: 'count',
    sql: sqlFragment`count(DISTINCT ${EXPORT_RECORD}) FILTER (WHERE ${condition})`,
  };
}
