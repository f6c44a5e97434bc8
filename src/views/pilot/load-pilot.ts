/**
 * Reads a pilot's metric by area through the registry: the two windows around launch,
 * and the months across both for the chart.
 */
import type { Filter, MetricDefinition, MetricRequest } from '../../metrics/metric';
import { valueFromCounts } from '../shared/metric-figure';
import type { DateRange } from '../../metrics/periods';
import { runMetric, type MetricRowSource } from '../../metrics/run-metric';
import type { ProgramSettings } from '../../model/programs';
import {
  pilotEstimate,
  sumAreas,
  type GroupTotals,
  type PilotEstimate,
} from './pilot-estimate';
import type { PilotWindows } from './pilot-windows';

/** A month of the chart: each group's value, null when its denominator is empty. */
export interface PilotMonth {
  readonly month: string;
  readonly pilot: number | null;
  readonly comparison: number | null;
  /** The counts behind each value, so a shared chart can leave small ones out. */
  readonly pilotTotals: GroupTotals;
  readonly comparisonTotals: GroupTotals;
}

/** Everything the pilot screen shows for one metric. */
export interface PilotReading {
  readonly estimate: PilotEstimate;
  readonly months: readonly PilotMonth[];
}

const byArea = (
  range: DateRange,
  grain: MetricRequest['grain'],
  filters: readonly Filter[],
  fiscalYearStartMonth: number,
): MetricRequest => ({
  grain,
  from: range.from,
  to: range.to,
  breakdown: { column: 'area' },
  filters,
  fiscalYearStartMonth,
});

/** Loads the before/after estimate and the monthly series of both groups. */
export async function loadPilot(
  source: MetricRowSource,
  definition: MetricDefinition,
  program: ProgramSettings,
  windows: PilotWindows,
  onlyProgram: boolean,
): Promise<PilotReading> {
  const filters = onlyProgram ? [{ column: 'program', value: program.name }] : [];
  const fiscal = program.fiscalYearStartMonth;
  const window = (range: DateRange) =>
    runMetric(source, definition, byArea(range, 'window', filters, fiscal));
  const before = await window(windows.before);
  const after = await window(windows.after);
  const both = { from: windows.before.from, to: windows.after.to };
  const monthly = await runMetric(
    source,
    definition,
    byArea(both, 'month', filters, fiscal),
  );

  const groups = (rows: typeof before) => ({
    pilot: sumAreas(rows, program.pilotAreas),
    comparison: sumAreas(rows, program.comparisonAreas),
  });
  const [b, a] = [groups(before), groups(after)];
  const estimate = pilotEstimate(definition, {
    pilot: { before: b.pilot, after: a.pilot },
    comparison: { before: b.comparison, after: a.comparison },
  });

  const starts = [...new Set(monthly.map((row) => row.periodStart))].sort();
  const months = starts.map((month) => {
    const rows = monthly.filter((row) => row.periodStart === month);
    const totals = groups(rows);
    return {
      month,
      pilot: valueFromCounts(
        definition.unit,
        totals.pilot.numerator,
        totals.pilot.denominator,
      ),
      comparison: valueFromCounts(
        definition.unit,
        totals.comparison.numerator,
        totals.comparison.denominator,
      ),
      pilotTotals: totals.pilot,
      comparisonTotals: totals.comparison,
    };
  });
  return { estimate, months };
}
