/**
 * Shapes one CompStat line: the current window against the same window a year
 * earlier, with the change classed by the statistics layer (counts and rates by the
 * exact rate-ratio test, proportions by Newcombe's interval on the difference) and
 * the suppression a shared copy needs.
 */
import type { MetricDefinition, MetricRow } from '../../metrics/metric';
import {
  classifyCountChange,
  classifyProportionChange,
  type SuppressionPreset,
} from '../../stats';
import {
  metricFigure,
  metricKind,
  type DisplayedChange,
  type MetricFigure,
} from '../shared/metric-figure';
import { suppressPair, type PairSuppression } from '../shared/pair-suppression';

/** Everything one line of the CompStat table shows. */
export interface CompStatRow {
  readonly definition: MetricDefinition;
  readonly label: string;
  readonly current: MetricFigure | null;
  readonly prior: MetricFigure | null;
  /** Current minus prior value in the metric's unit (points for a percentage). */
  readonly difference: number | null;
  /** Current minus prior events (the numerators). */
  readonly countDifference: number | null;
  readonly percentChange: number | null;
  readonly change: DisplayedChange;
  /** Which events (numerators) are hidden in anything shared. */
  readonly suppressedEvents: PairSuppression;
  /** Which denominators are hidden in anything shared. */
  readonly suppressedBases: PairSuppression;
  /** True when a hidden count could be worked back from the value or change. */
  readonly suppressDerived: boolean;
}

function changeOf(
  definition: MetricDefinition,
  current: MetricFigure,
  prior: MetricFigure,
): { change: DisplayedChange; percentChange: number | null } {
  const kind = metricKind(definition);
  const minimumForChange = definition.minimumForChange;
  if (kind === 'time') return { change: 'not_tested', percentChange: null };
  if (kind === 'proportion') {
    const result = classifyProportionChange({
      currentSuccesses: current.numerator,
      currentTrials: current.denominator ?? 0,
      priorSuccesses: prior.numerator,
      priorTrials: prior.denominator ?? 0,
      minimumForChange,
    });
    return { change: result.class, percentChange: result.percentChange };
  }
  const exposures =
    kind === 'rate'
      ? {
          currentExposure: current.denominator ?? 0,
          priorExposure: prior.denominator ?? 0,
        }
      : {};
  const result = classifyCountChange({
    current: current.numerator,
    prior: prior.numerator,
    minimumForChange,
    ...exposures,
  });
  return { change: result.class, percentChange: result.percentChange };
}

function valueDifference(current: MetricFigure, prior: MetricFigure): number | null {
  if (current.value === null || prior.value === null) return null;
  return current.value - prior.value;
}

/** One CompStat line from the metric's current and prior rows (undefined: no row). */
export function compStatRow(
  definition: MetricDefinition,
  label: string,
  currentRow: MetricRow | undefined,
  priorRow: MetricRow | undefined,
  preset: SuppressionPreset,
): CompStatRow {
  const current = currentRow ? metricFigure(definition, currentRow) : null;
  const prior = priorRow ? metricFigure(definition, priorRow) : null;
  const suppressedEvents = suppressPair(
    current?.numerator ?? null,
    prior?.numerator ?? null,
    preset,
  );
  const suppressedBases = suppressPair(
    current?.denominator ?? null,
    prior?.denominator ?? null,
    preset,
  );
  const suppressDerived = [suppressedEvents, suppressedBases].some(
    (pair) => pair.current || pair.prior,
  );
  const base = { definition, label, current, prior, suppressedEvents, suppressedBases };
  if (!current || !prior) {
    return {
      ...base,
      difference: null,
      countDifference: null,
      percentChange: null,
      change: 'no_data',
      suppressDerived,
    };
  }
  return {
    ...base,
    ...changeOf(definition, current, prior),
    difference: valueDifference(current, prior),
    countDifference: current.numerator - prior.numerator,
    suppressDerived,
  };
}
