/**
 * The bad-input fixtures about dates and times (ambiguous day/month order, mixed
 * formats, codes that look like dates, UTC stamps, month edges), loaded through
 * DuckDB with the generated SQL and checked against the behaviour their README
 * requires. time-zones.test.ts re-runs these in a far-west and a far-east zone.
 */
import { describe, expect, it } from 'vitest';
import { quoteIdentifier as q } from '../model/sql';
import { dateSQL, inferDateFormats, offsetSpans, timestampSQL } from './date-formats';
import {
  badInputColumn as column,
  type BadInputCase as Case,
  loadBadInput as load,
} from './test-helpers';
import { codeSQL, unfitValueSQL } from './values';

const cases: Case[] = [
  {
    file: '03-ambiguous-ddmm.csv',
    behaviour:
      'flags day/month order as ambiguous and reads 03/04/2023 as 4 March when US',
    check: async () => {
      const inference = inferDateFormats(
        await column('03-ambiguous-ddmm.csv', 'incident_date'),
      );
      expect(inference.ambiguous).toBe(true);
      expect(inference.formats.map((f) => f.id)).toEqual(['month-day-year']);
      expect(inference.alternatives.map((f) => f.id)).toEqual(['day-month-year']);

      const { select } = await load('03-ambiguous-ddmm.csv');
      const chosen = inferDateFormats(['03/04/2023'], 'month-first').formats;
      const rows = await select(
        `SELECT ${dateSQL(q('incident_date'), chosen)} AS d FROM raw`,
      );
      expect(rows[0]).toEqual({ d: '2023-03-04' });
      const dayFirst = inferDateFormats(['03/04/2023'], 'day-first').formats;
      const uk = await select(
        `SELECT ${dateSQL(q('incident_date'), dayFirst)} AS d FROM raw`,
      );
      expect(uk[0]).toEqual({ d: '2023-04-03' });
    },
  },
  {
    file: '04-mixed-date-formats.csv',
    behaviour: 'reads every row of a column that mixes four date formats',
    check: async () => {
      const values = await column('04-mixed-date-formats.csv', 'referral_date');
      const inference = inferDateFormats(values);
      expect(inference.matched).toBe(6);
      expect(inference.formats.map((f) => f.id).sort()).toEqual(
        ['day-mon-year', 'iso-date', 'month-day-year', 'year-month-day-slash'].sort(),
      );

      const { select } = await load('04-mixed-date-formats.csv');
      const date = dateSQL(q('referral_date'), inference.formats);
      const rows = await select(
        `SELECT ${date} AS d, ${unfitValueSQL(q('referral_date'), date)} AS unfit FROM raw`,
      );
      expect(rows.map((r) => r.d)).toEqual([
        '2024-03-08',
        '2024-03-09',
        '2024-03-10',
        '2024-03-11',
        '2024-03-12',
        '2024-03-13',
      ]);
      expect(rows.every((r) => r.unfit === false)).toBe(true);
    },
  },
  {
    file: '06-codes-look-like-dates.csv',
    behaviour: 'keeps beat and district codes as text, never dates',
    check: async () => {
      for (const name of ['beat_code', 'district_code']) {
        const inference = inferDateFormats(
          await column('06-codes-look-like-dates.csv', name),
        );
        expect(inference.formats).toEqual([]);
      }
      const { select } = await load('06-codes-look-like-dates.csv');
      const rows = await select(`SELECT ${codeSQL(q('district_code'))} AS code FROM raw`);
      expect(rows.map((r) => r.code)).toEqual(['1-10-2', '2-11-3', '3-12-1']);
    },
  },
  {
    file: '07-datetime-comma-ampm.csv',
    behaviour: 'reads 12-hour stamps with a comma and gives 18, 68 and 22 minutes',
    check: async () => {
      const values = await column('07-datetime-comma-ampm.csv', 'queued_at');
      const { formats, ambiguous } = inferDateFormats(values);
      expect(ambiguous).toBe(false);
      const { select } = await load('07-datetime-comma-ampm.csv');
      const queued = timestampSQL(q('queued_at'), formats);
      const arrived = timestampSQL(q('arrived_at'), formats);
      const rows = await select(
        `SELECT date_diff('minute', ${queued}, ${arrived}) AS minutes FROM raw`,
      );
      expect(rows.map((r) => r.minutes)).toEqual([18, 68, 22]);
    },
  },
  {
    file: '10-date-utc-midnight.csv',
    behaviour: 'counts 2024-03-01 and 2024-03-31 in March',
    check: async () => {
      const { select } = await load('10-date-utc-midnight.csv');
      const { formats } = inferDateFormats(['2024-03-01']);
      const rows = await select(
        `SELECT strftime(date_trunc('month', ${dateSQL(q('placement_date'), formats)}),
                         '%Y-%m') AS month,
                count(*) AS n FROM raw GROUP BY 1 ORDER BY 1`,
      );
      expect(rows).toEqual([
        { month: '2024-01', n: 1 },
        { month: '2024-03', n: 2 },
        { month: '2024-04', n: 1 },
      ]);
    },
  },
  {
    file: '12-utc-z-timestamps.csv',
    behaviour: "gives UTC stamps the agency's local date, never the browser's",
    check: async () => {
      const { select } = await load('12-utc-z-timestamps.csv');
      const utc = inferDateFormats(
        await column('12-utc-z-timestamps.csv', 'incident_date_utc'),
      );
      expect(utc.formats.map((f) => f.id)).toEqual(['iso-datetime-utc']);
      expect(() => dateSQL(q('incident_date_utc'), utc.formats)).toThrow(/time zone/);

      const newYork = offsetSpans('America/New_York', 2024, 2024);
      const local = inferDateFormats(['3/10/2024'], 'month-first').formats;
      const rows = await select(
        `SELECT ${dateSQL(q('incident_date'), local)} AS local_column,
                ${dateSQL(q('incident_date_utc'), utc.formats, newYork)} AS from_utc,
                ${timestampSQL(q('incident_date_utc'), utc.formats, newYork)} AS at
         FROM raw`,
      );
      expect(rows).toEqual([
        { local_column: '2024-03-09', from_utc: '2024-03-09', at: '2024-03-09T23:30:00' },
        { local_column: '2024-03-10', from_utc: '2024-03-10', at: '2024-03-10T03:30:00' },
        { local_column: '2024-03-10', from_utc: '2024-03-10', at: '2024-03-10T04:15:00' },
        { local_column: '2024-03-10', from_utc: '2024-03-10', at: '2024-03-10T23:59:59' },
      ]);
    },
  },
  {
    file: '27-gaps-in-daily-series.csv',
    behaviour: 'reads every census day and shows the duplicated day',
    check: async () => {
      const values = await column('27-gaps-in-daily-series.csv', 'Date of Census');
      const inference = inferDateFormats(values);
      // Every day here is 12 or less, so the order is the user's call; a US city says month-first.
      expect(inference.ambiguous).toBe(true);
      const { select } = await load('27-gaps-in-daily-series.csv');
      const day = dateSQL(
        q('Date of Census'),
        inferDateFormats(values, 'month-first').formats,
      );
      const duplicates = await select(
        `SELECT ${day} AS day, count(*) AS n FROM raw GROUP BY 1 HAVING count(*) > 1`,
      );
      expect(duplicates).toEqual([{ day: '2015-02-05', n: 2 }]);
    },
  },
  {
    file: '29-parseiso-local-vs-utc.csv',
    behaviour: 'puts each label on the day it names',
    check: async () => {
      const { select } = await load('29-parseiso-local-vs-utc.csv');
      const inference = inferDateFormats(
        await column('29-parseiso-local-vs-utc.csv', 'start'),
      );
      expect(inference.matched).toBe(4);
      const utc = offsetSpans('UTC', 2024, 2024);
      const rows = await select(
        `SELECT ${dateSQL(q('start'), inference.formats, utc)} AS d FROM raw`,
      );
      expect(rows.map((r) => r.d)).toEqual([
        '2024-01-01',
        '2024-01-01',
        '2024-01-01',
        '2024-01-01',
      ]);
    },
  },
];

describe('bad inputs', () => {
  it.each(cases.map((c) => [c.file, c.behaviour, c] as const))(
    '%s %s',
    async (_f, _b, c) => {
      await c.check();
    },
  );
});
