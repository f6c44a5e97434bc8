/**
 * Published figures: counts and rates an agency already totalled by period (the
 * aggregates dataset), read back as published. A count may be summed across areas;
 * a rate never is, nor across periods. The period axis is made continuous in
 * TypeScript so a missing period shows as a gap, never as a zero.
 */
import type { ValueKind } from '../model/datasets';
import { quoteIdentifier as q, sql, type SqlQuery } from '../model/sql';
import { addDays, parseIsoDate, formatIsoDate } from './calendar-date';

/** A result row as the query runner returns it: column name to plain value. */
type PlainValue = string | number | boolean | null | PlainValue[];
type PlainRow = Readonly<Record<string, PlainValue | undefined>>;

/** One published measure of one group, as the measure picker lists it. */
export interface PublishedMeasure {
  readonly measure: string;
  readonly group: string | null;
  /** `count` (may be summed) or `rate` (never summed). */
  readonly valueKind: string;
  readonly unit: string | null;
  /** day, week, month, quarter or year, as the export says. */
  readonly grain: string;
  /** The areas the measure is published for; [null] when it names none. */
  readonly areas: readonly (string | null)[];
}

/** Every measure and group with its kind, unit, grain and areas, sorted by name. */
export function publishedMeasuresQuery(): SqlQuery {
  return sql(`SELECT ${q('measure')} AS measure, ${q('population_group')} AS grp,
      coalesce(any_value(${q('value_kind')}), 'count') AS value_kind,
      any_value(${q('unit')}) AS unit,
      coalesce(any_value(${q('period_grain')}), 'month') AS grain,
      list(DISTINCT ${q('area')} ORDER BY ${q('area')}) AS areas
    FROM ${q('aggregates')}
    WHERE ${q('measure')} IS NOT NULL
    GROUP BY ALL ORDER BY measure, grp NULLS FIRST`);
}

/** The rows of publishedMeasuresQuery as measures. */
export function publishedMeasuresOf(rows: readonly PlainRow[]): PublishedMeasure[] {
  return rows.map((row) => {
    const areas = Array.isArray(row.areas)
      ? row.areas.map((a) => (a === null ? null : String(a as string)))
      : [];
    return {
      measure: String(row.measure),
      group: row.grp === null || row.grp === undefined ? null : String(row.grp),
      valueKind: String(row.value_kind),
      unit: row.unit === null || row.unit === undefined ? null : String(row.unit),
      grain: String(row.grain),
      areas: areas.length > 0 ? areas : [null],
    };
  });
}

// Value kinds whose figures for several areas in one period add up to a total.
const SUMMABLE_IN_A_PERIOD: readonly ValueKind[] = ['count', 'stock'];

/** True when a kind's figures for several areas in one period may be added up. */
export function summableAcrossAreas(valueKind: string): boolean {
  return (SUMMABLE_IN_A_PERIOD as readonly string[]).includes(valueKind);
}

/** Which areas a series reads: one (null for figures naming none), or all summed. */
export type PublishedArea = { readonly all: true } | { readonly area: string | null };

/**
 * One measure's figure per period, in period order. Counts of several areas are
 * summed when all areas are asked for, and so are stocks (a census is summed across
 * areas within its period, never across periods, and a series never merges periods);
 * a rate is never summed, so a rate asked for all areas reads null with its row
 * count. A figure published twice for one area and period with two values reads null.
 */
export function publishedSeriesQuery(
  measure: Pick<PublishedMeasure, 'measure' | 'group'>,
  area: PublishedArea,
): SqlQuery {
  const areaClause =
    'all' in area ? 'TRUE' : `${q('area')} IS NOT DISTINCT FROM CAST(? AS VARCHAR)`;
  const params = [
    ...SUMMABLE_IN_A_PERIOD,
    measure.measure,
    measure.group,
    ...('all' in area ? [] : [area.area]),
  ];
  // Per area first: a figure given twice for one area and period (bad input 27's
  // repeated day) is one figure when both agree and a gap when they conflict, never
  // their sum; only then are areas added up, and only for kinds that add up.
  return sql(
    `WITH per_area AS (
      SELECT ${q('period_start')}, ${q('area')}, count(*) AS figures,
        CASE WHEN min(${q('value')}) = max(${q('value')}) THEN min(${q('value')}) END
          AS value,
        bool_and(coalesce(${q('value_kind')}, 'count') IN (?, ?)) AS summable
      FROM ${q('aggregates')}
      WHERE ${q('measure')} = ? AND ${q('population_group')} IS NOT DISTINCT FROM
        CAST(? AS VARCHAR) AND ${q('period_start')} IS NOT NULL AND ${areaClause}
      GROUP BY ALL)
    SELECT strftime(${q('period_start')}, '%Y-%m-%d') AS period_start,
      sum(figures) AS figures,
      CASE WHEN bool_or(value IS NULL) THEN NULL
           WHEN bool_and(summable) THEN sum(value)
           WHEN count(*) = 1 THEN min(value) END AS value
    FROM per_area GROUP BY ALL ORDER BY period_start`,
    params,
  );
}

/** One period of a published series; value null is a gap (not published, or a rate). */
export interface PublishedPoint {
  readonly periodStart: string;
  readonly value: number | null;
  /** How many published rows the period holds: 0 for a missing period. */
  readonly figures: number;
}

const MONTHS_PER: Readonly<Record<string, number>> = { month: 1, quarter: 3, year: 12 };

/** The start of the period after `start` at a grain (unknown grains step by day). */
export function nextPeriodStart(start: string, grain: string): string {
  if (grain === 'week') return addDays(start, 7);
  const months = MONTHS_PER[grain];
  if (months === undefined) return addDays(start, 1);
  const { year, month, day } = parseIsoDate(start);
  const index = year * 12 + (month - 1) + months;
  return formatIsoDate({ year: Math.floor(index / 12), month: (index % 12) + 1, day });
}

/**
 * The rows of publishedSeriesQuery on a continuous, sorted axis from the first
 * period to the last: each period the export skipped is a point with no value.
 */
export function continuousSeries(
  rows: readonly PlainRow[],
  grain: string,
): PublishedPoint[] {
  const byStart = new Map(rows.map((row) => [String(row.period_start), row]));
  const starts = [...byStart.keys()].sort();
  const first = starts[0];
  const last = starts.at(-1);
  if (first === undefined || last === undefined) return [];

  const points: PublishedPoint[] = [];
  // A period start off the grain's steps (a mid-month date) still gets its own point.
  for (let start = first; start <= last; start = nextPeriodStart(start, grain)) {
    const row = byStart.get(start);
    points.push(pointOf(start, row));
    if (points.length > 50_000) break;
  }
  const onAxis = new Set(points.map((point) => point.periodStart));
  const missed = starts.filter((start) => !onAxis.has(start));
  return [...points, ...missed.map((start) => pointOf(start, byStart.get(start)))].sort(
    (a, b) => (a.periodStart < b.periodStart ? -1 : 1),
  );
}

function pointOf(periodStart: string, row: PlainRow | undefined): PublishedPoint {
  if (!row) return { periodStart, value: null, figures: 0 };
  const value = row.value === null || row.value === undefined ? null : Number(row.value);
  return { periodStart, value, figures: Number(row.figures) };
}
