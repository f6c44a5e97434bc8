import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { classifyCountChange } from './count-change';

describe('classifyCountChange', () => {
  it('calls 30 against 10 up, since the exact interval (1.43 to 6.88) excludes 1', () => {
    const change = classifyCountChange({ current: 30, prior: 10 });
    expect(change.class).toBe('up');
    expect(change.difference).toBe(20);
    expect(change.percentChange).toBeCloseTo(200, 10);
    expect(change.pValue).toBeLessThan(0.05);
  });

  it('calls 10 against 30 down', () => {
    expect(classifyCountChange({ current: 10, prior: 30 }).class).toBe('down');
  });

  it('finds no clear change for 10 against 20 (interval 0.21 to 1.12)', () => {
    const change = classifyCountChange({ current: 10, prior: 20 });
    expect(change.class).toBe('no_clear_change');
    expect(change.percentChange).toBeCloseTo(-50, 10);
  });

  it('says too few when current and prior together fall below the minimum', () => {
    const change = classifyCountChange({ current: 3, prior: 1 });
    expect(change.class).toBe('too_few');
    expect(change.percentChange).toBeNull();
  });

  it('says too few when both counts are zero, with no interval or p-value', () => {
    const change = classifyCountChange({ current: 0, prior: 0, minimumForChange: 0 });
    expect(change).toMatchObject({ class: 'too_few', interval: null, pValue: null });
    expect(change.percentChange).toBeNull();
  });

  it('never gives a percentage change from a prior of zero', () => {
    const change = classifyCountChange({ current: 12, prior: 0, minimumForChange: 0 });
    expect(change.percentChange).toBeNull();
    expect(change.class).toBe('up');
  });

  it('uses the metric minimum for the percentage change', () => {
    expect(classifyCountChange({ current: 20, prior: 9 }).percentChange).not.toBeNull();
    const strict = classifyCountChange({ current: 20, prior: 9, minimumForChange: 10 });
    expect(strict.percentChange).toBeNull();
  });

  it('compares rates when exposures differ', () => {
    // 40 per 2,000 contacts against 20 per 1,000: the same rate.
    const change = classifyCountChange({
      current: 40,
      prior: 20,
      currentExposure: 2000,
      priorExposure: 1000,
    });
    expect(change.difference).toBe(20);
    expect(change.percentChange).toBeCloseTo(0, 10);
    expect(change.class).toBe('no_clear_change');
    expect(change.interval?.estimate).toBeCloseTo(1, 10);
  });

  it('never shows a percentage change from a prior below the minimum', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 50 }),
        (current, prior, minimumForChange) => {
          const change = classifyCountChange({ current, prior, minimumForChange });
          const allowed = prior >= minimumForChange && prior > 0;
          return allowed || change.percentChange === null;
        },
      ),
    );
  });

  it('lets no NaN or Infinity out', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        (current, prior, currentExposure, priorExposure) => {
          const change = classifyCountChange({
            current,
            prior,
            currentExposure,
            priorExposure,
          });
          const numbers = [
            change.difference,
            change.percentChange,
            change.pValue,
            change.interval?.lower,
            change.interval?.upper,
            change.interval?.estimate,
          ].filter((value): value is number => typeof value === 'number');
          return numbers.every(Number.isFinite);
        },
      ),
    );
  });
});
