import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  proportionDifferenceInterval,
  proportionDifferencePValue,
} from './proportion-difference';

// Newcombe RG (1998) Interval estimation for the difference between independent
// proportions: comparison of eleven methods. Stat Med 17:873-890, Table II, method 10.
// Reproduced independently with scipy.stats before use here.
const newcombeExamples = [
  { args: [56, 70, 48, 80], lower: 0.0524, upper: 0.3339 },
  { args: [9, 10, 3, 10], lower: 0.1705, upper: 0.809 },
  { args: [10, 10, 0, 20], lower: 0.6791, upper: 1 },
  { args: [0, 10, 0, 20], lower: -0.1611, upper: 0.2775 },
] as const;

const group = fc
  .integer({ min: 0, max: 500 })
  .chain((trials) => fc.tuple(fc.integer({ min: 0, max: trials }), fc.constant(trials)));

describe('proportionDifferenceInterval', () => {
  it.each(newcombeExamples)(
    'matches Newcombe 1998 for $args',
    ({ args, lower, upper }) => {
      const [x1, n1, x2, n2] = args;
      const interval = proportionDifferenceInterval(x1, n1, x2, n2);
      expect(interval?.lower).toBeCloseTo(lower, 4);
      expect(interval?.upper).toBeCloseTo(upper, 4);
    },
  );

  it('returns null when either group has no trials', () => {
    expect(proportionDifferenceInterval(0, 0, 3, 10)).toBeNull();
    expect(proportionDifferenceInterval(3, 10, 0, 0)).toBeNull();
  });

  it('stays within [-1, 1] and contains the difference', () => {
    fc.assert(
      fc.property(group, group, ([x1, n1], [x2, n2]) => {
        const interval = proportionDifferenceInterval(x1, n1, x2, n2);
        if (n1 === 0 || n2 === 0) return interval === null;
        return (
          interval !== null &&
          interval.lower >= -1 &&
          interval.upper <= 1 &&
          interval.lower <= interval.estimate &&
          interval.estimate <= interval.upper
        );
      }),
    );
  });
});

describe('proportionDifferencePValue', () => {
  // Pearson chi-square without continuity correction, from
  // scipy.stats.chi2_contingency(correction=False).
  it('matches the Pearson chi-square test for 56/70 against 48/80', () => {
    expect(proportionDifferencePValue(56, 70, 48, 80)).toBeCloseTo(0.0080451, 6);
  });

  it('matches the Pearson chi-square test for 9/10 against 3/10', () => {
    expect(proportionDifferencePValue(9, 10, 3, 10)).toBeCloseTo(0.0061699, 6);
  });

  it('is 1 when both groups are all successes or all failures', () => {
    expect(proportionDifferencePValue(0, 10, 0, 20)).toBe(1);
    expect(proportionDifferencePValue(10, 10, 20, 20)).toBe(1);
  });

  it('returns null without trials and rejects impossible counts', () => {
    expect(proportionDifferencePValue(0, 0, 1, 2)).toBeNull();
    expect(() => proportionDifferencePValue(3, 2, 1, 2)).toThrow(RangeError);
  });
});
