/**
 * Juvenile arrests: arrests (not people) of people under 18 on the day of arrest, as a
 * count and per 100,000 youth, and beside a published benchmark rate.
 *
 * Age on the arrest day comes from the first of: the recorded age; the date of birth;
 * an age band lying wholly under 18 (Seattle's `1 - 17`). The lower bound (default 10,
 * as in OJJDP's youth population) applies to ages; a band is dropped only when it lies
 * wholly below it. Rates are never summed: population counts are added, rates divided.
 */
import type { SqlQuery } from '../../model/sql';
import { countedRecordsWhereSQL } from '../aggregates';
import { assertColumn, filterSql, groupSql } from '../column-refs';
import type {
  ColumnRef,
  MetricDefinition,
  MetricRequest,
  NumberOptionSpec,
} from '../metric';
import { MetricRequestError } from '../metric-request-error';
import { numberOption } from '../options';
import { periodStartSql } from '../periods';
import { bound, joinFragments, sqlFragment, trusted } from '../sql-fragment';
import { benchmarkRatioInterval, type Interval } from '../../stats';

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

const MINIMUM_AGE_OPTION = {
  kind: 'number',
  key: 'juvenileMinimumAge',
  description: 'Youngest age counted as a juvenile arrest (0–17).',
  defaultValue: DEFAULT_MINIMUM_AGE,
  rule: { min: 0, max: JUVENILE_BELOW - 1, integer: true },
} as const satisfies NumberOptionSpec;

/** Reads `juvenileMinimumAge` (0–17, default 10) and `youthAgeGroup`. */
export function juvenileOptions(request: MetricRequest): JuvenileOptions {
  const minimumAge = numberOption(request, MINIMUM_AGE_OPTION);
  const group = request.options?.youthAgeGroup ?? `youth ${minimumAge}-17`;
  return { minimumAge, youthAgeGroup: String(group) };
}

const int = (value: number) => sqlFragment`CAST(${bound(value)} AS INTEGER)`;

// Whole years on the arrest day: the birthday itself counts as a year complete, so a
// person arrested on their 18th birthday is 18. A 29 February birthday is reached on
// 1 March in common years.
const AGE_FROM_BIRTH_DATE = trusted(
  `year(occurred_on) - year(birth_date) - CASE WHEN ` +
    `month(occurred_on) * 100 + day(occurred_on) < ` +
    `month(birth_date) * 100 + day(birth_date) THEN 1 ELSE 0 END`,
);

/** Juvenile status comes from an age, a date of birth or an age band: any one will do. */
export const AGE_KNOWN = 'age|birth_date|age_max';

/** SQL condition over an arrests row: the person was a juvenile on the arrest day. */
export function juvenileConditionSql(minimumAge: number): SqlQuery {
  const age = sqlFragment`coalesce(age, ${AGE_FROM_BIRTH_DATE})`;
  const oldest = int(JUVENILE_BELOW - 1);
  return sqlFragment`coalesce(CASE WHEN ${age} IS NOT NULL
      THEN ${age} BETWEEN ${int(minimumAge)} AND ${oldest}
      ELSE age_max <= ${oldest} AND age_max >= ${int(minimumAge)} END, FALSE)`;
}

function periodStartOfArrest(request: MetricRequest): SqlQuery {
  if (request.grain === 'window') {
    if (!request.from || !request.to) {
      throw new MetricRequestError(
        'A comparison window needs both a start and an end date.',
      );
    }
    return sqlFragment`CAST(${bound(request.from)} AS DATE)`;
  }
  return periodStartSql(request.grain, 'occurred_on', request.fiscalYearStartMonth);
}

function arrestConditions(request: MetricRequest): SqlQuery {
  const refs = [...request.filters, ...(request.breakdown ? [request.breakdown] : [])];
  refs.forEach((ref) => assertColumn('arrests', ref));
  const conditions = [trusted('occurred_on IS NOT NULL')];
  if (request.from)
    conditions.push(sqlFragment`occurred_on >= CAST(${bound(request.from)} AS DATE)`);
  if (request.to)
    conditions.push(sqlFragment`occurred_on <= CAST(${bound(request.to)} AS DATE)`);
  conditions.push(...request.filters.map(filterSql));
  return joinFragments(conditions, ' AND ');
}

/**
 * SQL for the number of juvenile arrests in each period that has any arrest (0 when
 * none of them were juvenile).
 *
 * Known limitation: a period with no arrests at all has no row. query-builder.ts would
 * fill it, but its groups list repeats each group once per period when a measure has a
 * single part, so the breakdown rows come out duplicated; move to buildMetricQuery
 * once that is fixed.
 */
export function buildJuvenileArrestCountQuery(request: MetricRequest): SqlQuery {
  const { minimumAge } = juvenileOptions(request);
  const group = request.breakdown ? groupSql(request.breakdown) : trusted('NULL');
  const period = periodStartOfArrest(request);
  const juvenile = countedRecordsWhereSQL('arrests', juvenileConditionSql(minimumAge));
  return sqlFragment`SELECT ${period} AS period_start, ${group} AS grp,
      ${juvenile} AS numerator,
      CAST(NULL AS DOUBLE) AS denominator,
      CAST(${juvenile} AS DOUBLE) AS value
    FROM arrests
    WHERE ${arrestConditions(request)}
    GROUP BY ALL
    ORDER BY period_start, grp NULLS FIRST`;
}

const isAreaRef = (ref: ColumnRef | undefined) =>
  ref?.column === 'area' && ref.extraKey === undefined;

// One population figure per year and area; duplicates give no figure rather than a sum.
// The whole jurisdiction is its own row (area empty) when there is one, else the sum
// of one row per area. Only area filters apply: population has no program or date.
function youthPopulationSql(request: MetricRequest, youthAgeGroup: string): SqlQuery {
  const areaFilters = request.filters.filter(isAreaRef).map(filterSql);
  const conditions = [sqlFragment`age_group = ${bound(youthAgeGroup)}`, ...areaFilters];
  return sqlFragment`youth AS (
      SELECT year, area, population FROM population
      WHERE ${joinFragments(conditions, ' AND ')}),
    by_area AS (
      SELECT year, area, CASE WHEN count(*) = 1 THEN max(population) END AS population
      FROM youth WHERE area IS NOT NULL GROUP BY year, area),
    overall AS (
      SELECT year, CASE
        WHEN count_if(area IS NULL) = 1 THEN max(population) FILTER (WHERE area IS NULL)
        WHEN count_if(area IS NULL) = 0 AND count(DISTINCT area) = count(*)
          THEN sum(population)
      END AS population
      FROM youth GROUP BY year)`;
}

/** SQL for juvenile arrests per 100,000 youth per calendar year, by area if asked. */
export function buildJuvenileArrestRateQuery(request: MetricRequest): SqlQuery {
  if (request.grain !== 'year') {
    throw new MetricRequestError(
      'Juvenile arrest rates are yearly, because population estimates are by year.',
    );
  }
  const { youthAgeGroup } = juvenileOptions(request);
  const join = isAreaRef(request.breakdown)
    ? trusted('by_area AS d ON d.year = year(c.period_start) AND d.area = c.grp')
    : trusted('overall AS d ON d.year = year(c.period_start)');
  return sqlFragment`WITH counts AS (${buildJuvenileArrestCountQuery(request)}),
    ${youthPopulationSql(request, youthAgeGroup)}
    SELECT c.period_start, c.grp, c.numerator, d.population AS denominator,
      c.numerator * ${bound(PER_100000)} / nullif(d.population, 0) AS value
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
  const conditions = [
    sqlFragment`value_kind = ${bound('rate')}`,
    sqlFragment`period_grain = ${bound('year')}`,
    sqlFragment`measure = ${bound(benchmark.measure)}`,
    sqlFragment`area = ${bound(benchmark.area)}`,
  ];
  if (benchmark.populationGroup !== undefined) {
    conditions.push(sqlFragment`population_group = ${bound(benchmark.populationGroup)}`);
  }
  return sqlFragment`WITH local_rates AS (${buildJuvenileArrestRateQuery(request)}),
    bench AS (
      SELECT year(period_start) AS year, count(*) AS benchmark_rows,
        CASE WHEN count(*) = 1 THEN max(value) END AS benchmark_rate
      FROM aggregates
      WHERE ${joinFragments(conditions, ' AND ')}
      GROUP BY year(period_start))
    SELECT l.*, b.benchmark_rate, coalesce(b.benchmark_rows, 0) AS benchmark_rows,
      l.value / nullif(b.benchmark_rate, 0) AS rate_ratio
    FROM local_rates AS l LEFT JOIN bench AS b ON b.year = year(l.period_start)
    ORDER BY l.period_start, l.grp NULLS FIRST`;
}

/**
 * SQL listing the yearly published rates among the aggregate imports that can serve as
 * a benchmark: columns measure, area, population_group and years (how many years each
 * has).
 */
export function buildBenchmarkChoicesQuery(): SqlQuery {
  return sqlFragment`SELECT measure, area, population_group,
      count(DISTINCT year(period_start)) AS years
    FROM aggregates
    WHERE value_kind = ${bound('rate')} AND period_grain = ${bound('year')}
      AND measure IS NOT NULL AND area IS NOT NULL
    GROUP BY measure, area, population_group
    ORDER BY measure, area, population_group NULLS FIRST`;
}

/** The youngest age a benchmark rate counts, and whether its population group says so. */
export interface BenchmarkAges {
  readonly minimumAge: number;
  readonly stated: boolean;
}

const AGE_RANGE = /\b(\d{1,2})\s*(?:-|–|to)\s*(\d{1,2})\b/;

/**
 * The ages a published juvenile arrest rate covers, so the local rate set beside it
 * counts the same ages: those its population group names (`youth 10-17`), else 10–17,
 * the ages of OJJDP's rates per 100,000 youth. Null when the group names a range not
 * ending at 17, which no juvenile (under-18) figure can match.
 */
export function benchmarkAges(benchmark: JuvenileBenchmark): BenchmarkAges | null {
  const range = AGE_RANGE.exec(benchmark.populationGroup ?? '');
  if (!range) return { minimumAge: DEFAULT_MINIMUM_AGE, stated: false };
  const [lowest, highest] = [Number(range[1]), Number(range[2])];
  if (highest !== JUVENILE_BELOW - 1 || lowest > highest) return null;
  return { minimumAge: lowest, stated: true };
}

/** One year of the benchmark query: the local rate ÷ the benchmark, with its interval. */
export interface JuvenileBenchmarkComparison {
  readonly periodStart: string;
  readonly group: string | null;
  readonly arrests: number;
  readonly youthPopulation: number | null;
  readonly localRate: number | null;
  readonly benchmarkRate: number | null;
  /** Local ÷ benchmark rate and its exact 95% interval; null without both rates. */
  readonly ratio: Interval | null;
}

const numberOrNull = (raw: unknown) => {
  if (raw === null || raw === undefined) return null;
  const value = Number(raw);
  return Number.isFinite(value) ? value : null;
};

/**
 * A row of buildJuvenileBenchmarkQuery with the ratio's 95% interval: exact Poisson on
 * the local count, the benchmark rate held fixed (docs/statistics.md).
 */
export function juvenileBenchmarkComparison(
  row: Readonly<Record<string, unknown>>,
): JuvenileBenchmarkComparison {
  const arrests = numberOrNull(row.numerator) ?? 0;
  const youthPopulation = numberOrNull(row.denominator);
  const benchmarkRate = numberOrNull(row.benchmark_rate);
  const ratio =
    youthPopulation !== null && benchmarkRate !== null
      ? benchmarkRatioInterval({
          count: arrests,
          population: youthPopulation,
          benchmarkRate,
        })
      : null;
  return {
    periodStart: String(row.period_start),
    group: typeof row.grp === 'string' ? row.grp : null,
    arrests,
    youthPopulation,
    localRate: numberOrNull(row.value),
    benchmarkRate,
    ratio,
  };
}

/** What every juvenile-arrest metric shares. */
export const JUVENILE_SHARED = {
  numerator: 'Arrests of people under 18 on the arrest day',
  datasets: ['arrests'],
  fields: ['occurred_on', 'age', 'birth_date', 'age_min', 'age_max'],
  periodRule: 'Arrest date.',
  lowerIsBetter: true,
  minimumForChange: 5,
} as const;

/** The option every juvenile-arrest metric reads. */
export const JUVENILE_OPTIONS = [MINIMUM_AGE_OPTION] as const;

/** Caveats every juvenile-arrest metric carries. */
export const JUVENILE_CAVEATS = [
  'Counts arrests, not people: one person arrested twice counts twice.',
  'An age band counts only when it lies wholly under 18; ' +
    'a band straddling the lower age bound counts.',
  'Arrests with no age, date of birth or band are not counted.',
];

/** The juvenile arrest count and the juvenile arrest rate per 100,000 youth. */
export const juvenileArrestMetrics: readonly MetricDefinition[] = [
  {
    ...JUVENILE_SHARED,
    id: 'juvenile_arrests',
    requires: [AGE_KNOWN],
    name: 'Juvenile arrests',
    denominator: null,
    unit: 'count',
    caveats: JUVENILE_CAVEATS,
    options: JUVENILE_OPTIONS,
    buildQuery: buildJuvenileArrestCountQuery,
  },
  {
    ...JUVENILE_SHARED,
    id: 'juvenile_arrest_rate',
    requires: [AGE_KNOWN],
    name: 'Juvenile arrests per 100,000 youth',
    denominator: 'Youth population of the area that year, from the population table',
    unit: 'per_100000',
    datasets: ['arrests', 'population'],
    caveats: [
      ...JUVENILE_CAVEATS,
      'Yearly only. No rate is shown for a year or area without a youth population.',
      'A breakdown other than area divides by the whole population of the jurisdiction.',
    ],
    options: [
      ...JUVENILE_OPTIONS,
      {
        kind: 'text',
        key: 'youthAgeGroup',
        description: 'population.age_group holding the youth population.',
        defaultValue: 'youth 10-17',
      },
    ],
    buildQuery: buildJuvenileArrestRateQuery,
  },
];
