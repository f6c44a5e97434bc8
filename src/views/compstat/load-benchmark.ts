/**
 * The juvenile arrest rate against a published benchmark for the CompStat screen: the
 * benchmarks on offer, and the last two whole calendar years against the chosen one.
 */
import {
  buildBenchmarkChoicesQuery,
  buildJuvenileBenchmarkQuery,
  juvenileBenchmarkComparison,
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
  return rows.map((row) => ({ measure: String(row.measure), area: String(row.area) }));
}

/** The two whole calendar years before the as-of date against the benchmark. */
export async function loadBenchmarkYears(
  source: MetricRowSource,
  settings: WorkspaceSettings,
  query: CompStatQuery,
  benchmark: JuvenileBenchmark,
): Promise<BenchmarkYear[]> {
  const window = calendarYearWindow(query.asOf);
  const rate = metricById('juvenile_arrest_rate')!;
  const request = {
    grain: 'year' as const,
    from: window.prior.from,
    to: window.current.to,
    filters: query.filters,
    fiscalYearStartMonth: settings.fiscalYearStartMonth,
    options: requestOptions(rate, query),
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
  return years.map((year) => ({
    ...year,
    hidden: year.periodStart === window.current.from ? pair.current : pair.prior,
  }));
}
