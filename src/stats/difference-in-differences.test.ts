import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { differenceInDifferences } from './difference-in-differences';

// Expected values computed independently in Python (math, scipy.stats.norm.ppf) from
// the textbook formulas: exp(log RRR ± 1.96 * sqrt(1/a + 1/b + 1/c + 1/d)), and for the
// rates, a Wald interval with Poisson variance sum(count / exposure^2) * per^2.
describe('differenceInDifferences', () => {
  it('gives the ratio of rate ratios with a log-scale interval for counts', () => {
    const result = differenceInDifferences({
      pilot: { before: 40, after: 20 },
      comparison: { before: 50, after: 45 },
    });
    expect(result.ratioOfRateRatios?.estimate).toBeCloseTo(0.555556, 6);
    expect(result.ratioOfRateRatios?.lower).toBeCloseTo(0.283985, 6);
    expect(result.ratioOfRateRatios?.upper).toBeCloseTo(1.086825, 6);
    expect(result.rateDifference).toBeNull();
    expect(result.pilotChange?.estimate).toBeCloseTo(0.5, 12);
    expect(result.comparisonChange?.estimate).toBeCloseTo(0.9, 12);
  });

  it('uses exposures for the ratio and gives the difference of rates per 1,000', () => {
    const result = differenceInDifferences({
      pilot: { before: 40, after: 20, beforeExposure: 2000, afterExposure: 2500 },
      comparison: { before: 50, after: 45, beforeExposure: 3100, afterExposure: 3000 },
      per: 1000,
    });
    expect(result.ratioOfRateRatios?.estimate).toBeCloseTo(0.430108, 6);
    expect(result.ratioOfRateRatios?.lower).toBeCloseTo(0.219859, 6);
    expect(result.ratioOfRateRatios?.upper).toBeCloseTo(0.841413, 6);
    expect(result.rateDifference?.estimate).toBeCloseTo(-10.870968, 6);
    expect(result.rateDifference?.lower).toBeCloseTo(-20.352599, 6);
    expect(result.rateDifference?.upper).toBeCloseTo(-1.389337, 6);
  });

  it('gives no ratio of rate ratios when any count is zero', () => {
    const result = differenceInDifferences({
      pilot: { before: 12, after: 0 },
      comparison: { before: 30, after: 28 },
    });
    expect(result.ratioOfRateRatios).toBeNull();
    expect(result.pilotChange?.lower).toBe(0);
  });

  it('gives no difference of rates without exposures or events', () => {
    const some = differenceInDifferences({
      pilot: { before: 4, after: 2, beforeExposure: 100 },
      comparison: { before: 3, after: 5, beforeExposure: 100, afterExposure: 100 },
    });
    expect(some.rateDifference).toBeNull();
    const none = differenceInDifferences({
      pilot: { before: 0, after: 0, beforeExposure: 10, afterExposure: 10 },
      comparison: { before: 0, after: 0, beforeExposure: 10, afterExposure: 10 },
    });
    expect(none.rateDifference).toBeNull();
    expect(none.pilotChange).toBeNull();
  });

  it('finds a ratio of 1 when both areas change by the same proportion', () => {
    const result = differenceInDifferences({
      pilot: { before: 30, after: 60 },
      comparison: { before: 100, after: 200 },
    });
    expect(result.ratioOfRateRatios?.estimate).toBeCloseTo(1, 12);
  });

  it('keeps every interval finite and around its estimate', () => {
    const count = fc.integer({ min: 0, max: 5000 });
    const exposure = fc.double({ min: 1, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(
        fc.tuple(count, count, count, count),
        fc.tuple(exposure, exposure, exposure, exposure),
        ([pb, pa, cb, ca], [epb, epa, ecb, eca]) => {
          const result = differenceInDifferences({
            pilot: { before: pb, after: pa, beforeExposure: epb, afterExposure: epa },
            comparison: {
              before: cb,
              after: ca,
              beforeExposure: ecb,
              afterExposure: eca,
            },
            per: 1000,
          });
          return [result.ratioOfRateRatios, result.rateDifference].every(
            (interval) =>
              interval === null ||
              ([interval.lower, interval.estimate, interval.upper].every(
                Number.isFinite,
              ) &&
                interval.lower <= interval.estimate &&
                interval.estimate <= interval.upper),
          );
        },
      ),
    );
  });
});
