/**
 * Juvenile arrests: arrests (not people) of people under 18 on the day of arrest, as a
 * count and per 100,000 youth, and beside a published benchmark rate.
 *
 * Age on the arrest day comes from the first of: the recorded age; the date of birth;
 * an age band lying wholly under 18 (Seattle's `1 - 17`). The lower bound (default 10,
 * as in OJJDP's youth population) applies to ages; a band is dropped only when it lies
 * wholly below it. Rates are never summed: population counts are added, rates divided.
 */
import { quoteIdentifier, sql, type SqlQuery, type SqlValue } from '../../model/sql';
import type { ColumnRef, MetricDefinition, MetricRequest } from '../metric';
import { periodStartSql } from '../periods';

/** The options the juvenile-arrest metrics read from MetricRequest.options. */
export interface JuvenileOptions {
  /** Youngest age counted (juvenileMinimumAge). */
  readonly minimumAge: number;
  /** population.age_group of the youth population (youthAgeGroup). */
  readonly youthAgeGroup: string;
}

/** Where a benchmark rate per 100,000 youth is found among the aggregate imports. */
export interface JuvenileBenchmark {
  /** aggregates.measure, e.g. `juvenile_arrest_rate`. */
  readonly measure: string;
  /** aggregates.area of the benchmark, e.g. a state or `United States`. */
  readonly area: string;
  /** aggregates.population_group, when the import sets one. */
  readonly populationGroup?: string;
}

const JUVENILE_BELOW = 18;
const DEFAULT_MINIMUM_AGE = 10;
const PER_100000 = 100_000;

/** Reads `juvenileMinimumAge` and `youthAgeGroup`, rejecting a lower bound that is not an age under 18. */
export function juvenileOptions(request: MetricRequest): JuvenileOptions {
  const minimumAge = request.options?.juvenileMinimumAge ?? DEFAULT_MINIMUM_AGE;
  if (typeof minimumAge !== 'number' || !Number.isInteger(minimumAge)) {
    throw new Error('juvenileMinimumAge must be a whole number of years.');
  }
  if (minimumAge < 0 || minimumAge >= JUVENILE_BELOW) {
    throw new Error(`juvenileMinimumAge must be from 0 to ${JUVENILE_BELOW - 1}.`);
  }
  const group = request.options?.youthAgeGroup ?? `youth ${minimumAge}-17`;
  return { minimumAge, youthAgeGroup: String(group) };
}

type Part = SqlQuery | SqlValue;

// Composes SQL so every `?` and its value travel together in text order.
function q(strings: TemplateStringsArray, ...parts: readonly Part[]): SqlQuery {
  let text = strings[0] ?? '';
  const params: SqlValue[] = [];
  parts.forEach((part, index) => {
    const isFragment = typeof part === 'object' && part !== null;
    text += isFragment ? part.text : '?';
    params.push(...(isFragment ? part.params : [part]));
    text += strings[index + 1] ?? '';
  });
  return { text, params };
}

const joinParts = (parts: readonly SqlQuery[], separator: string): SqlQuery => ({
  text: parts.map((part) => part.text).join(separator),
  params: parts.flatMap((part) => part.params),
});

const int = (value: number) => q`CAST(${value} AS INTEGER)`;
const day = (value: string) => q`CAST(${value} AS DATE)`;

function arrestColumn(ref: ColumnRef): SqlQuery {
  // Known limitation: attributes kept outside the canonical columns cannot be used here.
  if (ref.extraKey !== undefined) {
    throw new Error('Juvenile arrests cannot group or filter by an unmapped attribute.');
  }
  return sql(`CAST(a.${quoteIdentifier(ref.column)} AS VARCHAR)`);
}

// Whole years on the arrest day: the birthday itself counts as a year complete, so a
// person arrested on their 18th birthday is 18. A 29 February birthday is reached on
// 1 March in common years.
const AGE_FROM_BIRTH_DATE = sql(
  `year(a.occurred_on) - year(a.birth_date) - CASE WHEN ` +
    `month(a.occurred_on) * 100 + day(a.occurred_on) < ` +
    `month(a.birth_date) * 100 + day(a.birth_date) THEN 1 ELSE 0 END`,
);

function isJuvenile(minimumAge: number): SqlQuery {
  const age = q`coalesce(a.age, ${AGE_FROM_BIRTH_DATE})`;
  return q`coalesce(CASE WHEN ${age} IS NOT NULL
      THEN ${age} BETWEEN ${int(minimumAge)} AND ${int(JUVENILE_BELOW - 1)}
      ELSE a.age_max < ${int(JUVENILE_BELOW)} AND a.age_max >= ${int(minimumAge)} END, FALSE)`;
}

function arrestFilters(request: MetricRequest): SqlQuery[] {
  const clauses = [sql('a.occurred_on IS NOT NULL')];
  if (request.from) clauses.push(q`a.occurred_on >= ${day(request.from)}`);
  if (request.to) clauses.push(q`a.occurred_on <= ${day(request.to)}`);
  for (const filter of request.filters) {
    clauses.push(q`${arrestColumn(filter)} = ${filter.value}`);
  }
  return clauses;
}

function periodStart(request: MetricRequest): SqlQuery {
  if (request.grain !== 'window') {
    return periodStartSql(request.grain, 'a.occurred_on', request.fiscalYearStartMonth);
  }
  if (!(request.from && request.to))
    throw new Error('A window needs both a from and a to date.');
  return day(request.from);
}

function countsSelect(request: MetricRequest): SqlQuery {
  const { minimumAge } = juvenileOptions(request);
  const group = request.breakdown ? arrestColumn(request.breakdown) : sql('NULL');
  return q`SELECT ${periodStart(request)} AS period_start, ${group} AS grp,
      count_if(${isJuvenile(minimumAge)}) AS numerator
    FROM arrests AS a
    WHERE ${joinParts(arrestFilters(request), ' AND ')}
    GROUP BY ALL`;
}

/** SQL for the number of juvenile arrests in each period (zero where arrests exist but none are juvenile). */
export function buildJuvenileArrestCountQuery(request: MetricRequest): SqlQuery {
  return q`SELECT period_start, grp, numerator, CAST(NULL AS DOUBLE) AS denominator,
      CAST(numerator AS DOUBLE) AS value
    FROM (${countsSelect(request)})
    ORDER BY period_start, grp NULLS FIRST`;
}

const isAreaRef = (ref: ColumnRef | undefined) =>
  ref?.column === 'area' && ref.extraKey === undefined;

// One population figure per year and area; duplicates give no figure rather than a sum.
// The whole jurisdiction is its own row (area empty) when there is one, else the sum
// of one row per area.
function youthPopulation(request: MetricRequest, youthAgeGroup: string): SqlQuery {
  const areaFilters = request.filters
    .filter(isAreaRef)
    .map((filter) => q` AND p.area = ${filter.value}`);
  return q`youth AS (
      SELECT p.year, p.area, p.population FROM population AS p
      WHERE p.age_group = ${youthAgeGroup}${joinParts(areaFilters, '')}),
    by_area AS (
      SELECT year, area, CASE WHEN count(*) = 1 THEN max(population) END AS population
      FROM youth WHERE area IS NOT NULL GROUP BY year, area),
    overall AS (
      SELECT year, CASE
        WHEN count_if(area IS NULL) = 1 THEN max(population) FILTER (WHERE area IS NULL)
        WHEN count_if(area IS NULL) = 0 AND count(DISTINCT area) = count(*) THEN sum(population)
      END AS population
      FROM youth GROUP BY year)`;
}

/** SQL for juvenile arrests per 100,000 youth per calendar year, by area when broken down by area. */
export function buildJuvenileArrestRateQuery(request: MetricRequest): SqlQuery {
  if (request.grain !== 'year') {
    throw new Error(
      'Juvenile arrest rates are yearly: population estimates are by year.',
    );
  }
  const { youthAgeGroup } = juvenileOptions(request);
  const byArea = isAreaRef(request.breakdown);
  const join = byArea
    ? sql('by_area AS d ON d.year = year(c.period_start) AND d.area = c.grp')
    : sql('overall AS d ON d.year = year(c.period_start)');
  return q`WITH counts AS (${countsSelect(request)}), ${youthPopulation(request, youthAgeGroup)}
    SELECT c.period_start, c.grp, c.numerator, d.population AS denominator,
      c.numerator * ${PER_100000} / nullif(d.population, 0) AS value
    FROM counts AS c LEFT JOIN ${join}
    ORDER BY c.period_start, c.grp NULLS FIRST`;
}

/**
 * SQL for the yearly juvenile arrest rate beside a benchmark rate for the same year:
 * the rate query's columns plus benchmark_rate, benchmark_rows and rate_ratio. A year
 * with more than one matching benchmark row gets no benchmark, since rates cannot be
 * added; benchmark_rows says why.
 */
export function buildJuvenileBenchmarkQuery(
  request: MetricRequest,
  benchmark: JuvenileBenchmark,
): SqlQuery {
  const group = benchmark.populationGroup;
  const groupFilter =
    group === undefined ? sql('') : q` AND g.population_group = ${group}`;
  return q`WITH local_rates AS (${buildJuvenileArrestRateQuery(request)}),
    bench AS (
      SELECT year(g.period_start) AS year, count(*) AS benchmark_rows,
        CASE WHEN count(*) = 1 THEN max(g.value) END AS benchmark_rate
      FROM aggregates AS g
      WHERE g.value_kind = ${'rate'} AND g.period_grain = ${'year'}
        AND g.measure = ${benchmark.measure} AND g.area = ${benchmark.area}${groupFilter}
      GROUP BY year(g.period_start))
    SELECT l.*, b.benchmark_rate, coalesce(b.benchmark_rows, 0) AS benchmark_rows,
      l.value / nullif(b.benchmark_rate, 0) AS rate_ratio
    FROM local_rates AS l LEFT JOIN bench AS b ON b.year = year(l.period_start)
    ORDER BY l.period_start, l.grp NULLS FIRST`;
}

const shared = {
  numerator: 'Arrests of people under 18 on the arrest day',
  datasets: ['arrests'],
  fields: ['occurred_on', 'age', 'birth_date', 'age_min', 'age_max'],
  periodRule: 'Arrest date.',
  lowerIsBetter: true,
  minimumForChange: 5,
} as const;

const caveats = [
  'Counts arrests, not people: one person arrested twice counts twice.',
  'An age band counts only when it lies wholly under 18; a band straddling the lower age bound counts.',
  'Arrests with no age, date of birth or band are not counted.',
];

/** The juvenile arrest count and the juvenile arrest rate per 100,000 youth. */
export const juvenileArrestMetrics: readonly MetricDefinition[] = [
  {
    ...shared,
    id: 'juvenile_arrests',
    name: 'Juvenile arrests',
    denominator: null,
    unit: 'count',
    caveats,
    buildQuery: buildJuvenileArrestCountQuery,
  },
  {
    ...shared,
    id: 'juvenile_arrest_rate',
    name: 'Juvenile arrests per 100,000 youth',
    denominator: 'Youth population of the area that year, from the population table',
    unit: 'per_100000',
    datasets: ['arrests', 'population'],
    caveats: [
      ...caveats,
      'Yearly only. No rate is shown for a year or area without a youth population figure.',
      'A breakdown other than area divides by the whole population of the jurisdiction.',
    ],
    buildQuery: buildJuvenileArrestRateQuery,
  },
];
