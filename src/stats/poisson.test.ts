import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { poissonInterval, rateInterval } from './poisson';

// Exact Poisson 95% limits from Garwood F (1936) Biometrika 28:437-442, as published in
// the usual tables: 0 -> 0 to 3.689 and 10 -> 4.795 to 18.390. The rows for 1 and 20
// were computed independently as chi-square quantiles with scipy.stats.chi2, which
// also reproduces the published rows.
const garwood = [
  { count: 0, lower: 0, upper: 3.689 },
  { count: 1, lower: 0.0253, upper: 5.572 },
  { count: 10, lower: 4.795, upper: 18.39 },
  { count: 20, lower: 12.217, upper: 30.888 },
] as const;

describe('poissonInterval', () => {
  it.each(garwood)('matches the exact table for a count of $count', (row) => {
    const interval = poissonInterval(row.count);
    expect(interval.lower).toBeCloseTo(row.lower, 3);
    expect(interval.upper).toBeCloseTo(row.upper, 3);
  });

  it('gives -ln(alpha/2) as the upper limit of a zero count', () => {
    expect(poissonInterval(0).upper).toBeCloseTo(-Math.log(0.025), 10);
    expect(poissonInterval(0, 0.9).upper).toBeCloseTo(-Math.log(0.05), 10);
  });

  it('rejects fractional and negative counts', () => {
    expect(() => poissonInterval(2.5)).toThrow(RangeError);
    expect(() => poissonInterval(-1)).toThrow(RangeError);
  });

  it('contains its count, with finite limits in order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (count) => {
        const { lower, upper, estimate } = poissonInterval(count);
        return (
          Number.isFinite(upper) && lower >= 0 && lower <= estimate && estimate <= upper
        );
      }),
    );
  });
});

describe('rateInterval', () => {
  it('scales the count limits to a rate per 1,000 contacts', () => {
    const rate = rateInterval(10, 2500, { per: 1000 });
    expect(rate?.estimate).toBeCloseTo(4, 12);
    expect(rate?.lower).toBeCloseTo((4.795 / 2500) * 1000, 3);
    expect(rate?.upper).toBeCloseTo((18.39 / 2500) * 1000, 3);
  });

  it('returns null for a zero exposure instead of an infinite rate', () => {
    expect(rateInterval(3, 0, { per: 100_000 })).toBeNull();
    expect(rateInterval(0, 0)).toBeNull();
  });

  it('returns null rather than overflowing on a vanishing exposure', () => {
    expect(rateInterval(5, 1e-320, { per: 100_000 })).toBeNull();
  });

  it('rejects a negative exposure', () => {
    expect(() => rateInterval(3, -10)).toThrow(RangeError);
  });

  it('contains its rate, with finite limits in order', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.double({ min: 1e-3, max: 1e9, noNaN: true }),
        (count, exposure) => {
          const rate = rateInterval(count, exposure, { per: 1000 });
          return (
            rate !== null &&
            [rate.lower, rate.upper, rate.estimate].every(Number.isFinite) &&
            rate.lower <= rate.estimate &&
            rate.estimate <= rate.upper
          );
        },
      ),
    );
  });
});
