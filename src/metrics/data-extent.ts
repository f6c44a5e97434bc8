/**
 * What the loaded workspace holds: which record datasets have rows, the dates they
 * span and the areas they name. Views need this to choose an "as of" date and to
 * offer only the metrics and areas the data can answer, without writing SQL.
 */
import { datasetColumns, datasetTable, type DatasetKind } from '../model/datasets';
import { quoteIdentifier, sql, type SqlQuery } from '../model/sql';

/** Record datasets and the date that places each record on the calendar. */
export const DATED_DATASETS: Readonly<Partial<Record<DatasetKind, string>>> = {
  contacts: 'occurred_on',
  force_incidents: 'occurred_on',
  arrests: 'occurred_on',
  referrals: 'occurred_on',
  placements: 'occurred_on',
  releases: 'released_on',
  responses: 'occurred_on',
};

/** The tables of the workspace's main schema, as rows with a `table_name` column. */
export function existingTablesQuery(): SqlQuery {
  return sql(
    "SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' ORDER BY 1",
  );
}

function datedKinds(tableNames: readonly string[]): DatasetKind[] {
  const present = new Set(tableNames);
  return (Object.keys(DATED_DATASETS) as DatasetKind[]).filter((kind) =>
    present.has(datasetTable(kind)),
  );
}

/**
 * Per dataset whose table exists: `dataset`, `records`, `first_date`, `last_date`
 * (dates as DATE). Null when none of the record tables exists.
 */
export function dataExtentQuery(tableNames: readonly string[]): SqlQuery | null {
  const parts = datedKinds(tableNames).map((kind) => {
    const date = quoteIdentifier(DATED_DATASETS[kind]!);
    return `SELECT ? AS dataset, count(*) AS records, min(${date}) AS first_date,
      max(${date}) AS last_date FROM ${quoteIdentifier(datasetTable(kind))}`;
  });
  if (parts.length === 0) return null;
  return sql(parts.join('\nUNION ALL\n'), datedKinds(tableNames));
}

// Reference tables hold no records of events but metrics divide by or compare with them:
// population by year (a whole year is covered), aggregates by their period start.
const REFERENCE_SPANS: Readonly<Partial<Record<DatasetKind, [string, string]>>> = {
  population: ['make_date(min("year"), 1, 1)', 'make_date(max("year"), 12, 31)'],
  aggregates: ['min("period_start")', 'max("period_start")'],
};

/**
 * Per reference table that exists (population, aggregates): the same columns as
 * dataExtentQuery. They never set the "as of" date. Null when neither exists.
 */
export function referenceExtentQuery(tableNames: readonly string[]): SqlQuery | null {
  const present = new Set(tableNames);
  const kinds = (Object.keys(REFERENCE_SPANS) as DatasetKind[]).filter((kind) =>
    present.has(datasetTable(kind)),
  );
  const parts = kinds.map((kind) => {
    const [first, last] = REFERENCE_SPANS[kind]!;
    return `SELECT ? AS dataset, count(*) AS records, ${first} AS first_date,
      ${last} AS last_date FROM ${quoteIdentifier(datasetTable(kind))}`;
  });
  if (parts.length === 0) return null;
  return sql(parts.join('\nUNION ALL\n'), kinds);
}

/** The distinct non-empty `area` values across the existing record tables, sorted. */
export function areasQuery(tableNames: readonly string[]): SqlQuery | null {
  const parts = datedKinds(tableNames).map(
    (kind) => `SELECT area FROM ${quoteIdentifier(datasetTable(kind))}`,
  );
  if (parts.length === 0) return null;
  return sql(
    `SELECT DISTINCT area FROM (${parts.join(' UNION ALL ')}) AS a
     WHERE area IS NOT NULL AND trim(area) <> '' ORDER BY area`,
  );
}

/**
 * How many records of a dataset hold a value in each model field: a field an export
 * never carried has 0, and metrics that require it are left out rather than shown as 0.
 */
export function fieldPresenceQuery(kind: DatasetKind): SqlQuery {
  const counts = datasetColumns(kind).map(
    (field) => `count(${quoteIdentifier(field.name)}) AS ${quoteIdentifier(field.name)}`,
  );
  return sql(`SELECT ${counts.join(', ')} FROM ${quoteIdentifier(datasetTable(kind))}`);
}

/**
 * Releases known only by fiscal year (`records`) and the shortest follow-up their
 * carried outcome covers (`follow_up`): they have no date, so no "as of" date either,
 * and CompStat reads them by fiscal year alone.
 */
export function fiscalYearReleasesQuery(): SqlQuery {
  const releases = quoteIdentifier(datasetTable('releases'));
  return sql(`SELECT count(*) AS records,
      min(${quoteIdentifier('follow_up_months')}) AS follow_up
    FROM ${releases}
    WHERE ${quoteIdentifier('released_on')} IS NULL
      AND ${quoteIdentifier('release_fiscal_year')} IS NOT NULL`);
}
