/**
 * Runs the CompStat lines for one window kind through the registry: one request for
 * the current window and one for the same window a year earlier, per metric.
 */
import { shiftYears } from '../../metrics/calendar-date';
import type {
  ColumnRef,
  Filter,
  MetricDefinition,
  MetricRequest,
} from '../../metrics/metric';
import {
  compStatWindow,
  periodCoverage,
  type ComparisonWindow,
} from '../../metrics/periods';
import type { CompStatWindowKind, DateRange } from '../../metrics/periods';
import { optionsRead } from '../../metrics/options';
import { metricById } from '../../metrics/registry';
import { runMetric, type MetricRowSource } from '../../metrics/run-metric';
import type { WorkspaceSettings } from '../../model/workspace-settings';
import { dataSpan, hasData, type WorkspaceExtent } from '../shared/workspace-extent';
import { COMPSTAT_LINES, type CompStatLine } from './compstat-metrics';
import { compStatRow, type CompStatRow } from './compstat-row';

/** What the CompStat table is asked for. */
export interface CompStatQuery {
  readonly kind: CompStatWindowKind;
  readonly asOf: string;
  readonly filters: readonly Filter[];
  /** Follow-up months for recidivism (the filtered program's, or 12). */
  readonly followUpMonths: number;
  /** Option values from the settings (metricOptionValues); a metric gets those it reads. */
  readonly metricOptions?: Readonly<Record<string, number>>;
}

/** A line's rows, with the windows its figures were read over. */
export interface LoadedLine {
  readonly row: CompStatRow;
  readonly window: ComparisonWindow;
}

function shifted(range: DateRange, years: number): DateRange {
  return { from: shiftYears(range.from, -years), to: shiftYears(range.to, -years) };
}

/** The windows a line reads: recidivism looks back whole years to complete cohorts. */
export function lineWindow(line: CompStatLine, query: CompStatQuery): ComparisonWindow {
  if (line.calendarYear) return calendarYearWindow(query.asOf);
  const window = compStatWindow(query.kind, query.asOf);
  if (!line.cohortLagFromFollowUp) return window;
  const years = Math.ceil(query.followUpMonths / 12);
  return { current: shifted(window.current, years), prior: shifted(window.prior, years) };
}

/** The last whole calendar year on or before the as-of date, and the year before. */
export function calendarYearWindow(asOf: string): ComparisonWindow {
  const year = Number(asOf.slice(0, 4)) - (asOf.endsWith('-12-31') ? 0 : 1);
  const whole = (y: number) => ({ from: `${y}-01-01`, to: `${y}-12-31` });
  return { current: whole(year), prior: whole(year - 1) };
}

/** The options a metric reads, from the query; the rest keep the registry defaults. */
export function requestOptions(
  definition: MetricDefinition,
  query: Pick<CompStatQuery, 'asOf' | 'followUpMonths' | 'metricOptions'>,
): Record<string, number | string> {
  // The window's own follow-up and as-of date win over any stored option.
  return optionsRead<number | string>(definition, {
    ...query.metricOptions,
    followUpMonths: query.followUpMonths,
    dataThrough: query.asOf,
  });
}

/** The registry request for one window of a line. */
export function lineRequest(
  range: DateRange,
  query: CompStatQuery,
  settings: WorkspaceSettings,
  line: CompStatLine,
  definition: MetricDefinition,
  breakdown?: ColumnRef,
): MetricRequest {
  return {
    grain: line.calendarYear ? 'year' : 'window',
    ...(breakdown ? { breakdown } : {}),
    from: range.from,
    to: range.to,
    filters: query.filters,
    fiscalYearStartMonth: settings.fiscalYearStartMonth,
    options: requestOptions(definition, query),
  };
}

/** The lines (by default the key lines) whose datasets hold records. */
export function availableLines(
  extent: WorkspaceExtent,
  lines: readonly CompStatLine[] = COMPSTAT_LINES,
): CompStatLine[] {
  return lines.filter((line) => {
    const definition = metricById(line.metricId);
    return (
      definition !== undefined &&
      hasData(extent, definition.datasets, definition.requires)
    );
  });
}

/** Loads every available CompStat line for the query. */
export async function loadCompStat(
  source: MetricRowSource,
  settings: WorkspaceSettings,
  extent: WorkspaceExtent,
  query: CompStatQuery,
  lines: readonly CompStatLine[] = COMPSTAT_LINES,
): Promise<LoadedLine[]> {
  const loaded: LoadedLine[] = [];
  for (const line of availableLines(extent, lines)) {
    const definition = metricById(line.metricId)!;
    const window = lineWindow(line, query);
    const ask = (range: DateRange) =>
      runMetric(
        source,
        definition,
        lineRequest(range, query, settings, line, definition),
      );
    const span = dataSpan(extent, definition.datasets);
    const covered = (range: DateRange) =>
      span ? periodCoverage(range, span.firstDate, span.lastDate) : 'none';
    const currentCoverage = covered(window.current);
    const [current] = currentCoverage === 'none' ? [] : await ask(window.current);
    // A window the data does not wholly cover is no baseline: its missing days are not zeros.
    const comparable = currentCoverage === 'full' && covered(window.prior) === 'full';
    const [prior] = comparable ? await ask(window.prior) : [];
    const label = line.label ?? definition.name;
    loaded.push({
      row: compStatRow(definition, label, current, prior, settings.suppression),
      window,
    });
  }
  return loaded;
}
