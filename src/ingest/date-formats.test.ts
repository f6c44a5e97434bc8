import { describe, expect, it } from 'vitest';
import { startNodeRunner } from '../engine/node-runner';
import { sql } from '../model/sql';
import {
  dateSQL,
  inferDateFormats,
  offsetSpans,
  timestampSQL,
  utcToLocalSQL,
  type DayMonthOrder,
} from './date-formats';

describe('inferDateFormats', () => {
  it.each<[string, string[], DayMonthOrder | undefined, string[], boolean, string[]]>([
    [
      'asks when every slash date reads both ways',
      ['03/04/2023', '11/12/2023'],
      undefined,
      ['month-day-year'],
      true,
      [],
    ],
    [
      'reads month-first when a day is over 12',
      ['03/04/2023', '3/31/2023'],
      undefined,
      ['month-day-year'],
      false,
      [],
    ],
    [
      'reads day-first when a first number is over 12',
      ['03/04/2023', '31/3/2023'],
      undefined,
      ['day-month-year'],
      false,
      [],
    ],
    [
      'uses the saved order without asking',
      ['03/04/2023'],
      'day-first',
      ['day-month-year'],
      false,
      [],
    ],
    [
      'leaves a value the saved order cannot read unread',
      ['3/31/2023', '4/1/2023'],
      'day-first',
      ['day-month-year'],
      false,
      ['3/31/2023'],
    ],
    [
      'returns every format of a mixed column',
      ['2024-03-08', '2024-03-09', '12-Mar-2024'],
      undefined,
      ['iso-date', 'day-mon-year'],
      false,
      [],
    ],
    [
      'skips missing markers',
      ['2024-03-08', 'NULL', '', '-'],
      undefined,
      ['iso-date'],
      false,
      [],
    ],
    [
      'lists values no format reads',
      ['2024-03-08', 'soon', '3/9/24'],
      undefined,
      ['iso-date'],
      false,
      ['soon', '3/9/24'],
    ],
    [
      'reads 12-hour stamps with a comma',
      ['1/2/2023, 12:33 PM', '12/31/2023, 11:48 PM'],
      undefined,
      ['month-day-year-time'],
      false,
      [],
    ],
    [
      'reads ISO stamps with seven-digit fractions',
      ['2015-03-30T21:08:00.0000000'],
      undefined,
      ['iso-datetime'],
      false,
      [],
    ],
    [
      'reads ISO stamps with an offset as UTC',
      ['2024-03-10T04:30:00+05:30'],
      undefined,
      ['iso-datetime-utc'],
      false,
      [],
    ],
    [
      'does not read codes as dates',
      ['1-10-2', '41_10_1', '0155', '20150000103696'],
      undefined,
      [],
      false,
      ['1-10-2', '41_10_1', '0155', '20150000103696'],
    ],
  ])('%s', (_name, values, order, ids, ambiguous, unmatched) => {
    const inference = inferDateFormats(values, order);
    expect(inference.formats.map((f) => f.id)).toEqual(ids);
    expect(inference.ambiguous).toBe(ambiguous);
    expect(inference.unmatched).toEqual(unmatched);
  });

  it('offers the day-first reading as the alternative when ambiguous', () => {
    const inference = inferDateFormats(['1/2/2023, 1:05 PM', '03/04/2023']);
    expect(inference.alternatives.map((f) => f.id).sort()).toEqual([
      'day-month-year',
      'day-month-year-time',
    ]);
  });
});

describe('offsetSpans', () => {
  it.each([
    [
      'America/New_York',
      2024,
      [
        '2023-12-31T00:00:00.000Z -300',
        '2024-03-10T07:00:00.000Z -240',
        '2024-11-03T06:00:00.000Z -300',
      ],
    ],
    [
      'America/St_Johns',
      2024,
      [
        '2023-12-31T00:00:00.000Z -210',
        '2024-03-10T05:30:00.000Z -150',
        '2024-11-03T04:30:00.000Z -210',
      ],
    ],
    ['Pacific/Kiritimati', 2024, ['2023-12-31T00:00:00.000Z 840']],
    ['Pacific/Honolulu', 2024, ['2023-12-31T00:00:00.000Z -600']],
  ])('finds the offsets of %s in %i to the minute', (zone, year, expected) => {
    const spans = offsetSpans(zone, year, year);
    expect(spans.map((s) => `${s.fromUTC.toISOString()} ${s.offsetMinutes}`)).toEqual(
      expected,
    );
  });

  it('refuses an unknown zone', () => {
    expect(() => offsetSpans('Mars/Olympus_Mons', 2024, 2024)).toThrow();
  });
});

describe('date SQL in DuckDB', () => {
  it.each([
    ['Pacific/Honolulu', '2024-03-01T00:30:00Z', '2024-02-29', '2024-02-29T14:30:00'],
    ['Pacific/Kiritimati', '2024-03-01T00:30:00Z', '2024-03-01', '2024-03-01T14:30:00'],
    ['America/New_York', '2024-03-10T06:59:00Z', '2024-03-10', '2024-03-10T01:59:00'],
    ['America/New_York', '2024-03-10T07:00:00Z', '2024-03-10', '2024-03-10T03:00:00'],
    [
      'America/New_York',
      '2024-03-10T04:30:00+05:30',
      '2024-03-09',
      '2024-03-09T18:00:00',
    ],
    ['Australia/Lord_Howe', '2024-04-06T14:59:00Z', '2024-04-07', '2024-04-07T01:59:00'],
    ['Australia/Lord_Howe', '2024-04-06T15:00:00Z', '2024-04-07', '2024-04-07T01:30:00'],
  ])('reads %s local time of %s', async (zone, stamp, day, at) => {
    const runner = await startNodeRunner();
    const formats = inferDateFormats([stamp]).formats;
    const spans = offsetSpans(zone, 2024, 2024);
    const rows = await runner.rows(
      sql(
        `SELECT ${dateSQL('v', formats, spans)} AS day,
          ${timestampSQL('v', formats, spans)} AS at
        FROM (SELECT ?::VARCHAR AS v)`,
        [stamp],
      ),
    );
    expect(rows).toEqual([{ day, at }]);
  });

  it('gives a date-only value the same day whatever the process time zone', async () => {
    const runner = await startNodeRunner();
    const formats = inferDateFormats(['2024-03-31', '3/1/2024']).formats;
    const rows = await runner.rows(
      sql(
        `SELECT ${dateSQL('v', formats)} AS day FROM (VALUES ('2024-03-31'), ('3/1/2024')) t(v)`,
      ),
    );
    expect(rows).toEqual([{ day: '2024-03-31' }, { day: '2024-03-01' }]);
  });

  it('uses a single offset without a CASE for a zone that never changes', () => {
    expect(utcToLocalSQL('u', offsetSpans('Pacific/Kiritimati', 2024, 2024))).toBe(
      '(u + to_minutes(840))',
    );
  });

  it('runs in the time zone OUTCOMESTAT_TZ names', () => {
    const zone = process.env.OUTCOMESTAT_TZ ?? 'UTC';
    const expected = -new Date(Date.UTC(2024, 0, 15)).getTimezoneOffset();
    const probe = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      timeZoneName: 'longOffset',
    })
      .formatToParts(new Date(Date.UTC(2024, 0, 15)))
      .find((part) => part.type === 'timeZoneName')?.value;
    const sign = expected < 0 ? '-' : '+';
    const hours = String(Math.floor(Math.abs(expected) / 60)).padStart(2, '0');
    const minutes = String(Math.abs(expected) % 60).padStart(2, '0');
    expect(probe === 'GMT' ? 'GMT+00:00' : probe).toBe(`GMT${sign}${hours}:${minutes}`);
  });
});
