import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  fromDayNumber,
  isoWeekday,
  parseIsoDate,
  shiftYears,
  toDayNumber,
} from './calendar-date';

const utcIso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('calendar dates', () => {
  it('runs under the time zone the script asked for', () => {
    const expected = process.env.OUTCOMESTAT_TZ ?? 'UTC';
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(expected);
  });

  it('numbers days from 1970-01-01 exactly as UTC epoch days do', () => {
    const day = 86_400_000;
    const range = { min: Date.UTC(1600, 0, 1) / day, max: Date.UTC(2400, 11, 31) / day };
    fc.assert(
      fc.property(fc.integer(range), (dayNumber) => {
        const iso = utcIso(dayNumber * day);
        expect(fromDayNumber(dayNumber)).toBe(iso);
        expect(toDayNumber(iso)).toBe(dayNumber);
      }),
    );
  });

  it('crosses month, year and leap-day boundaries when adding days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });

  it('names Monday 1 and Sunday 7', () => {
    expect(isoWeekday('2024-03-04')).toBe(1);
    expect(isoWeekday('2024-03-10')).toBe(7);
    expect(isoWeekday('1970-01-01')).toBe(4);
  });

  it('moves 29 February to 28 February in a year without one', () => {
    expect(shiftYears('2024-02-29', -1)).toBe('2023-02-28');
    expect(shiftYears('2024-02-29', -4)).toBe('2020-02-29');
    expect(shiftYears('2024-03-15', -1)).toBe('2023-03-15');
  });

  it('rejects text that is not a real calendar date', () => {
    expect(() => parseIsoDate('2023-02-29')).toThrow(RangeError);
    expect(() => parseIsoDate('2024-13-01')).toThrow(RangeError);
    expect(() => parseIsoDate('03/01/2024')).toThrow(RangeError);
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
  });
});
