import { describe, expect, it } from 'vitest';
import { shortWindowHint, windowDays } from './windows';

describe('CompStat window hints', () => {
  it('counts both ends of a window, across a month end and a leap day', () => {
    expect(windowDays({ from: '2020-02-01', to: '2020-02-01' })).toBe(1);
    expect(windowDays({ from: '2024-02-28', to: '2024-03-01' })).toBe(3);
  });

  it('says a month to date of one day is too short to read much into', () => {
    // LAPD's export ends on 2020-02-01.
    expect(shortWindowHint('month', { from: '2020-02-01', to: '2020-02-01' })).toBe(
      'Only one day of this month so far: the last 28 days or the year to date say more.',
    );
    expect(shortWindowHint('month', { from: '2020-02-01', to: '2020-02-06' })).toMatch(
      /^Only 6 days/,
    );
  });

  it('says nothing from the seventh day, nor for other windows', () => {
    expect(shortWindowHint('month', { from: '2020-02-01', to: '2020-02-07' })).toBeNull();
    expect(shortWindowHint('week', { from: '2020-02-03', to: '2020-02-03' })).toBeNull();
  });
});
