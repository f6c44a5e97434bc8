/**
 * Every file of tests/fixtures/bad-inputs, loaded through DuckDB with the generated
 * SQL and checked against the behaviour its README requires.
 */
import { describe, expect, it } from 'vitest';
import { quoteIdentifier as q } from '../model/sql';
import {
  dateSQL,
  inferDateFormats,
  offsetSpans,
  timeOfDaySQL,
  timestampSQL,
} from './date-formats';
import { detectEncoding } from './decode';
import { badInput, loadRawCSV, type LoadedFixture } from './test-helpers';
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

// One DuckDB per file: starting the engine is the slow part of these tests.
const loaded = new Map<string, Promise<LoadedFixture>>();
const load = (file: string) => {
  const fixture = loaded.get(file) ?? loadRawCSV(badInput(file));
  loaded.set(file, fixture);
  return fixture;
};

const column = async (file: string, name: string) => {
  const { select } = await load(file);
  return (await select(`SELECT ${q(name)} AS v FROM raw`)).map((row) => String(row.v));
};

interface Case {
  readonly file: string;
  readonly behaviour: string;
  readonly check: () => Promise<void>;
}

const cases: Case[] = [
  {
    file: '01-bom-header.csv',
    behaviour:
      'names the first column without the BOM and reads flags without a carriage return',
    check: async () => {
      const { dialect, select } = await load('01-bom-header.csv');
      expect(dialect.columnNames[0]).toBe('Template ID');
      const rows = await select(
        `SELECT ${flagSQL(q('Use of Force Indicator'))} AS force, ${q('Precinct')} AS area FROM raw`,
      );
      expect(rows).toEqual([
        { force: false, area: 'East' },
        { force: true, area: 'West' },
        { force: false, area: 'North' },
      ]);
    },
  },
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
    file: '08-bigint-counts.csv',
    behaviour: 'keeps every digit of 14-digit ids and sums counts as plain numbers',
    check: async () => {
      const { select } = await load('08-bigint-counts.csv');
      const ids = await select(`SELECT ${codeSQL(q('go_number'))} AS id FROM raw`);
      expect(ids[0]).toEqual({ id: '20150000103696' });
      const [sum] = await select(
        `SELECT sum(${integerSQL(q('uof_incidents'))}) AS n, sum(${integerSQL(q('population'))}) AS p FROM raw`,
      );
      expect(sum).toEqual({ n: 118, p: 337000 });
    },
  },
  {
    file: '10-date-utc-midnight.csv',
    behaviour: 'counts 2024-03-01 and 2024-03-31 in March',
    check: async () => {
      const { select } = await load('10-date-utc-midnight.csv');
      const { formats } = inferDateFormats(['2024-03-01']);
      const rows = await select(
        `SELECT strftime(date_trunc('month', ${dateSQL(q('placement_date'), formats)}), '%Y-%m') AS month,
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
    file: '14-quoted-newline-mixed-eol.csv',
    behaviour: 'loads 3 records whose addresses keep their line breaks',
    check: async () => {
      const { select } = await load('14-quoted-newline-mixed-eol.csv');
      const rows = await select(`SELECT location, force_type FROM raw`);
      expect(rows).toHaveLength(3);
      expect(rows[0]?.location).toBe(
        '211 N ERVAY ST\nDallas, TX\n(32.782205, -96.797461)',
      );
      expect(rows[2]?.force_type).toBe('Take Down - Group');
    },
  },
  {
    file: '16-duplicate-headers.csv',
    behaviour: 'keeps every column under distinct names, the same in preview and table',
    check: async () => {
      const { dialect, select } = await load('16-duplicate-headers.csv');
      expect(dialect.columnNames).toEqual([
        'RIN',
        'LOCATION_DISTRICT',
        'REASON_FOR_FORCE',
        'REASON_FOR_FORCE_2',
        'Y_COORDINATE',
        'Y_COORDINATE_2',
        'LOCATION_DISTRICT_2',
        'LOCATION_DISTRICT_1',
        'column_9',
      ]);
      const described = await select('DESCRIBE raw');
      expect(described.map((r) => r.column_name)).toEqual(dialect.columnNames);
      const [first] = await select('SELECT column_9, LOCATION_DISTRICT_2 FROM raw');
      expect(first).toEqual({
        column_9: 'CRIMINAL INTERDICTION',
        LOCATION_DISTRICT_2: '5',
      });
    },
  },
  {
    file: '17-trailing-blank-lines.csv',
    behaviour: 'loads 3 data rows and no phantom rows',
    check: async () => {
      const { dialect, select } = await loadRawCSV(
        badInput('17-trailing-blank-lines.csv'),
      );
      expect(await select('SELECT program FROM raw')).toEqual([
        { program: 'Outreach' },
        { program: 'Outreach' },
        { program: 'Shelter' },
      ]);
      expect(dialect.raggedRows).toEqual([]);
    },
  },
  {
    file: '19-short-rows.csv',
    behaviour: 'loads 4 columns and reports short rows by line',
    check: async () => {
      const { dialect, select } = await load('19-short-rows.csv');
      expect(dialect.columnNames).toEqual(['one', 'two', 'three', 'four']);
      expect(dialect.raggedRows).toEqual([
        { line: 2, fieldCount: 3, kind: 'short' },
        { line: 3, fieldCount: 3, kind: 'short' },
      ]);
      expect(await select('SELECT count(*) AS n, count(four) AS four FROM raw')).toEqual([
        { n: 3, four: 1 },
      ]);
    },
  },
  {
    file: '20-thousands-separator.csv',
    behaviour: 'reads 1,234 as the number 1234',
    check: async () => {
      const { select } = await load('20-thousands-separator.csv');
      const rows = await select(
        `SELECT ${numberSQL(q('clients_served'))} AS served, ${numberSQL(q('budget'))} AS budget FROM raw`,
      );
      expect(rows).toEqual([
        { served: 1234, budget: 100000 },
        { served: 987, budget: 2500000.5 },
        { served: 12001, budget: 750.25 },
      ]);
    },
  },
  {
    file: '22-latin1-cp1252.csv',
    behaviour: 'detects Windows-1252 and the semicolon and reads the text correctly',
    check: async () => {
      const bytes = badInput('22-latin1-cp1252.csv');
      expect(detectEncoding(bytes)).toBe('windows-1252');
      const { dialect, select } = await loadRawCSV(bytes);
      expect(dialect.delimiter).toBe(';');
      expect(dialect.columnNames).toEqual(['agency', 'programme', 'note', 'cost']);
      const rows = await select('SELECT agency, note, cost FROM raw');
      expect(rows[0]).toEqual({
        agency: 'Policía Municipal',
        note: '\u201cNiño\u201d referral \u2013 see file',
        cost: '\u20ac 1200',
      });
      expect(rows[1]?.agency).toBe('Centre d\u2019accueil');
      expect(rows[2]?.agency).toBe('Sozialamt Köln');
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
                ${unfitValueSQL(q('percent_complete'), numberSQL(q('percent_complete')))} AS pct_unfit
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
              count(*) FILTER (WHERE ${unfitValueSQL(q('percent_complete'), percent)}) AS unfit_percents
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
