/**
 * The one SQL builder every metric definition uses. A definition describes what to
 * aggregate (a MeasureSpec); the builder applies the request: the [from, to] range,
 * equality filters, the breakdown and the period buckets, and returns rows with the
 * columns period_start, grp, numerator, denominator, value, then any note columns.
 *
 * Every period from the first to the last bucket appears, once per group, so a month
 * with no records reads 0 (or null for a rate whose denominator is 0) instead of
 * vanishing from a chart.
 *
 * Filters and the breakdown apply to the part that counts the numerator; a second part
 * (the denominator from another dataset) follows them where it has the column and is
 * otherwise the total, e.g. Taser incidents per 1,000 contacts of any kind.
 */
import { datasetTable, type DatasetKind } from '../model/datasets';
import { quoteIdentifier, type SqlQuery } from '../model/sql';
import { parseIsoDate } from './calendar-date';
import { assertColumn, datasetHasColumn, filterSql, groupSql } from './column-refs';
import { MetricRequestError } from './metric-request-error';
import { periodStartSql, periodStepMonths } from './periods';
import { bound, identifier, joinFragments, sqlFragment, trusted } from './sql-fragment';
import type { SqlFragment } from './sql-fragment';
import type { MetricRequest } from './metric';

/** Where a part's rows come from. */
export interface MeasureSource {
  readonly dataset: DatasetKind;
  /** A query over the dataset keeping all its columns; defaults to the dataset's table. */
  readonly relation?: SqlFragment;
  /** The date that puts a row in a period; defaults to "occurred_on". */
  readonly date?: SqlFragment;
}

/** An aggregate computed per period and group: counts read 0 when empty, statistics null. */
export interface MeasureColumn {
  readonly kind: 'count' | 'statistic';
  /** The aggregate, or one that depends on the dataset the part reads (countRecords). */
  readonly sql: SqlFragment | ((dataset: DatasetKind) => SqlFragment);
}

/** One scan of one source, producing named aggregate columns. */
export interface MeasurePart {
  readonly source: MeasureSource;
  readonly columns: Readonly<Record<string, MeasureColumn>>;
}

/** How a metric's value follows from its columns. */
export type MeasureValue =
  | { readonly kind: 'count' }
  | { readonly kind: 'ratio'; readonly scale: number }
  | { readonly kind: 'statistic'; readonly column: string };

/** What a definition asks the builder to compute; column names are unique across parts. */
export interface MeasureSpec {
  /** The first part holds the numerator and decides which columns may be used. */
  readonly parts: readonly [MeasurePart, ...MeasurePart[]];
  readonly numerator: string;
  readonly denominator?: string;
  readonly value: MeasureValue;
  /** Columns returned beside the value as notes, e.g. calls missing an arrival time. */
  readonly notes?: readonly string[];
}

const DEFAULT_DATE = identifier('occurred_on');

/** Builds the SQL for a measure under a request. */
export function buildMetricQuery(spec: MeasureSpec, request: MetricRequest): SqlQuery {
  checkRequest(spec, request);
  const located = locateColumns(spec);
  const parts = spec.parts.map((part, index) => partSql(part, index, request));
  const joins = spec.parts.map((part, index) => joinSql(part, index, request));
  const query = sqlFragment`WITH ${joinFragments(parts, ',\n')},
${spineSql(spec, request)},
${groupsSql(spec, request)}
SELECT s.period_start, g.grp,
  ${columnRead(located, spec.numerator)} AS numerator,
  ${denominatorSql(spec, located)} AS denominator,
  ${valueSql(spec, located)} AS value${notesSql(spec, located)}
FROM spine AS s CROSS JOIN groups AS g
${joinFragments(joins, '\n')}
ORDER BY s.period_start, g.grp NULLS FIRST`;
  return { text: query.text, params: query.params };
}

function checkRequest(spec: MeasureSpec, request: MetricRequest): void {
  const counted = spec.parts[0].source.dataset;
  for (const ref of [
    ...request.filters,
    ...(request.breakdown ? [request.breakdown] : []),
  ]) {
    assertColumn(counted, ref);
  }
  for (const date of [request.from, request.to])
    if (date !== undefined) parseIsoDate(date);
  if (request.from && request.to && request.from > request.to) {
    throw new MetricRequestError(
      `The period starts (${request.from}) after it ends (${request.to}).`,
    );
  }
  if (request.grain === 'window' && (!request.from || !request.to)) {
    throw new MetricRequestError(
      'A comparison window needs both a start and an end date.',
    );
  }
}

type Located = ReadonlyMap<string, { part: number; column: MeasureColumn }>;

function locateColumns(spec: MeasureSpec): Located {
  const located = new Map<string, { part: number; column: MeasureColumn }>();
  spec.parts.forEach((part, index) => {
    for (const [name, column] of Object.entries(part.columns)) {
      if (located.has(name))
        throw new Error(`Measure column "${name}" is defined twice.`);
      located.set(name, { part: index, column });
    }
  });
  return located;
}

function columnRead(located: Located, name: string): SqlFragment {
  const found = located.get(name);
  if (!found) throw new Error(`Measure column "${name}" is not defined by any part.`);
  const ref = trusted(`p${found.part}.${quoteIdentifier(name)}`);
  return found.column.kind === 'count' ? sqlFragment`coalesce(${ref}, 0)` : ref;
}

function denominatorSql(spec: MeasureSpec, located: Located): SqlFragment {
  if (!spec.denominator) return trusted('CAST(NULL AS DOUBLE)');
  return columnRead(located, spec.denominator);
}

function valueSql(spec: MeasureSpec, located: Located): SqlFragment {
  const numerator = columnRead(located, spec.numerator);
  if (spec.value.kind === 'count') return numerator;
  if (spec.value.kind === 'statistic') return columnRead(located, spec.value.column);
  if (!spec.denominator) throw new Error('A ratio measure needs a denominator column.');

  const denominator = columnRead(located, spec.denominator);
  return sqlFragment`CASE WHEN ${denominator} = 0 THEN NULL
    ELSE CAST(${numerator} AS DOUBLE) * ${bound(spec.value.scale)} / ${denominator} END`;
}

function notesSql(spec: MeasureSpec, located: Located): SqlFragment {
  const notes = (spec.notes ?? []).map(
    (name) => sqlFragment`,\n  ${columnRead(located, name)} AS ${identifier(name)}`,
  );
  return joinFragments(notes, '');
}

function bucketSql(request: MetricRequest, date: SqlFragment): SqlFragment {
  if (request.grain === 'window')
    return sqlFragment`CAST(${bound(request.from ?? null)} AS DATE)`;
  // periodStartSql repeats the date expression, so it must carry no bound values itself.
  if (date.params.length > 0)
    throw new Error('A period date expression cannot bind values.');
  return periodStartSql(request.grain, date.text, request.fiscalYearStartMonth);
}

function groupedBy(part: MeasurePart, request: MetricRequest): boolean {
  return (
    request.breakdown !== undefined &&
    datasetHasColumn(part.source.dataset, request.breakdown)
  );
}

function aggregateSql(column: MeasureColumn, dataset: DatasetKind): SqlFragment {
  return typeof column.sql === 'function' ? column.sql(dataset) : column.sql;
}

function partSql(part: MeasurePart, index: number, request: MetricRequest): SqlFragment {
  const { dataset, relation, date = DEFAULT_DATE } = part.source;
  const from = relation
    ? sqlFragment`(${relation}) AS src`
    : identifier(datasetTable(dataset));
  const group =
    request.breakdown && groupedBy(part, request)
      ? groupSql(request.breakdown)
      : trusted('CAST(NULL AS VARCHAR)');
  const columns = Object.entries(part.columns).map(
    ([name, column]) =>
      sqlFragment`${aggregateSql(column, dataset)} AS ${identifier(name)}`,
  );
  const conditions = [sqlFragment`${date} IS NOT NULL`];
  if (request.from)
    conditions.push(sqlFragment`${date} >= CAST(${bound(request.from)} AS DATE)`);
  if (request.to)
    conditions.push(sqlFragment`${date} <= CAST(${bound(request.to)} AS DATE)`);
  const filters = request.filters.filter((filter) => datasetHasColumn(dataset, filter));
  conditions.push(...filters.map(filterSql));

  return sqlFragment`${trusted(`p${index}`)} AS (
  SELECT ${bucketSql(request, date)} AS period_start, ${group} AS grp,
    ${joinFragments(columns, ',\n    ')}
  FROM ${from}
  WHERE ${joinFragments(conditions, '\n    AND ')}
  GROUP BY ALL)`;
}

function spineSql(spec: MeasureSpec, request: MetricRequest): SqlFragment {
  if (request.grain === 'window') {
    const from = bound(request.from ?? null);
    return sqlFragment`spine AS (SELECT CAST(${from} AS DATE) AS period_start)`;
  }
  const seen = spec.parts.map((_part, index) =>
    trusted(`SELECT period_start FROM p${index}`),
  );
  // The requested range widens the spine so empty leading or trailing periods still show.
  const edges = [request.from, request.to].filter((date) => date !== undefined);
  const edgeDates = edges.map((date) => sqlFragment`(CAST(${bound(date)} AS DATE))`);
  if (edgeDates.length > 0) {
    const bucket = bucketSql(request, identifier('d'));
    seen.push(
      sqlFragment`SELECT ${bucket} FROM (VALUES ${joinFragments(edgeDates, ', ')}) AS v(d)`,
    );
  }
  const step = bound(periodStepMonths(request.grain));
  return sqlFragment`spine AS (
  SELECT CAST(unnest(generate_series(min(period_start), max(period_start),
    to_months(CAST(${step} AS INTEGER)))) AS DATE) AS period_start
  FROM (${joinFragments(seen, ' UNION ALL ')}) AS seen
  HAVING count(period_start) > 0)`;
}

function groupsSql(spec: MeasureSpec, request: MetricRequest): SqlFragment {
  const grouped = spec.parts
    .map((part, index) => (groupedBy(part, request) ? `SELECT grp FROM p${index}` : null))
    .filter((text) => text !== null);
  if (grouped.length === 0)
    return trusted('groups AS (SELECT CAST(NULL AS VARCHAR) AS grp)');
  return trusted(`groups AS (SELECT DISTINCT grp FROM (${grouped.join(' UNION ALL ')}))`);
}

function joinSql(part: MeasurePart, index: number, request: MetricRequest): SqlFragment {
  const alias = `p${index}`;
  const byGroup = groupedBy(part, request)
    ? ` AND ${alias}.grp IS NOT DISTINCT FROM g.grp`
    : '';
  return trusted(
    `LEFT JOIN ${alias} ON ${alias}.period_start = s.period_start${byGroup}`,
  );
}
