/**
 * The month review's figures, all from registry metrics: events and outcomes per
 * calendar month on a continuous month axis, and one month broken down against the
 * month before and the same month a year earlier. An event source names a share
 * metric (outcome ÷ every record) or, without an outcome, a count metric; this module
 * turns its MetricRequest and rows into the review's shapes. Months are the agency's
 * calendar months: the SQL works on DATE values, so the browser's time zone never
 * moves an event.
 */
import { datasetTable } from '../model/datasets';
import type {
  BreakdownColumn,
  BreakdownFilter,
  EventSource,
} from '../model/event-source';
import { quoteIdentifier, sql, type SqlQuery } from '../model/sql';
import { NOT_RECORDED_GROUP } from './column-refs';
import type {
  ColumnRef,
  Filter,
  MetricDefinition,
  MetricRequest,
  MetricRow,
} from './metric';
import { lastDayOfMonth, shiftMonth, type MonthCounts } from './month-comparison';
import { optionsRead } from './options';
import { metricById } from './registry';

/** The first and last dates the source's records span, unfiltered. */
export interface EventDates {
  readonly firstDate: string;
  readonly lastDate: string;
}

/** The breakdown group the month review has always called "(missing)". */
export const MISSING_GROUP = '(missing)';

/** The registry metric that gives a source's figures. */
export function sourceMetric(source: EventSource): MetricDefinition {
  const id = source.outcomeMetric ?? source.eventsMetric;
  const metric = metricById(id);
  if (!metric)
    throw new Error(
      `The month review names metric "${id}", which is not in the registry.`,
    );
  return metric;
}

const refOf = ({ column, extraKey }: BreakdownColumn): ColumnRef =>
  extraKey === undefined ? { column } : { column, extraKey };

const filtersOf = (filters: readonly BreakdownFilter[]): Filter[] =>
  filters.map((filter) => ({ ...refOf(filter), value: filter.value }));

/**
 * The request for every month the data spans: the dates widen the month axis, so a
 * filter that leaves a month empty shows it as 0 events instead of dropping it.
 */
export function monthlyRequest(
  filters: readonly BreakdownFilter[],
  dates: EventDates,
  options: Readonly<Record<string, number>> = {},
): MetricRequest {
  return {
    grain: 'month',
    from: dates.firstDate,
    to: dates.lastDate,
    filters: filtersOf(filters),
    fiscalYearStartMonth: 1,
    options,
  };
}

/**
 * The SQL of a source's monthly figures (rows of MetricRow). `optionValues` are the
 * workspace's (or the filtered program's) measure options; the metric reads its own.
 */
export function monthlyEventsQuery(
  source: EventSource,
  filters: readonly BreakdownFilter[],
  dates: EventDates,
  optionValues: Readonly<Record<string, number>> = {},
): SqlQuery {
  const metric = sourceMetric(source);
  return metric.buildQuery(
    monthlyRequest(filters, dates, optionsRead(metric, optionValues)),
  );
}

/** A metric row as events and outcomes: a share's denominator and numerator, or a count. */
function countsOf(
  source: EventSource,
  row: MetricRow,
): { events: number; outcomes: number } {
  if (source.outcomeMetric === null) return { events: row.numerator, outcomes: 0 };
  return { events: row.denominator ?? 0, outcomes: row.numerator };
}

/** Month figures from the rows of monthlyEventsQuery, one per month in order. */
export function monthCountsOf(
  source: EventSource,
  rows: readonly MetricRow[],
): MonthCounts[] {
  return rows.map((row) => ({ month: row.periodStart, ...countsOf(source, row) }));
}

// The date each dataset's count metric puts a record in a month by.
const MONTH_DATE: Readonly<Partial<Record<string, string>>> = {
  releases: quoteIdentifier('released_on'),
  responses: `coalesce(${quoteIdentifier('occurred_on')},
    CAST(${quoteIdentifier('received_at')} AS DATE))`,
};

/** The first and last dates with an event: the months the data covers. */
export function eventDatesQuery(source: EventSource): SqlQuery {
  const table = quoteIdentifier(datasetTable(source.dataset));
  const date = MONTH_DATE[source.dataset] ?? quoteIdentifier('occurred_on');
  return sql(`SELECT min(${date}) AS first_date, max(${date}) AS last_date
    FROM ${table}`);
}

/**
 * The SQL for one month (YYYY-MM-01) by one breakdown column: every month from the
 * same month a year earlier to it, per breakdown value; monthBreakdownRows picks the
 * three months compared.
 */
export function monthBreakdownQuery(
  source: EventSource,
  breakdown: BreakdownColumn,
  month: string,
  filters: readonly BreakdownFilter[],
  optionValues: Readonly<Record<string, number>> = {},
): SqlQuery {
  const metric = sourceMetric(source);
  return metric.buildQuery({
    grain: 'month',
    from: shiftMonth(month, -12),
    to: lastDayOfMonth(month),
    breakdown: refOf(breakdown),
    filters: filtersOf(filters),
    fiscalYearStartMonth: 1,
    options: optionsRead(metric, optionValues),
  });
}

// Byte order, as SQL's ORDER BY sorts text.
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** One breakdown value's events and outcomes in the month and its two comparisons. */
export interface MonthBreakdownRow {
  readonly grp: string;
  readonly current_events: number;
  readonly current_outcomes: number;
  readonly prior_events: number;
  readonly prior_outcomes: number;
  readonly last_year_events: number;
  readonly last_year_outcomes: number;
}

/**
 * Per breakdown value with any event in the three months: events and outcomes in the
 * month, the month before and the same month a year earlier; most events first.
 */
export function monthBreakdownRows(
  source: EventSource,
  rows: readonly MetricRow[],
  month: string,
): MonthBreakdownRow[] {
  const byKey = new Map(rows.map((row) => [`${row.group}\u0000${row.periodStart}`, row]));
  const at = (group: string | null, start: string) => {
    const row = byKey.get(`${group}\u0000${start}`);
    return row ? countsOf(source, row) : { events: 0, outcomes: 0 };
  };
  const groups = [...new Set(rows.map((row) => row.group))];
  const shaped = groups.map((group) => {
    const [current, prior, lastYear] = [0, -1, -12].map((by) =>
      at(group, shiftMonth(month, by)),
    ) as [ReturnType<typeof at>, ReturnType<typeof at>, ReturnType<typeof at>];
    return {
      grp: group === null || group === NOT_RECORDED_GROUP ? MISSING_GROUP : group,
      current_events: current.events,
      current_outcomes: current.outcomes,
      prior_events: prior.events,
      prior_outcomes: prior.outcomes,
      last_year_events: lastYear.events,
      last_year_outcomes: lastYear.outcomes,
    };
  });
  return shaped
    .filter((row) => row.current_events + row.prior_events + row.last_year_events > 0)
    .sort((a, b) => b.current_events - a.current_events || byText(a.grp, b.grp));
}
