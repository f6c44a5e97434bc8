import { describe, expect, it } from 'vitest';
import { periodCoverage } from './periods';

describe('period coverage', () => {
  const data = ['2020-10-01', '2021-02-28'] as const;

  it('finds no coverage for a year-earlier window before the data starts', () => {
    expect(periodCoverage({ from: '2020-02-01', to: '2020-02-29' }, ...data)).toBe(
      'none',
    );
  });

  it('finds partial coverage for a window the data starts inside', () => {
    expect(periodCoverage({ from: '2020-09-15', to: '2020-10-14' }, ...data)).toBe(
      'partial',
    );
  });

  it('finds full coverage for a window inside the data, ends included', () => {
    expect(periodCoverage({ from: '2020-10-01', to: '2021-02-28' }, ...data)).toBe(
      'full',
    );
  });
});
