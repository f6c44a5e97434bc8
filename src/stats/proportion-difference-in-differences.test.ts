import { describe, expect, it } from 'vitest';
import { proportionDifferenceInterval } from './proportion-difference';
import { proportionDifferenceInDifferences } from './proportion-difference-in-differences';

const group = (bs: number, bt: number, as: number, at: number) => ({
  beforeSuccesses: bs,
  beforeTrials: bt,
  afterSuccesses: as,
  afterTrials: at,
});

describe('difference-in-differences of proportions', () => {
  it('estimates the pilot change minus the comparison change', () => {
    const result = proportionDifferenceInDifferences(
      group(15, 100, 50, 100),
      group(15, 100, 20, 100),
    );
    expect(result.difference!.estimate).toBeCloseTo(0.35 - 0.05, 12);
  });

  it('widens each side by the root sum of squares of the group half-widths (MOVER)', () => {
    const result = proportionDifferenceInDifferences(
      group(30, 200, 90, 180),
      group(40, 300, 50, 280),
    );
    const pilot = proportionDifferenceInterval(90, 180, 30, 200)!;
    const comparison = proportionDifferenceInterval(50, 280, 40, 300)!;
    const lower =
      pilot.estimate -
      comparison.estimate -
      Math.sqrt(
        (pilot.estimate - pilot.lower) ** 2 +
          (comparison.upper - comparison.estimate) ** 2,
      );
    expect(result.difference!.lower).toBeCloseTo(lower, 12);
    expect(result.difference!.upper).toBeGreaterThan(result.difference!.estimate);
  });

  it('is wider than either group change alone', () => {
    const result = proportionDifferenceInDifferences(
      group(30, 200, 90, 180),
      group(40, 300, 50, 280),
    );
    const width = (i: { lower: number; upper: number }) => i.upper - i.lower;
    expect(width(result.difference!)).toBeGreaterThan(width(result.pilotChange!));
    expect(width(result.difference!)).toBeGreaterThan(width(result.comparisonChange!));
  });

  it('gives no difference when a group has no trials in a window', () => {
    const result = proportionDifferenceInDifferences(
      group(0, 0, 5, 10),
      group(1, 10, 2, 10),
    );
    expect(result.difference).toBeNull();
    expect(result.comparisonChange).not.toBeNull();
  });
});
