import { describe, expect, it } from 'vitest';
import { formatPercentChange, formatValueDifference } from './metric-format';

describe('signed figures', () => {
  it('writes a fall with the true minus sign, as the count difference beside it', () => {
    expect(formatPercentChange(-5.2)).toBe('−5%');
    expect(formatPercentChange(12.4)).toBe('+12%');
    expect(formatValueDifference(-23.04, 'percent')).toBe('−23.0 pts');
    expect(formatValueDifference(-9.9, 'per_1000')).toBe('−9.9 per 1,000');
    expect(formatValueDifference(-4, 'count')).toBe('−4');
  });

  it('writes a change that rounds to zero as ±0, never −0', () => {
    expect(formatPercentChange(-0.3)).toBe('±0%');
    expect(formatPercentChange(0.4)).toBe('±0%');
    expect(formatValueDifference(-0.04, 'percent')).toBe('±0.0 pts');
    expect(formatValueDifference(0, 'count')).toBe('±0');
  });

  it('shows a dash where there is no figure', () => {
    expect(formatPercentChange(null)).toBe('–');
    expect(formatValueDifference(null, 'minutes')).toBe('–');
  });
});
