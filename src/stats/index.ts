/**
 * The statistics layer: intervals, tests, change classification, difference-in-
 * differences and small-count suppression. Pure functions only; see
 * docs/statistics.md for which method is used where and why.
 */
export type { Interval } from './interval';
export { DEFAULT_LEVEL } from './interval';
export { clopperPearsonInterval, wilsonInterval } from './proportion';
export type { RateOptions } from './poisson';
export { poissonInterval, rateInterval } from './poisson';
export type { CountPairOptions, RatioInterval } from './rate-ratio';
export { rateRatioInterval, rateRatioPValue } from './rate-ratio';
export {
  proportionDifferenceInterval,
  proportionDifferencePValue,
} from './proportion-difference';
export type { BenchmarkRatioInput } from './benchmark-ratio';
export { benchmarkRatioInterval } from './benchmark-ratio';
export { isUnstable, UNSTABLE_MAX_EVENTS } from './stability';
export type { ChangeClass } from './change';
export { DEFAULT_MINIMUM_FOR_CHANGE } from './change';
export type { CountChange, CountChangeInput } from './count-change';
export { classifyCountChange } from './count-change';
export type { ProportionChange, ProportionChangeInput } from './proportion-change';
export { classifyProportionChange } from './proportion-change';
export type {
  AreaCounts,
  DifferenceInDifferences,
  DifferenceInDifferencesInput,
} from './difference-in-differences';
export { differenceInDifferences } from './difference-in-differences';
export type {
  ProportionCounts,
  ProportionDifferenceInDifferences,
} from './proportion-difference-in-differences';
export { proportionDifferenceInDifferences } from './proportion-difference-in-differences';
export type { SuppressionPreset, SuppressionRule } from './suppression-rules';
export {
  isPrimarySuppressed,
  SUPPRESSION_PRESETS,
  suppressionRule,
} from './suppression-rules';
export type {
  SuppressedCell,
  SuppressedTable,
  SuppressionOptions,
  SuppressionReason,
} from './suppression';
export { suppressTable } from './suppression';
