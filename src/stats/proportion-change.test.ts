import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { classifyProportionChange } from './proportion-change';

const counts = (current: [number, number], prior: [number, number]) => ({
  currentSuccesses: current[0],
  currentTrials: current[1],
  priorSuccesses: prior[0],
  priorTrials: prior[1],
});

describe('classifyProportionChange', () => {
  it('calls 56/70 against 48/80 up (Newcombe interval 0.0524 to 0.3339)', () => {
    const change = classifyProportionChange(counts([56, 70], [48, 80]));
    expect(change.class).toBe('up');
    expect(change.difference).toBeCloseTo(0.2, 12);
    // 0.8 against 0.6 is a third higher.
    expect(change.percentChange).toBeCloseTo(100 / 3, 10);
  });

  it('calls 48/80 against 56/70 down', () => {
    expect(classifyProportionChange(counts([48, 80], [56, 70])).class).toBe('down');
  });

  it('finds no clear change when the interval spans 0', () => {
    expect(classifyProportionChange(counts([30, 60], [25, 55])).class).toBe(
      'no_clear_change',
    );
  });

  it('says too few when either period has no trials', () => {
    const change = classifyProportionChange(counts([0, 0], [5, 10]));
    expect(change).toMatchObject({ class: 'too_few', difference: null, interval: null });
  });

  it('says too few when failures are rarer than the minimum', () => {
    // 398/400 against 399/400: only three failures in all.
    expect(classifyProportionChange(counts([398, 400], [399, 400])).class).toBe(
      'too_few',
    );
  });

  it('never shows a percentage change from prior successes below the minimum', () => {
    const trials = fc.integer({ min: 0, max: 300 });
    fc.assert(
      fc.property(trials, trials, fc.integer({ min: 0, max: 20 }), (n1, n2, minimum) => {
        const change = classifyProportionChange({
          ...counts([Math.floor(n1 / 3), n1], [Math.floor(n2 / 4), n2]),
          minimumForChange: minimum,
        });
        const prior = Math.floor(n2 / 4);
        return (prior >= minimum && prior > 0) || change.percentChange === null;
      }),
    );
  });
});
