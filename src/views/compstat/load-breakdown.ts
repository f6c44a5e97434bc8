/**
 * Runs one CompStat line broken down by a column through the registry's breakdown
 * request, for the line's window and the same window a year earlier.
 */
import type { ColumnRef } from '../../metrics/metric';
import { periodCoverage, type DateRange } from '../../metrics/periods';
import { metricById } from '../../metrics/registry';
import { runMetric, type MetricRowSource } from '../../metrics/run-metric';
import type { WorkspaceSettings } from '../../model/workspace-settings';
import { dataSpan, type WorkspaceExtent } from '../shared/workspace-extent';
import { breakdownRows } from './breakdown-rows';
import type { CompStatLine } from './compstat-metrics';
import type { CompStatRow } from './compstat-row';
import { lineRequest, lineWindow, type CompStatQuery } from './load-compstat';

/** The columns a line can be broken down by: the registry's, then program and area. */
export function breakdownColumns(line: CompStatLine): string[] {
  const definition = metricById(line.metricId);
  return [...(definition?.breakdowns ?? []), 'program', 'area'];
}

/** The groups of one line by one column, suppressed as one table. */
export async function loadBreakdown(
  source: MetricRowSource,
  settings: WorkspaceSettings,
  extent: WorkspaceExtent,
  query: CompStatQuery,
  line: CompStatLine,
  column: string,
): Promise<CompStatRow[]> {
  const definition = metricById(line.metricId);
  if (!definition) return [];

  const breakdown: ColumnRef = { column };
  const window = lineWindow(line, query);
  const span = dataSpan(extent, definition.datasets);
  const covered = (range: DateRange) =>
    span ? periodCoverage(range, span.firstDate, span.lastDate) : 'none';
  const ask = (range: DateRange) =>
    runMetric(
      source,
      definition,
      lineRequest(range, query, settings, line, definition, breakdown),
    );

  const current = covered(window.current) === 'none' ? [] : await ask(window.current);
  // As on the table: a window the data does not wholly cover is no baseline.
  const comparable =
    covered(window.current) === 'full' && covered(window.prior) === 'full';
  const prior = comparable ? await ask(window.prior) : [];
  return breakdownRows(definition, current, prior, settings.suppression);
}
