import { describe, expect, it } from 'vitest';
import {
  suppressBreakdown,
  suppressMonthLine,
  type BreakdownRow,
} from './month-suppression';

const row = (
  group: string,
  events: number,
  outcomes: number,
  priorEvents: number | null = null,
  lastYearEvents: number | null = null,
): BreakdownRow => ({ group, events, outcomes, priorEvents, lastYearEvents });

describe('suppressMonthLine', () => {
  it('shows a month whose counts are all above the rule', () => {
    expect(suppressMonthLine({ events: 428, outcomes: 13 }, 'cms')).toEqual({
      events: false,
      outcomes: false,
      rate: false,
    });
  });

  it('hides 8 uses of force and their rate but shows the 431 contacts', () => {
    expect(suppressMonthLine({ events: 431, outcomes: 8 }, 'cms')).toEqual({
      events: false,
      outcomes: true,
      rate: true,
    });
  });

  it('hides the outcomes when only 3 events lack one, since 100 − 97 gives the 3', () => {
    expect(suppressMonthLine({ events: 100, outcomes: 97 }, 'cms')).toEqual({
      events: false,
      outcomes: true,
      rate: true,
    });
  });

  it('hides 7 events but shows their 0 outcomes', () => {
    expect(suppressMonthLine({ events: 7, outcomes: 0 }, 'cms')).toEqual({
      events: true,
      outcomes: false,
      rate: true,
    });
  });

  it('shows 7 events under the under-5 preset', () => {
    expect(suppressMonthLine({ events: 7, outcomes: 0 }, 'under5').events).toBe(false);
  });
});

describe('suppressBreakdown', () => {
  it('hides a second value’s outcomes so the total minus it cannot give the 3 back', () => {
    // A: 3 of 43, B: 20 of 70, total 23 of 113. Showing B's 20 beside the total 23
    // would give A's 3 by subtraction, so B's outcomes are the complement.
    const result = suppressBreakdown(
      [row('A', 43, 3, 40, 5), row('B', 70, 20, 65, 80)],
      'cms',
    );
    expect(result.rows).toEqual([
      { events: false, outcomes: true, rate: true, vsPrior: false, vsLastYear: true },
      { events: false, outcomes: true, rate: true, vsPrior: false, vsLastYear: false },
    ]);
    expect(result.total).toEqual({ events: false, outcomes: false, rate: false });
  });

  it('gives its total the month’s own suppression, so the summary agrees with it', () => {
    // 4 of 30 and 3 of 40: the month has 7 of 70, so its outcomes are hidden too.
    const result = suppressBreakdown([row('C', 30, 4), row('D', 40, 3)], 'cms');
    expect(result.total).toEqual(suppressMonthLine({ events: 70, outcomes: 7 }, 'cms'));
    expect(result.total).toEqual({ events: false, outcomes: true, rate: true });
    expect(result.rows.map((line) => line.events)).toEqual([false, false]);
    expect(result.rows.map((line) => line.outcomes)).toEqual([true, true]);
  });

  it('hides a second value’s events when one value has only 7', () => {
    const result = suppressBreakdown(
      [
        row('School referral', 7, 0, 12),
        row('Crisis call', 94, 14, 90),
        row('Other', 120, 30),
      ],
      'cms',
    );
    const eventsHidden = result.rows.map((line) => line.events);
    expect(eventsHidden).toEqual([true, true, false]);
    expect(result.rows[0]).toMatchObject({ outcomes: false, rate: true, vsPrior: true });
    expect(result.rows[1]).toMatchObject({ rate: true, vsPrior: true });
    expect(result.total).toEqual({ events: false, outcomes: false, rate: false });
  });

  it('keeps the complement off the total that the summary shows', () => {
    // Left free, the table would hide the month's 69 events (see suppression.test.ts).
    const result = suppressBreakdown(
      [row('A', 37, 5), row('B', 0, 0, 4), row('C', 32, 32)],
      'cms',
    );
    expect(result.total).toEqual({ events: false, outcomes: false, rate: false });
    expect(result.rows.map((line) => [line.events, line.outcomes])).toEqual([
      [false, true],
      [true, false],
      [true, true],
    ]);
    expect(result.rows[1]!.vsPrior).toBe(true);
  });
});
