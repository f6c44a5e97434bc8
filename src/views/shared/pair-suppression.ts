/**
 * Suppression of a current/prior pair of counts before they are shared. Each pair is
 * suppressed as its own one-row table with stats' suppressTable and the workspace
 * preset, so a small count also hides its partner: the difference is published, and
 * with the partner it would give the hidden count back. Anything derived from a
 * hidden count (difference, percentage, rate, interval) must be hidden by the caller.
 */
import { suppressTable, type SuppressionPreset } from '../../stats';

/** Which figures of a pair are hidden. */
export interface PairSuppression {
  readonly current: boolean;
  readonly prior: boolean;
}

const SHOWN: PairSuppression = { current: false, prior: false };

/** Hidden figures of a current/prior pair; a missing side counts as nothing to hide. */
export function suppressPair(
  current: number | null,
  prior: number | null,
  preset: SuppressionPreset,
): PairSuppression {
  if (current === null && prior === null) return SHOWN;
  const table = suppressTable([[current ?? 0, prior ?? 0]], preset);
  const [currentCell, priorCell] = table.cells[0]!;
  return {
    current: current !== null && currentCell!.suppressed,
    prior: prior !== null && priorCell!.suppressed,
  };
}

/** True when either side of the pair is hidden, so derived figures must be too. */
export function anySuppressed(pair: PairSuppression): boolean {
  return pair.current || pair.prior;
}
