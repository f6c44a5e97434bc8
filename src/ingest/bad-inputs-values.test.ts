/**
 * The bad-input fixtures about values (big ids, thousands separators, leading zeros,
 * null literals, percents, ages that change type late in the file), loaded through
 * DuckDB with the generated SQL and checked against the behaviour their README
 * requires.
 */
import { describe, expect, it } from 'vitest';
import { quoteIdentifier as q } from '../model/sql';
import { inferDateFormats, timeOfDaySQL } from './date-formats';
import {
  badInputColumn as column,
  type BadInputCase as Case,
  loadBadInput as load,
  loadRawCSV,
} from './test-helpers';
import {
  ageSQL,
  codeSQL,
  flagSQL,
  integerSQL,
  isJuvenileSQL,
  isMissingSQL,
  numberSQL,
  unfitValueSQL,
} from './values';

const cases: Case[] = [
  {
    file: '08-bigint-counts.csv',
    behaviour: 'keeps every digit of 14-digit ids and sums counts as plain numbers',
    check: async () => {
      const { select } = await load('08-bigint-counts.csv');
      const ids = await select(`SELECT ${codeSQL(q('go_number'))} AS id FROM raw`);
      expect(ids[0]).toEqual({ id: '20150000103696' });
      const [sum] = await select(
        `SELECT sum(${integerSQL(q('uof_incidents'))}) AS n,
                sum(${integerSQL(q('population'))}) AS p FROM raw`,
      );
      expect(sum).toEqual({ n: 118, p: 337000 });
    },
  },
  {
    file: '20-thousands-separator.csv',
    behaviour: 'reads 1,234 as the number 1234',
    check: async () => {
      const { select } = await load('20-thousands-separator.csv');
      const rows = await select(
        `SELECT ${numberSQL(q('clients_served'))} AS served,
                ${numberSQL(q('budget'))} AS budget FROM raw`,
      );
      expect(rows).toEqual([
        { served: 1234, budget: 100000 },
        { served: 987, budget: 2500000.5 },
        { served: 12001, budget: 750.25 },
      ]);
    },
  },
  {
    file: '24-leading-zeros.csv',
    behaviour: 'keeps leading zeros and reads 0005 as 00:05',
    check: async () => {
      const { select } = await load('24-leading-zeros.csv');
      const rows = await select(
        `SELECT CAST(${timeOfDaySQL(q('time_hhmm'), 'hhmm')} AS VARCHAR) AS time,
                ${codeSQL(q('reporting_district'))} AS rd, ${codeSQL(q('zip'))} AS zip,
                ${codeSQL(q('beat'))} AS beat FROM raw`,
      );
      expect(rows[0]).toEqual({
        time: '00:05:00',
        rd: '0155',
        zip: '02124',
        beat: '04X',
      });
      expect(rows.map((r) => r.time)).toEqual(['00:05:00', '03:56:00', '13:15:00']);
    },
  },
  {
    file: '26-null-literals.csv',
    behaviour: 'treats NULL, - and blank as missing and maps 1 - 17 to juvenile',
    check: async () => {
      const { select } = await load('26-null-literals.csv');
      const ages = ageSQL(q('subject_age_group'));
      const rows = await select(
        `SELECT ${isMissingSQL(q('officer_yob'))} AS yob_missing,
                ${isMissingSQL(q('precinct'))} AS area_missing,
                ${flagSQL(q('frisk_flag'))} AS frisk,
                ${unfitValueSQL(q('frisk_flag'), flagSQL(q('frisk_flag')))} AS frisk_unfit,
                ${ages.ageMin} AS age_min, ${ages.ageMax} AS age_max,
                ${isJuvenileSQL(ages)} AS juvenile, ${ages.unfit} AS age_unfit
         FROM raw`,
      );
      expect(rows.map((r) => r.yob_missing)).toEqual([false, true, false, true]);
      expect(rows.map((r) => r.area_missing)).toEqual([false, true, true, false]);
      expect(rows[2]).toMatchObject({
        frisk: null,
        frisk_unfit: false,
        age_unfit: false,
      });
      expect(rows[3]).toMatchObject({ age_min: 1, age_max: 17, juvenile: true });
      expect(rows[0]).toMatchObject({ age_min: 26, age_max: 35, juvenile: false });
    },
  },
  {
    file: '31-percent-na-sci-year.csv',
    behaviour: 'reads 100.0% as 1.0, NA as missing and 2e3 as the year 2000',
    check: async () => {
      const { select } = await load('31-percent-na-sci-year.csv');
      const rows = await select(
        `SELECT ${numberSQL(q('population_group_percentage'))} AS share,
                ${numberSQL(q('rate'))} AS rate,
                ${unfitValueSQL(q('rate'), numberSQL(q('rate')))} AS rate_unfit,
                ${integerSQL(q('year'))} AS year FROM raw`,
      );
      expect(rows).toEqual([
        { share: 1, rate: 330, rate_unfit: false, year: 2000 },
        { share: 0.318, rate: null, rate_unfit: false, year: 2000 },
        { share: 0.303, rate: 149, rate_unfit: false, year: 2001 },
      ]);
      expect(
        inferDateFormats(await column('31-percent-na-sci-year.csv', 'year')).formats.map(
          (f) => f.id,
        ),
      ).toEqual(['year']);
    },
  },
  {
    file: '23-late-type-change.csv',
    behaviour: 'reports Unknown and 99.5+ and counts Juvenile as under 18',
    check: async () => {
      const { select } = await load('23-late-type-change.csv');
      const ages = ageSQL(q('subject_age'), { Juvenile: { min: null, max: 17 } });
      const rows = await select(
        `SELECT ${isJuvenileSQL(ages)} AS juvenile, ${ages.unfit} AS age_unfit,
                ${unfitValueSQL(q('percent_complete'), numberSQL(q('percent_complete')))}
                  AS pct_unfit
         FROM raw`,
      );
      expect(rows.map((r) => r.juvenile)).toEqual([false, false, true, true, null]);
      expect(rows.map((r) => r.age_unfit)).toEqual([false, false, false, false, true]);
      expect(rows.map((r) => r.pct_unfit)).toEqual([false, false, false, true, false]);
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

/** 70,000 records whose ages are whole numbers until after row 60,000. */
function lateTypeChangeCSV(): string {
  const lines = ['incident_id,subject_age,percent_complete'];
  for (let id = 1; id <= 70_000; id++) {
    const late = id > 60_000;
    const age =
      late && id % 10 === 0
        ? 'Juvenile'
        : late && id % 10 === 5
          ? 'Unknown'
          : String(10 + (id % 50));
    lines.push(`${id},${age},${late && id % 100 === 1 ? '99.5+' : '98.1'}`);
  }
  return lines.join('\n') + '\n';
}

describe('a late type change past any sniffing sample', () => {
  it('loads every row, reports each value that does not fit and counts Juvenile', async () => {
    const { select, dialect } = await loadRawCSV(lateTypeChangeCSV());
    expect(dialect.sampleRows.length).toBeLessThan(60_000);
    const ages = ageSQL(q('subject_age'), { Juvenile: { min: null, max: 17 } });
    const percent = numberSQL(q('percent_complete'));
    const [summary] = await select(
      `SELECT count(*) AS rows,
              count(*) FILTER (WHERE ${ages.unfit}) AS unfit_ages,
              min(row_number) FILTER (WHERE ${ages.unfit}) AS first_unfit_row,
              count(*) FILTER (WHERE ${isJuvenileSQL(ages)}) AS juveniles,
              count(*) FILTER (WHERE ${unfitValueSQL(q('percent_complete'), percent)})
                AS unfit_percents
       FROM (SELECT *, row_number() OVER () AS row_number FROM raw)`,
    );
    // Ages cycle 10..59, so 8 in 50 records are under 18; Juvenile is every tenth late record.
    const numericJuveniles = Array.from({ length: 70_000 }, (_, i) => i + 1).filter(
      (id) => !(id > 60_000 && id % 5 === 0) && 10 + (id % 50) < 18,
    ).length;
    expect(summary).toEqual({
      rows: 70_000,
      unfit_ages: 1_000,
      first_unfit_row: 60_005,
      juveniles: numericJuveniles + 1_000,
      unfit_percents: 100,
    });
  });
});
