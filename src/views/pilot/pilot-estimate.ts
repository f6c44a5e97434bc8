/**
 * A pilot judged against its comparison areas: each group's figure before and after
 * launch, each group's change, and the difference-in-differences. Counts use the
 * stats layer's Poisson difference-in-differences (ratio of rate ratios); rates per
 * 1,000 add the difference of rates; proportions use Newcombe intervals combined by
 * MOVER (src/stats/proportion-difference-in-differences.ts).
 */
import type { MetricDefinition, MetricRow } from '../../metrics/metric';
import {
  differenceInDifferences,
  proportionDifferenceInDifferences,
  type Interval,
  type RatioInterval,
} from '../../stats';
import {
  metricFigure,
  metricKind,
  valueFromCounts,
  type MetricFigure,
} from '../shared/metric-figure';

/** A group's summed events and denominator over one window. */
export interface GroupTotals {
  readonly numerator: number;
  readonly denominator: number | null;
}

/** One group of areas before and after launch. */
export interface GroupResult {
  readonly before: MetricFigure;
  readonly after: MetricFigure;
  /** After ÷ before for counts and rates; after − before (points) for proportions. */
  readonly change: Interval | RatioInterval | null;
}

/** The whole before/after, pilot/comparison reading of one metric. */
export interface PilotEstimate {
  readonly pilot: GroupResult;
  readonly comparison: GroupResult;
  /** Ratio of rate ratios (counts, rates) or difference of changes in points (shares). */
  readonly effect: Interval | null;
  readonly effectScale: 'ratio' | 'points';
  /** For rates: the difference of rate changes, per the metric's unit. */
  readonly rateDifference: Interval | null;
}

/** Sums the by-area rows of the chosen areas. */
export function sumAreas(
  rows: readonly MetricRow[],
  areas: readonly string[],
): GroupTotals {
  const chosen = rows.filter((row) => row.group !== null && areas.includes(row.group));
  const hasDenominator = chosen.some((row) => row.denominator !== null);
  return {
    numerator: chosen.reduce((sum, row) => sum + row.numerator, 0),
    denominator: hasDenominator
      ? chosen.reduce((sum, row) => sum + (row.denominator ?? 0), 0)
      : null,
  };
}

function figureOf(definition: MetricDefinition, totals: GroupTotals, start: string) {
  const value = valueFromCounts(definition.unit, totals.numerator, totals.denominator);
  const row: MetricRow = { periodStart: start, group: null, ...totals, value };
  return metricFigure(definition, row);
}

const PER: Readonly<Record<string, number>> = { per_1000: 1000, per_100000: 100000 };

const toPoints = (interval: Interval | null): Interval | null =>
  interval && {
    ...interval,
    estimate: interval.estimate * 100,
    lower: interval.lower * 100,
    upper: interval.upper * 100,
  };

/** The pilot estimate from each group's totals before and after launch. */
export function pilotEstimate(
  definition: MetricDefinition,
  totals: {
    pilot: { before: GroupTotals; after: GroupTotals };
    comparison: { before: GroupTotals; after: GroupTotals };
  },
): PilotEstimate {
  const kind = metricKind(definition);
  const group = (side: 'pilot' | 'comparison') => ({
    before: figureOf(definition, totals[side].before, 'before'),
    after: figureOf(definition, totals[side].after, 'after'),
  });
  const pilot = group('pilot');
  const comparison = group('comparison');

  if (kind === 'proportion') {
    const counts = (side: 'pilot' | 'comparison') => ({
      beforeSuccesses: totals[side].before.numerator,
      beforeTrials: totals[side].before.denominator ?? 0,
      afterSuccesses: totals[side].after.numerator,
      afterTrials: totals[side].after.denominator ?? 0,
    });
    const did = proportionDifferenceInDifferences(counts('pilot'), counts('comparison'));
    return {
      pilot: { ...pilot, change: toPoints(did.pilotChange) },
      comparison: { ...comparison, change: toPoints(did.comparisonChange) },
      effect: toPoints(did.difference),
      effectScale: 'points',
      rateDifference: null,
    };
  }

  const areaCounts = (side: 'pilot' | 'comparison') => ({
    before: totals[side].before.numerator,
    after: totals[side].after.numerator,
    ...(kind === 'rate'
      ? {
          beforeExposure: totals[side].before.denominator ?? 0,
          afterExposure: totals[side].after.denominator ?? 0,
        }
      : {}),
  });
  const did = differenceInDifferences({
    pilot: areaCounts('pilot'),
    comparison: areaCounts('comparison'),
    per: PER[definition.unit] ?? 1,
  });
  return {
    pilot: { ...pilot, change: did.pilotChange },
    comparison: { ...comparison, change: did.comparisonChange },
    effect: did.ratioOfRateRatios,
    effectScale: 'ratio',
    rateDifference: did.rateDifference,
  };
}
