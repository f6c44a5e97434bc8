import chisquareQuantile from '@stdlib/stats-base-dists-chisquare-quantile';
import { describe, expect, it } from 'vitest';
import { benchmarkRatioInterval } from './benchmark-ratio';

describe('benchmarkRatioInterval', () => {
  // Liddell (1984), example 1: 8 observed against 3.59 expected. With 3.59 expected
  // from a rate of 359 per 100,000 over 1,000 people, the ratio is 8 / 3.59 = 2.228.
  // From a printed chi-square table, chi2(0.025, 16) = 6.908 and chi2(0.975, 18) =
  // 31.526, so the 95% limits are 3.454 / 3.59 = 0.962 and 15.763 / 3.59 = 4.391.
  it('gives the exact limits of the standardized ratio in Liddell’s example', () => {
    const ratio = benchmarkRatioInterval({
      count: 8,
      population: 1000,
      benchmarkRate: 359,
    })!;
    expect(ratio.estimate).toBeCloseTo(2.2284, 4);
    expect(ratio.lower).toBeCloseTo(6.908 / 2 / 3.59, 3);
    expect(ratio.upper).toBeCloseTo(31.526 / 2 / 3.59, 3);
  });

  // The juvenile fixture's 2022: 60 arrests of 30,000 youth against the state's 250.5
  // per 100,000, i.e. 75.15 expected. Checked with chi-square quantiles (the app uses
  // gamma quantiles), chi2(0.025, 120) / 2 and chi2(0.975, 122) / 2 over 75.15.
  it('matches the chi-square form of the limits for the fixture’s 2022', () => {
    const ratio = benchmarkRatioInterval({
      count: 60,
      population: 30_000,
      benchmarkRate: 250.5,
    })!;
    expect(ratio.estimate).toBeCloseTo(60 / 75.15, 12);
    expect(ratio.lower).toBeCloseTo(chisquareQuantile(0.025, 120) / 2 / 75.15, 10);
    expect(ratio.upper).toBeCloseTo(chisquareQuantile(0.975, 122) / 2 / 75.15, 10);
    expect(ratio.lower).toBeCloseTo(0.60927, 5);
    expect(ratio.upper).toBeCloseTo(1.0277, 5);
  });

  it('gives a zero count a lower limit of zero and an upper one above it', () => {
    const ratio = benchmarkRatioInterval({
      count: 0,
      population: 10_000,
      benchmarkRate: 100,
    })!;
    expect(ratio.lower).toBe(0);
    expect(ratio.upper).toBeCloseTo(3.6889 / 10, 4);
  });

  it('gives no ratio without a population or benchmark', () => {
    expect(
      benchmarkRatioInterval({ count: 3, population: 0, benchmarkRate: 200 }),
    ).toBeNull();
    expect(
      benchmarkRatioInterval({ count: 3, population: 100, benchmarkRate: 0 }),
    ).toBeNull();
  });
});
