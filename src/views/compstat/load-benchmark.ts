/**
 * The juvenile arrest rate against a published benchmark for the CompStat screen: the
 * benchmarks on offer, and the last two whole calendar years against the chosen one.
 */
import {
  benchmarkAges,
  buildBenchmarkChoicesQuery,
  buildJuvenileBenchmarkQuery,
  juvenileBenchmarkComparison,
  juvenileOptions,
  type BenchmarkAges,
  type JuvenileBenchmark,
  type JuvenileBenchmarkComparison,
} from '../../metrics/definitions/juvenile-arrests';
import { metricById } from '../../metrics/registry';
import type { MetricRowSource } from '../../metrics/run-metric';
import type { WorkspaceSettings } from '../../model/workspace-settings';
import { suppressPair } from '../shared/pair-suppression';
import { calendarYearWindow, requestOptions, type CompStatQuery } from './load-compstat';

/** One year against the benchmark, with whether its arrest count must be hidden. */
export interface BenchmarkYear extends JuvenileBenchmarkComparison {
  readonly hidden: boolean;
}

/** The yearly published rates that can serve as the benchmark. */
export async function loadBenchmarkChoices(
  source: MetricRowSource,
): Promise<JuvenileBenchmark[]> {
  const rows = await source.rows(buildBenchmarkChoicesQuery());
  return rows.map((row) => ({
    measure: String(row.measure),
    area: String(row.area),
    ...(typeof row.population_group === 'string'
      ? { populationGroup: row.population_group }
      : {}),
  }));
}

/**
 * The local juvenile rate against a benchmark, counted over the benchmark's ages:
 * `ages` is null when the benchmark's ages match no juvenile figure (no years then),
 * and `tableMinimumAge` is the lower age the CompStat table itself counts from.
 */
export interface BenchmarkComparison {
  readonly ages: BenchmarkAges | null;
  readonly tableMinimumAge: number;
  readonly years: BenchmarkYear[];
}

/** The two whole calendar years before the as-of date against the benchmark. */
export async function loadBenchmarkYears(
  source: MetricRowSource,
  settings: WorkspaceSettings,
  query: CompStatQuery,
  benchmark: JuvenileBenchmark,
): Promise<BenchmarkComparison> {
  const window = calendarYearWindow(query.asOf);
  const rate = metricById('juvenile_arrest_rate')!;
  const table = {
    grain: 'year' as const,
    from: window.prior.from,
    to: window.current.to,
    filters: query.filters,
    fiscalYearStartMonth: settings.fiscalYearStartMonth,
    options: requestOptions(rate, query),
  };
  const tableMinimumAge = juvenileOptions(table).minimumAge;
  const ages = benchmarkAges(benchmark);
  if (!ages) return { ages, tableMinimumAge, years: [] };
  // A local rate of other ages than the benchmark's would set two different ratios
  // side by side.
  const request = {
    ...table,
    options: { ...table.options, juvenileMinimumAge: ages.minimumAge },
  };
  const rows = await source.rows(buildJuvenileBenchmarkQuery(request, benchmark));
  const years = rows.map(juvenileBenchmarkComparison);
  // Both years are one pair, as on the CompStat table: a small year hides its partner.
  const yearOf = (from: string) => years.find((year) => year.periodStart === from);
  const pair = suppressPair(
    yearOf(window.current.from)?.arrests ?? null,
    yearOf(window.prior.from)?.arrests ?? null,
    settings.suppression,
  );
  const shown = years.map((year) => ({
    ...year,
    hidden: year.periodStart === window.current.from ? pair.current : pair.prior,
  }));
  return { ages, tableMinimumAge, years: shown };
}
