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

/**
 * The interval on a change: a rate ratio (current ÷ prior rate) for counts and rates,
 * a difference in percentage points for proportions. A ratio from a prior of zero has
 * no estimate and no upper limit.
 */
export interface ChangeInterval {
  readonly measure: 'rate_ratio' | 'difference_points';
  readonly estimate: number | null;
  readonly lower: number;
  readonly upper: number | null;
}

interface ClassedChange {
  readonly change: DisplayedChange;
  readonly percentChange: number | null;
  readonly changeInterval: ChangeInterval | null;
}

const NOT_TESTED: ClassedChange = {
  change: 'not_tested',
  percentChange: null,
  changeInterval: null,
};

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
  /** The 95% interval that classed the change; null when none was computed. */
  readonly changeInterval: ChangeInterval | null;
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
): ClassedChange {
  const kind = metricKind(definition);
  const minimumForChange = definition.minimumForChange;
  // A median's change would need the two windows' values, not just their medians and
  // counts, so no sound test exists from what the registry returns (docs/statistics.md).
  if (kind === 'time') return NOT_TESTED;
  if (kind === 'proportion') {
    const result = classifyProportionChange({
      currentSuccesses: current.numerator,
      currentTrials: current.denominator ?? 0,
      priorSuccesses: prior.numerator,
      priorTrials: prior.denominator ?? 0,
      minimumForChange,
    });
    const interval = result.interval;
    return {
      change: result.class,
      percentChange: result.percentChange,
      changeInterval: interval && {
        measure: 'difference_points',
        estimate: interval.estimate * 100,
        lower: interval.lower * 100,
        upper: interval.upper * 100,
      },
    };
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
  const ratio = result.interval;
  return {
    change: result.class,
    percentChange: result.percentChange,
    changeInterval: ratio && {
      measure: 'rate_ratio',
      estimate: ratio.estimate,
      lower: ratio.lower,
      upper: ratio.upper,
    },
  };
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
      changeInterval: null,
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
