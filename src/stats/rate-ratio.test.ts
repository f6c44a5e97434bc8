import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { rateRatioInterval, rateRatioPValue } from './rate-ratio';

// Expected values computed independently with scipy.stats: the Clopper-Pearson limits
// of current/(current+prior) from beta.ppf, mapped by p/(1-p) * Ep/Ec, and the doubled
// smaller binom tail at pi0 = Ec/(Ec+Ep). With equal exposures they equal R's
// poisson.test(c(current, prior)).
const references = [
  {
    current: 30,
    prior: 10,
    ec: 1,
    ep: 1,
    lower: 1.427408,
    upper: 6.879302,
    p: 0.0022214,
  },
  {
    current: 10,
    prior: 20,
    ec: 1,
    ep: 1,
    lower: 0.209006,
    upper: 1.119183,
    p: 0.0987371,
  },
  {
    current: 12,
    prior: 4,
    ec: 3000,
    ep: 4000,
    lower: 1.212309,
    upper: 17.016459,
    p: 0.0189507,
  },
] as const;

const counts = fc.integer({ min: 0, max: 2000 });
const exposures = fc.double({ min: 0.01, max: 1e6, noNaN: true });

describe('rateRatioInterval', () => {
  it.each(references)(
    'matches the exact conditional interval for $current vs $prior',
    ({ current, prior, ec, ep, lower, upper }) => {
      const options = { currentExposure: ec, priorExposure: ep };
      const interval = rateRatioInterval(current, prior, options);
      expect(interval?.estimate).toBeCloseTo(current / ec / (prior / ep), 10);
      expect(interval?.lower).toBeCloseTo(lower, 5);
      expect(interval?.upper).toBeCloseTo(upper, 5);
    },
  );

  it('has no upper limit or estimate when the prior count is zero', () => {
    const interval = rateRatioInterval(7, 0);
    expect(interval?.estimate).toBeNull();
    expect(interval?.upper).toBeNull();
    expect(interval?.lower).toBeCloseTo(1.441309, 5);
  });

  it('starts at zero when the current count is zero', () => {
    const interval = rateRatioInterval(0, 9);
    expect(interval?.estimate).toBe(0);
    expect(interval?.lower).toBe(0);
  });

  it('returns null when both counts or an exposure are zero', () => {
    expect(rateRatioInterval(0, 0)).toBeNull();
    expect(rateRatioInterval(3, 4, { currentExposure: 0 })).toBeNull();
  });

  it('keeps finite limits in order around its estimate', () => {
    fc.assert(
      fc.property(counts, counts, exposures, exposures, (current, prior, ec, ep) => {
        const interval = rateRatioInterval(current, prior, {
          currentExposure: ec,
          priorExposure: ep,
        });
        if (current + prior === 0) return interval === null;
        if (interval === null) return false;
        const upper = interval.upper ?? Number.MAX_VALUE;
        const estimate = interval.estimate ?? Number.MAX_VALUE;
        return (
          Number.isFinite(interval.lower) &&
          interval.lower >= 0 &&
          interval.lower <= estimate * (1 + 1e-9) &&
          estimate <= upper * (1 + 1e-9)
        );
      }),
    );
  });
});

describe('rateRatioPValue', () => {
  it.each(references)(
    'matches the exact conditional test for $current vs $prior',
    (row) => {
      const options = { currentExposure: row.ec, priorExposure: row.ep };
      expect(rateRatioPValue(row.current, row.prior, options)).toBeCloseTo(row.p, 6);
    },
  );

  it('gives 2 * 0.5^7 for seven events against none', () => {
    expect(rateRatioPValue(7, 0)).toBeCloseTo(2 * 0.5 ** 7, 12);
  });

  it('returns null when there are no events', () => {
    expect(rateRatioPValue(0, 0)).toBeNull();
  });

  it('falls below 1 - level exactly when the interval excludes 1', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 0, max: 200 }),
        (current, prior) => {
          fc.pre(current + prior > 0);
          const interval = rateRatioInterval(current, prior)!;
          const p = rateRatioPValue(current, prior)!;
          const excludesOne = interval.lower > 1 || (interval.upper ?? Infinity) < 1;
          // Skip ties at the boundary, where rounding decides either way.
          fc.pre(Math.abs(p - 0.05) > 1e-9);
          return excludesOne === p < 0.05;
        },
      ),
    );
  });
});
