/**
 * Runs the CompStat lines for one window kind through the registry: one request for
 * the current window and one for the same window a year earlier, per metric.
 */
import { shiftYears } from '../../metrics/calendar-date';
import type { Filter, MetricDefinition, MetricRequest } from '../../metrics/metric';
import {
  compStatWindow,
  periodCoverage,
  type ComparisonWindow,
} from '../../metrics/periods';
import type { CompStatWindowKind, DateRange } from '../../metrics/periods';
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
  const window = compStatWindow(query.kind, query.asOf);
  if (!line.cohortLagFromFollowUp) return window;
  const years = Math.ceil(query.followUpMonths / 12);
  return { current: shifted(window.current, years), prior: shifted(window.prior, years) };
}

function request(
  range: DateRange,
  query: CompStatQuery,
  settings: WorkspaceSettings,
  definition: MetricDefinition,
): MetricRequest {
  const reads = new Set((definition.options ?? []).map((option) => option.key));
  const options: Record<string, number | string> = {};
  if (reads.has('followUpMonths')) options.followUpMonths = query.followUpMonths;
  if (reads.has('dataThrough')) options.dataThrough = query.asOf;
  return {
    grain: 'window',
    from: range.from,
    to: range.to,
    filters: query.filters,
    fiscalYearStartMonth: settings.fiscalYearStartMonth,
    options,
  };
}

/** The metrics of COMPSTAT_LINES whose datasets hold records. */
export function availableLines(extent: WorkspaceExtent): CompStatLine[] {
  return COMPSTAT_LINES.filter((line) => {
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
): Promise<LoadedLine[]> {
  const loaded: LoadedLine[] = [];
  for (const line of availableLines(extent)) {
    const definition = metricById(line.metricId)!;
    const window = lineWindow(line, query);
    const ask = (range: DateRange) =>
      runMetric(source, definition, request(range, query, settings, definition));
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
