import { describe, expect, it } from 'vitest';
import {
  compareMonth,
  lastDayOfMonth,
  latestCompleteMonth,
  monthCoverage,
  outcomeRate,
  shiftMonth,
} from './month-comparison';

const months = [
  { month: '2023-03-01', events: 4, outcomes: 1 },
  { month: '2024-02-01', events: 0, outcomes: 0 },
  { month: '2024-03-01', events: 10, outcomes: 3 },
];

describe('month comparison', () => {
  it('shifts months across year ends', () => {
    expect(shiftMonth('2024-01-01', -1)).toBe('2023-12-01');
    expect(shiftMonth('2024-03-01', -12)).toBe('2023-03-01');
    expect(shiftMonth('2023-12-01', 1)).toBe('2024-01-01');
  });

  it('knows the last day of February in leap and common years', () => {
    expect(lastDayOfMonth('2024-02-01')).toBe('2024-02-29');
    expect(lastDayOfMonth('2023-02-01')).toBe('2023-02-28');
  });

  it('takes the last month as complete only when the data reaches its last day', () => {
    expect(latestCompleteMonth(months, '2024-03-31')).toBe('2024-03-01');
    expect(latestCompleteMonth(months, '2024-03-30')).toBe('2024-02-01');
    expect(latestCompleteMonth([], null)).toBeNull();
  });

  it('lines a month up with the month before and the same month last year', () => {
    expect(compareMonth(months, '2024-03-01')).toEqual({
      current: months[2],
      prior: months[1],
      lastYear: months[0],
    });
  });

  it('gives no rate for a month without events instead of NaN', () => {
    expect(outcomeRate({ events: 0, outcomes: 0 })).toBeNull();
    expect(outcomeRate({ events: 10, outcomes: 3 })).toBeCloseTo(0.3);
  });
});

describe('month coverage', () => {
  it('compares nothing with months before the data starts', () => {
    expect(monthCoverage('2021-02-01', '2020-10-01', '2021-02-28')).toEqual({
      current: 'full',
      prior: true,
      lastYear: false,
      priorCoverage: 'full',
      lastYearCoverage: 'none',
    });
  });

  it('does not compare with a first month the data only partly covers', () => {
    expect(monthCoverage('2015-04-01', '2015-03-15', '2017-09-24')).toEqual({
      current: 'full',
      prior: false,
      lastYear: false,
      priorCoverage: 'partial',
      lastYearCoverage: 'none',
    });
  });

  it('marks a month the data ends inside as partial, with no comparisons', () => {
    expect(monthCoverage('2017-09-01', '2015-03-15', '2017-09-24')).toEqual({
      current: 'partial',
      prior: false,
      lastYear: false,
      priorCoverage: 'full',
      lastYearCoverage: 'full',
    });
  });
});
