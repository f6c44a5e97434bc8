/**
 * SQL for the month view of an event source: events and outcomes per calendar month
 * on a continuous month axis, and one month broken down against the month before and
 * the same month a year earlier. Months are the agency's calendar months: the SQL
 * works on DATE values, so the browser's time zone never moves an event.
 */
import type { BreakdownFilter, EventSource } from '../model/event-source';
import { quoteIdentifier, sql, type SqlQuery, type SqlValue } from '../model/sql';

function whereClause(filters: readonly BreakdownFilter[]): {
  text: string;
  params: SqlValue[];
} {
  const conditions = filters.map((filter) => `${quoteIdentifier(filter.column)} = ?`);
  return {
    text: ['occurred_on IS NOT NULL', ...conditions].join(' AND '),
    params: filters.map((filter) => filter.value),
  };
}

/**
 * One row per month from the source's first to last month (filters applied to the
 * counts, not the axis): `month` (YYYY-MM-01), `events`, `outcomes`.
 */
export function monthlyEventsQuery(
  source: EventSource,
  filters: readonly BreakdownFilter[],
): SqlQuery {
  const table = quoteIdentifier(source.table);
  const where = whereClause(filters);
  return sql(
    `WITH bounds AS (
       SELECT date_trunc('month', min(occurred_on)) AS first_month,
              date_trunc('month', max(occurred_on)) AS last_month
       FROM ${table}),
     months AS (
       SELECT CAST(unnest(generate_series(first_month, last_month, INTERVAL 1 MONTH)) AS DATE)
         AS month FROM bounds WHERE first_month IS NOT NULL),
     counts AS (
       SELECT CAST(date_trunc('month', occurred_on) AS DATE) AS month,
              count(*) AS events, count(*) FILTER (WHERE outcome) AS outcomes
       FROM ${table} WHERE ${where.text} GROUP BY ALL)
     SELECT months.month, coalesce(counts.events, 0) AS events,
            coalesce(counts.outcomes, 0) AS outcomes
     FROM months LEFT JOIN counts USING (month) ORDER BY months.month`,
    where.params,
  );
}

/** The last date with an event, to tell whether the latest month is complete. */
export function lastEventDateQuery(source: EventSource): SqlQuery {
  return sql(
    `SELECT max(occurred_on) AS last_date FROM ${quoteIdentifier(source.table)}`,
  );
}

/**
 * For one month (YYYY-MM-01) and one breakdown column: per breakdown value, events and
 * outcomes in that month, the month before and the same month a year earlier.
 * Columns: `grp`, `events`, `outcomes`, `prior_events`, `prior_outcomes`,
 * `last_year_events`, `last_year_outcomes`.
 */
export function monthBreakdownQuery(
  source: EventSource,
  breakdown: string,
  month: string,
  filters: readonly BreakdownFilter[],
): SqlQuery {
  const where = whereClause(filters);
  const window = (name: string, offset: string) =>
    `count(*) FILTER (WHERE month = CAST(? AS DATE) - INTERVAL ${offset}) AS ${name}_events,
     count(*) FILTER (WHERE month = CAST(? AS DATE) - INTERVAL ${offset} AND outcome)
       AS ${name}_outcomes`;
  return sql(
    `WITH events AS (
       SELECT ${quoteIdentifier(breakdown)} AS grp, outcome,
              CAST(date_trunc('month', occurred_on) AS DATE) AS month
       FROM ${quoteIdentifier(source.table)} WHERE ${where.text})
     SELECT coalesce(grp, '(missing)') AS grp,
            ${window('current', '0 MONTH')}, ${window('prior', '1 MONTH')},
            ${window('last_year', '12 MONTH')}
     FROM events GROUP BY ALL
     HAVING current_events + prior_events + last_year_events > 0
     ORDER BY current_events DESC, grp`,
    [...where.params, month, month, month, month, month, month],
  );
}
