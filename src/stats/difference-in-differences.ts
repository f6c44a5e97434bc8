/**
 * Difference-in-differences for a pilot area against a comparison area, on Poisson
 * counts over equal-length windows before and after the pilot started.
 *
 * What it assumes: without the pilot, the pilot area's counts would have changed by the
 * same proportion as the comparison area's (parallel trends, on the ratio scale for the
 * ratio of rate ratios and on the rate scale for the difference of rates); nothing else
 * changed in only one of the two areas at the same time; and events are independent
 * (Poisson), so clustered incidents make the intervals too narrow. The data cannot
 * check the first two; a reader has to judge them.
 */
import type { Interval } from './interval';
import {
  assertCount,
  assertExposure,
  criticalValue,
  DEFAULT_LEVEL,
  isFiniteInterval,
} from './interval';
import type { RatioInterval } from './rate-ratio';
import { rateRatioInterval } from './rate-ratio';

/** One area's counts before and after, with optional exposures (contacts, residents). */
export interface AreaCounts {
  readonly before: number;
  readonly after: number;
  readonly beforeExposure?: number;
  readonly afterExposure?: number;
}

/** The pilot and comparison areas, the rate unit (e.g. 1,000) and the level. */
export interface DifferenceInDifferencesInput {
  readonly pilot: AreaCounts;
  readonly comparison: AreaCounts;
  /** Unit of the difference of rates, e.g. 1000 for per 1,000 contacts; default 1. */
  readonly per?: number;
  readonly level?: number;
}

/** Each area's before/after change and the two difference-in-differences estimates. */
export interface DifferenceInDifferences {
  /** Pilot after ÷ before rate ratio, exact conditional interval. */
  readonly pilotChange: RatioInterval | null;
  readonly comparisonChange: RatioInterval | null;
  /** Pilot rate ratio ÷ comparison rate ratio; null when any count is zero. */
  readonly ratioOfRateRatios: Interval | null;
  /**
   * (Pilot after - before) - (comparison after - before), in rates per `per`; null
   * unless all four exposures are given, and when there are no events at all.
   */
  readonly rateDifference: Interval | null;
}

/** Estimates the pilot's effect against the comparison area, assuming parallel trends. */
export function differenceInDifferences(
  input: DifferenceInDifferencesInput,
): DifferenceInDifferences {
  const level = input.level ?? DEFAULT_LEVEL;
  return {
    pilotChange: areaChange(input.pilot, level),
    comparisonChange: areaChange(input.comparison, level),
    ratioOfRateRatios: ratioOfRateRatios(input, level),
    rateDifference: rateDifference(input, level),
  };
}

function areaChange(area: AreaCounts, level: number): RatioInterval | null {
  return rateRatioInterval(area.after, area.before, {
    currentExposure: area.afterExposure,
    priorExposure: area.beforeExposure,
    level,
  });
}

/** Every count with its exposure (1 when not given), in a fixed order. */
function cells(
  input: DifferenceInDifferencesInput,
): { count: number; exposure: number }[] {
  const { pilot, comparison } = input;
  const list = [
    { count: pilot.after, exposure: pilot.afterExposure ?? 1 },
    { count: pilot.before, exposure: pilot.beforeExposure ?? 1 },
    { count: comparison.after, exposure: comparison.afterExposure ?? 1 },
    { count: comparison.before, exposure: comparison.beforeExposure ?? 1 },
  ];
  for (const cell of list) {
    assertCount(cell.count, 'A count');
    assertExposure(cell.exposure, 'An exposure');
  }
  return list;
}

function ratioOfRateRatios(
  input: DifferenceInDifferencesInput,
  level: number,
): Interval | null {
  const list = cells(input);
  // The log-scale variance 1/a + 1/b + 1/c + 1/d needs every count above zero.
  if (list.some(({ count, exposure }) => count === 0 || exposure === 0)) return null;
  const [pa, pb, ca, cb] = list.map(({ count, exposure }) => count / exposure) as [
    number,
    number,
    number,
    number,
  ];

  const logRatio = Math.log(pa / pb / (ca / cb));
  const se = Math.sqrt(list.reduce((sum, { count }) => sum + 1 / count, 0));
  const z = criticalValue(level);
  const interval = {
    estimate: Math.exp(logRatio),
    lower: Math.exp(logRatio - z * se),
    upper: Math.exp(logRatio + z * se),
    level,
  };
  return isFiniteInterval(interval) ? interval : null;
}

function hasAllExposures({ pilot, comparison }: DifferenceInDifferencesInput): boolean {
  return [
    pilot.beforeExposure,
    pilot.afterExposure,
    comparison.beforeExposure,
    comparison.afterExposure,
  ].every((exposure) => exposure !== undefined && exposure > 0);
}

function rateDifference(
  input: DifferenceInDifferencesInput,
  level: number,
): Interval | null {
  const list = cells(input);
  if (!hasAllExposures(input)) return null;
  const per = input.per ?? 1;
  const [pa, pb, ca, cb] = list.map(
    ({ count, exposure }) => (count / exposure) * per,
  ) as [number, number, number, number];

  // Poisson: var(count / E * per) = count * (per / E)^2.
  const variance = list.reduce(
    (sum, { count, exposure }) => sum + count * (per / exposure) ** 2,
    0,
  );
  // With no events anywhere the Wald interval collapses to a point; show nothing instead.
  if (variance === 0) return null;
  const estimate = pa - pb - (ca - cb);
  const half = criticalValue(level) * Math.sqrt(variance);
  const interval = { estimate, lower: estimate - half, upper: estimate + half, level };
  return isFiniteInterval(interval) ? interval : null;
}
