import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { clopperPearsonInterval, wilsonInterval } from './proportion';

// Newcombe RG (1998) Two-sided confidence intervals for the single proportion: comparison
// of seven methods. Stat Med 17:857-872, Table II, methods 3 (Wilson score) and 5
// (Clopper-Pearson). Reproduced independently with scipy.stats before use here.
const newcombeExamples = [
  { successes: 81, trials: 263, wilson: [0.2553, 0.3662], exact: [0.2527, 0.3676] },
  { successes: 15, trials: 148, wilson: [0.0624, 0.1605], exact: [0.0578, 0.1617] },
  { successes: 0, trials: 20, wilson: [0, 0.1611], exact: [0, 0.1684] },
  { successes: 1, trials: 29, wilson: [0.0061, 0.1718], exact: [0.0009, 0.1776] },
] as const;

const proportionInputs = fc
  .integer({ min: 0, max: 5000 })
  .chain((trials) => fc.tuple(fc.integer({ min: 0, max: trials }), fc.constant(trials)));
const levels = fc.double({ min: 0.5, max: 0.999, noNaN: true });

describe('wilsonInterval', () => {
  it.each(newcombeExamples)(
    'matches Newcombe 1998 for $successes/$trials',
    ({ successes, trials, wilson }) => {
      const interval = wilsonInterval(successes, trials);
      expect(interval?.lower).toBeCloseTo(wilson[0], 4);
      expect(interval?.upper).toBeCloseTo(wilson[1], 4);
    },
  );

  it('returns null when there are no trials', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
  });

  it('ends exactly at 1 when every trial succeeds', () => {
    const interval = wilsonInterval(29, 29);
    expect(interval?.upper).toBe(1);
    expect(interval?.estimate).toBe(1);
    // 1 - the Wilson upper limit of 0/29, by the method's symmetry.
    expect(interval?.lower).toBeCloseTo(1 - (wilsonInterval(0, 29)?.upper ?? 0), 12);
  });

  it('narrows as the level falls', () => {
    const wide = wilsonInterval(30, 100, 0.99);
    const narrow = wilsonInterval(30, 100, 0.9);
    expect(narrow!.upper - narrow!.lower).toBeLessThan(wide!.upper - wide!.lower);
  });

  it('rejects more successes than trials, negative counts and bad levels', () => {
    expect(() => wilsonInterval(5, 4)).toThrow(RangeError);
    expect(() => wilsonInterval(-1, 4)).toThrow(RangeError);
    expect(() => wilsonInterval(1.5, 4)).toThrow(RangeError);
    expect(() => wilsonInterval(1, 4, 1)).toThrow(RangeError);
    expect(() => wilsonInterval(1, 4, Number.NaN)).toThrow(RangeError);
  });

  it('stays within [0, 1] and contains its estimate', () => {
    fc.assert(
      fc.property(proportionInputs, levels, ([successes, trials], level) => {
        const interval = wilsonInterval(successes, trials, level);
        if (trials === 0) return interval === null;
        return (
          interval !== null &&
          interval.lower >= 0 &&
          interval.upper <= 1 &&
          interval.lower <= interval.estimate &&
          interval.estimate <= interval.upper
        );
      }),
    );
  });
});

describe('clopperPearsonInterval', () => {
  it.each(newcombeExamples)(
    'matches Newcombe 1998 for $successes/$trials',
    ({ successes, trials, exact }) => {
      const interval = clopperPearsonInterval(successes, trials);
      expect(interval?.lower).toBeCloseTo(exact[0], 4);
      expect(interval?.upper).toBeCloseTo(exact[1], 4);
    },
  );

  it('gives the closed form 1 - (alpha/2)^(1/n) as the upper limit of 0/n', () => {
    expect(clopperPearsonInterval(0, 20)?.upper).toBeCloseTo(1 - 0.025 ** (1 / 20), 10);
    expect(clopperPearsonInterval(20, 20)?.lower).toBeCloseTo(0.025 ** (1 / 20), 10);
  });

  it('returns null when there are no trials', () => {
    expect(clopperPearsonInterval(0, 0)).toBeNull();
  });

  it('is at least as wide as the Wilson interval at 81/263', () => {
    const exact = clopperPearsonInterval(81, 263)!;
    const wilson = wilsonInterval(81, 263)!;
    expect(exact.upper - exact.lower).toBeGreaterThan(wilson.upper - wilson.lower);
  });

  it('stays within [0, 1] and contains its estimate', () => {
    fc.assert(
      fc.property(proportionInputs, levels, ([successes, trials], level) => {
        const interval = clopperPearsonInterval(successes, trials, level);
        if (trials === 0) return interval === null;
        return (
          interval !== null &&
          interval.lower >= 0 &&
          interval.upper <= 1 &&
          interval.lower <= interval.estimate &&
          interval.estimate <= interval.upper
        );
      }),
    );
  });
});
