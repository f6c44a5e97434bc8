import { describe, expect, it } from 'vitest';
import {
  assertFiscalYearStartMonth,
  compStatWindow,
  fiscalYearOf,
  periodCompleteness,
  periodEndOf,
  periodLabel,
  periodStartOf,
  periodStartSql,
  todayIn,
} from './periods';

describe('period buckets', () => {
  it('puts the last day of a month in that month', () => {
    expect(periodStartOf('2024-01-31', 'month')).toBe('2024-01-01');
    expect(periodStartOf('2024-02-29', 'month')).toBe('2024-02-01');
  });

  it('starts quarters in January, April, July and October', () => {
    expect(periodStartOf('2024-03-31', 'quarter')).toBe('2024-01-01');
    expect(periodStartOf('2024-04-01', 'quarter')).toBe('2024-04-01');
    expect(periodStartOf('2024-12-31', 'quarter')).toBe('2024-10-01');
  });

  it('starts a July fiscal year in the July before and labels it by the year it ends in', () => {
    expect(periodStartOf('2025-06-30', 'fiscal_year', 7)).toBe('2024-07-01');
    expect(periodStartOf('2024-07-01', 'fiscal_year', 7)).toBe('2024-07-01');
    expect(fiscalYearOf('2024-07-01', 7)).toBe(2025);
    expect(fiscalYearOf('2024-06-30', 7)).toBe(2024);
    expect(periodLabel('2024-07-01', 'fiscal_year', 7)).toBe('FY2025');
  });

  it('treats a January fiscal start as the calendar year', () => {
    expect(periodStartOf('2024-05-05', 'fiscal_year', 1)).toBe('2024-01-01');
    expect(fiscalYearOf('2024-05-05', 1)).toBe(2024);
  });

  it('ends periods on their last calendar day', () => {
    expect(periodEndOf('2024-02-01', 'month')).toBe('2024-02-29');
    expect(periodEndOf('2024-10-01', 'quarter')).toBe('2024-12-31');
    expect(periodEndOf('2024-07-01', 'fiscal_year')).toBe('2025-06-30');
    expect(periodEndOf('2023-01-01', 'year')).toBe('2023-12-31');
  });

  it('labels months, quarters and years', () => {
    expect(periodLabel('2024-04-01', 'month')).toBe('2024-04');
    expect(periodLabel('2024-04-01', 'quarter')).toBe('2024 Q2');
    expect(periodLabel('2024-01-01', 'year')).toBe('2024');
  });

  it('rejects a fiscal start month outside 1–12', () => {
    for (const month of [0, 13, 6.5, Number.NaN]) {
      expect(() => assertFiscalYearStartMonth(month)).toThrow(RangeError);
    }
    expect(() => periodStartSql('fiscal_year', 'd', 13)).toThrow(RangeError);
  });

  it('binds the fiscal start month instead of writing it into the SQL', () => {
    const query = periodStartSql('fiscal_year', '"occurred_on"', 7);
    expect(query.params).toEqual([7, 7]);
    expect(query.text).not.toContain('7');
    expect(periodStartSql('month', '"occurred_on"', 7)).toEqual({
      text: `CAST(date_trunc('month', "occurred_on") AS DATE)`,
      params: [],
    });
  });
});

describe('CompStat windows', () => {
  it('runs the week from Monday to the as-of date and compares 52 weeks earlier', () => {
    // 2024-03-06 is a Wednesday; 364 days earlier, 2023-03-08, is also a Wednesday.
    expect(compStatWindow('week', '2024-03-06')).toEqual({
      current: { from: '2024-03-04', to: '2024-03-06' },
      prior: { from: '2023-03-06', to: '2023-03-08' },
    });
  });

  it('covers the whole Monday–Sunday week when the as-of date is a Sunday', () => {
    expect(compStatWindow('week', '2024-03-10').current).toEqual({
      from: '2024-03-04',
      to: '2024-03-10',
    });
  });

  it('takes 28 days ending on the as-of date and the 28 days 52 weeks earlier', () => {
    // 2023-02-04 to 2023-03-03 is 28 days, Saturday to Friday like the current window.
    expect(compStatWindow('28_days', '2024-03-01')).toEqual({
      current: { from: '2024-02-03', to: '2024-03-01' },
      prior: { from: '2023-02-04', to: '2023-03-03' },
    });
  });

  it('compares February to date on 29 February with all of the prior February', () => {
    expect(compStatWindow('month', '2024-02-29')).toEqual({
      current: { from: '2024-02-01', to: '2024-02-29' },
      prior: { from: '2023-02-01', to: '2023-02-28' },
    });
  });

  it('compares the whole of February with a leap February a year earlier', () => {
    expect(compStatWindow('month', '2025-02-28').prior).toEqual({
      from: '2024-02-01',
      to: '2024-02-29',
    });
  });

  it('compares a mid-month as-of date with the same date a year earlier', () => {
    expect(compStatWindow('month', '2024-03-15').prior).toEqual({
      from: '2023-03-01',
      to: '2023-03-15',
    });
  });

  it('runs year to date from 1 January', () => {
    expect(compStatWindow('year_to_date', '2024-02-29')).toEqual({
      current: { from: '2024-01-01', to: '2024-02-29' },
      prior: { from: '2023-01-01', to: '2023-02-28' },
    });
  });
});

describe('period completeness', () => {
  const march = { from: '2024-03-01', to: '2024-03-31' };
  const through = (lastDataDate: string) => ({
    firstDataDate: '2024-01-01',
    lastDataDate,
  });

  it('marks the period that contains today as in progress', () => {
    expect(periodCompleteness(march, through('2024-03-20'), '2024-03-31')).toBe(
      'in_progress',
    );
  });

  it('marks a past period whose data stops early as incomplete', () => {
    expect(periodCompleteness(march, through('2024-03-30'), '2024-04-02')).toBe(
      'data_incomplete',
    );
  });

  it('marks a past period covered to its last day as complete', () => {
    expect(periodCompleteness(march, through('2024-03-31'), '2024-04-01')).toBe(
      'complete',
    );
  });

  it('marks a past period the data starts inside as incomplete', () => {
    const span = { firstDataDate: '2024-03-02', lastDataDate: '2024-06-30' };
    expect(periodCompleteness(march, span, '2024-07-01')).toBe('data_incomplete');
    const fromFirst = { firstDataDate: '2024-03-01', lastDataDate: '2024-06-30' };
    expect(periodCompleteness(march, fromFirst, '2024-07-01')).toBe('complete');
  });
});

describe('today in the agency time zone', () => {
  // 2024-03-01T05:00Z is still 29 February in Honolulu and already 1 March in Kiritimati.
  const instant = new Date(Date.UTC(2024, 2, 1, 5, 0));

  it('gives the agency’s date whatever zone the browser is in', () => {
    expect(todayIn('Pacific/Honolulu', instant)).toBe('2024-02-29');
    expect(todayIn('Pacific/Kiritimati', instant)).toBe('2024-03-01');
    expect(todayIn('UTC', instant)).toBe('2024-03-01');
  });
});
