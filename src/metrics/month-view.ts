/**
 * SQL for the month view of an event source: events and outcomes per calendar month
 * on a continuous month axis, and one month broken down against the month before and
 * the same month a year earlier. Months are the agency's calendar months: the SQL
 * works on DATE values, so the browser's time zone never moves an event.
 */
import type { BreakdownFilter, EventSource } from '../model/event-source';
import type { SqlQuery } from '../model/sql';
import { bound, identifier, joinFragments, sqlFragment, trusted } from './sql-fragment';

function whereClause(filters: readonly BreakdownFilter[]): SqlQuery {
  const conditions = filters.map(
    (filter) => sqlFragment`${identifier(filter.column)} = ${bound(filter.value)}`,
  );
  return joinFragments([trusted('occurred_on IS NOT NULL'), ...conditions], ' AND ');
}

/**
 * One row per month from the source's first to last month (filters applied to the
 * counts, not the axis): `month` (YYYY-MM-01), `events`, `outcomes`.
 */
export function monthlyEventsQuery(
  source: EventSource,
  filters: readonly BreakdownFilter[],
): SqlQuery {
  return sqlFragment`WITH bounds AS (
       SELECT date_trunc('month', min(occurred_on)) AS first_month,
              date_trunc('month', max(occurred_on)) AS last_month
       FROM (${source.relation}) AS events),
     months AS (
       SELECT CAST(unnest(generate_series(first_month, last_month, INTERVAL 1 MONTH)) AS DATE)
         AS month FROM bounds WHERE first_month IS NOT NULL),
     counts AS (
       SELECT CAST(date_trunc('month', occurred_on) AS DATE) AS month,
              count(*) AS events, count(*) FILTER (WHERE outcome) AS outcomes
       FROM (${source.relation}) AS events WHERE ${whereClause(filters)} GROUP BY ALL)
     SELECT months.month, coalesce(counts.events, 0) AS events,
            coalesce(counts.outcomes, 0) AS outcomes
     FROM months LEFT JOIN counts USING (month) ORDER BY months.month`;
}

/** The first and last dates with an event: the months the data covers. */
export function eventDatesQuery(source: EventSource): SqlQuery {
  return sqlFragment`SELECT min(occurred_on) AS first_date, max(occurred_on) AS last_date
    FROM (${source.relation}) AS events`;
}

/**
 * For one month (YYYY-MM-01) and one breakdown column: per breakdown value, events and
 * outcomes in that month, the month before and the same month a year earlier.
 * Columns: `grp`, `current_events`, `current_outcomes`, `prior_events`,
 * `prior_outcomes`, `last_year_events`, `last_year_outcomes`.
 */
export function monthBreakdownQuery(
  source: EventSource,
  breakdown: string,
  month: string,
  filters: readonly BreakdownFilter[],
): SqlQuery {
  const monthStart = (offset: number) =>
    sqlFragment`CAST(${bound(month)} AS DATE) - INTERVAL ${trusted(String(offset))} MONTH`;
  const window = (name: string, offset: number) =>
    sqlFragment`count(*) FILTER (WHERE month = ${monthStart(offset)}) AS ${identifier(`${name}_events`)},
     count(*) FILTER (WHERE month = ${monthStart(offset)} AND outcome)
       AS ${identifier(`${name}_outcomes`)}`;
  return sqlFragment`WITH events AS (
       SELECT ${identifier(breakdown)} AS grp, outcome,
              CAST(date_trunc('month', occurred_on) AS DATE) AS month
       FROM (${source.relation}) AS source_events WHERE ${whereClause(filters)})
     SELECT coalesce(grp, '(missing)') AS grp,
            ${window('current', 0)}, ${window('prior', 1)}, ${window('last_year', 12)}
     FROM events GROUP BY ALL
     HAVING current_events + prior_events + last_year_events > 0
     ORDER BY current_events DESC, grp`;
}
