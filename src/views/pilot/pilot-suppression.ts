/**
 * Small-count suppression of the pilot results, as CompStat does it: each group's
 * before and after counts are a pair (the change after ÷ before would give one back
 * from the other), suppressed with the workspace preset through suppressPair. A hidden
 * count hides every figure derived from it: its group's values, intervals and change,
 * and the difference-in-differences, which combines all four windows.
 */
import type { MetricUnit } from '../../metrics/metric';
import type { SuppressionPreset } from '../../stats';
import { anySuppressed, suppressPair } from '../shared/pair-suppression';
import type { GroupResult, PilotEstimate } from './pilot-estimate';

/** Which figures of one window of one group are hidden. */
export interface SideSuppression {
  readonly numerator: boolean;
  readonly denominator: boolean;
  /** The value shown large: the count itself, or the rate or share. */
  readonly value: boolean;
  readonly interval: boolean;
}

/** Which figures of one group are hidden. */
export interface GroupSuppression {
  readonly before: SideSuppression;
  readonly after: SideSuppression;
  readonly change: boolean;
}

/** Which figures of the pilot results are hidden in anything shared. */
export interface PilotSuppression {
  readonly pilot: GroupSuppression;
  readonly comparison: GroupSuppression;
  /** The difference-in-differences and the statement built on it. */
  readonly effect: boolean;
}

function groupSuppression(
  group: GroupResult,
  unit: MetricUnit,
  preset: SuppressionPreset,
): GroupSuppression {
  const events = suppressPair(group.after.numerator, group.before.numerator, preset);
  const bases = suppressPair(group.after.denominator, group.before.denominator, preset);
  const derived = anySuppressed(events) || anySuppressed(bases);
  const side = (key: 'current' | 'prior'): SideSuppression => ({
    numerator: events[key],
    denominator: bases[key],
    value: unit === 'count' ? events[key] : derived,
    interval: derived,
  });
  return { before: side('prior'), after: side('current'), change: derived };
}

/** The hidden figures of a pilot estimate under the workspace preset. */
export function suppressPilot(
  estimate: PilotEstimate,
  unit: MetricUnit,
  preset: SuppressionPreset,
): PilotSuppression {
  const pilot = groupSuppression(estimate.pilot, unit, preset);
  const comparison = groupSuppression(estimate.comparison, unit, preset);
  return { pilot, comparison, effect: pilot.change || comparison.change };
}
