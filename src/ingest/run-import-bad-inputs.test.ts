/**
 * Each file of tests/fixtures/bad-inputs through the whole import pipeline, checked
 * against what its README says a correct product does.
 */
import { describe, expect, it } from 'vitest';
import { extra, field, imported, mapping } from './bad-input-imports';
import { draftMapping } from './draft-mapping';
import { mappingProblems } from './mapping-checks';
import { analyse, draftTargets } from './suggest-test-helpers';
import { fixtureBytes, importRequest } from './run-import-test-helpers';

/** The distinct column names the preview gives a file. */
const sniffedNames = (name: string) =>
  importRequest(fixtureBytes(`bad-inputs/${name}`), mapping({})).dialect.columnNames;

describe('bad inputs through the import pipeline', () => {
  it('01: names the first column without the byte-order mark and reads the flags', async () => {
    const { select } = await imported(
      '01-bom-header.csv',
      mapping({
        recordIdColumn: 'Template ID',
        columns: [
          field('Reported Date', 'occurred_on', { dateFormats: ['iso-date'] }),
          field('Use of Force Indicator', 'use_of_force'),
          field('Precinct', 'area'),
        ],
      }),
    );
    expect(
      await select(`SELECT record_key, use_of_force, area FROM contacts ORDER BY 1`),
    ).toEqual([
      { record_key: '1001', use_of_force: false, area: 'East' },
      { record_key: '1002', use_of_force: true, area: 'West' },
      { record_key: '1003', use_of_force: false, area: 'North' },
    ]);
  });

  it.each([
    ['month-first', '2023-03-04'],
    ['day-first', '2023-04-03'],
  ] as const)('03: reads 03/04/2023 %s as the mapping says', async (order, expected) => {
    const { select } = await imported(
      '03-ambiguous-ddmm.csv',
      mapping({
        recordIdColumn: 'incident_id',
        columns: [
          field('incident_date', 'occurred_on', {
            dateFormats: ['month-day-year'],
            dayMonthOrder: order,
          }),
        ],
      }),
    );
    const [row] = await select(
      `SELECT occurred_on FROM contacts WHERE record_key = 'A-1'`,
    );
    expect(row?.occurred_on).toBe(expected);
  });

  it('04: reads every date of a mixed column when all its formats are chosen', async () => {
    const { report, select } = await imported(
      '04-mixed-date-formats.csv',
      mapping({
        dataset: 'referrals',
        recordIdColumn: 'referral_id',
        columns: [
          field('referral_date', 'occurred_on', {
            dateFormats: [
              'iso-date',
              'month-day-year',
              'day-mon-year',
              'year-month-day-slash',
            ],
          }),
        ],
      }),
    );
    expect(report.unfitValues.count).toBe(0);
    const rows = await select(`SELECT occurred_on FROM referrals ORDER BY record_key`);
    expect(rows.map((r) => r.occurred_on)).toEqual(
      ['08', '09', '10', '11', '12', '13'].map((d) => `2024-03-${d}`),
    );
  });

  it('04: lists the dates no chosen format reads and keeps their records', async () => {
    const { report, select } = await imported(
      '04-mixed-date-formats.csv',
      mapping({
        dataset: 'referrals',
        recordIdColumn: 'referral_id',
        columns: [field('referral_date', 'occurred_on', { dateFormats: ['iso-date'] })],
      }),
    );
    expect(report.unfitValues.items.map((u) => [u.line, u.column, u.value])).toEqual([
      [4, 'referral_date', '03/10/2024'],
      [6, 'referral_date', '12-Mar-2024'],
      [7, 'referral_date', '2024/03/13'],
    ]);
    const [row] = await select(
      `SELECT count(*) AS n, count(occurred_on) AS dated FROM referrals`,
    );
    expect(row).toEqual({ n: 6, dated: 3 });
  });

  it('06: keeps beat and district codes that look like dates as text', async () => {
    const { select } = await imported(
      '06-codes-look-like-dates.csv',
      mapping({
        columns: [
          field('date', 'occurred_on', { dateFormats: ['iso-date'] }),
          field('beat_code', 'area'),
          extra('district_code'),
        ],
      }),
    );
    const rows = await select(
      `SELECT area, extra['district_code'] AS district FROM contacts ORDER BY occurred_on`,
    );
    expect(rows[0]).toEqual({ area: '41_10_1', district: '1-10-2' });
  });

  it('07: imports the response-time export as suggested, dating each call by its receipt', async () => {
    const analysis = await analyse('bad-inputs/07-datetime-comma-ampm.csv');
    const suggested = draftMapping(analysis, 'America/New_York');
    expect(suggested.dataset).toBe('responses');
    expect(draftTargets(suggested, ['queued_at', 'arrived_at'])).toEqual({
      queued_at: 'received_at',
      arrived_at: 'arrived_at',
    });
    expect(mappingProblems(suggested)).toEqual([]);

    const { select } = await imported('07-datetime-comma-ampm.csv', suggested);
    const rows = await select(
      `SELECT date_diff('minute', received_at, arrived_at) AS m,
              CAST(occurred_on AS VARCHAR) AS day FROM responses ORDER BY source_line`,
    );
    expect(rows.map((r) => r.m)).toEqual([18, 68, 22]);
    // The README's calls: 1/2/2023 12:33 PM, 12/2/2023 11:57 AM, 12/31/2023 11:48 PM; the
    // last arrives after midnight but stays on the day it was received.
    expect(rows.map((r) => r.day)).toEqual(['2023-01-02', '2023-12-02', '2023-12-31']);
  });

  it('08: keeps every digit of 14-digit record numbers', async () => {
    const { select } = await imported(
      '08-bigint-counts.csv',
      mapping({
        dataset: 'force_incidents',
        recordIdColumn: 'go_number',
        columns: [field('precinct', 'area'), extra('uof_incidents')],
      }),
    );
    const rows = await select(`SELECT record_key FROM force_incidents ORDER BY 1`);
    expect(rows.map((r) => r.record_key)).toEqual([
      '20150000103696',
      '20150000140597',
      '20170000002031',
    ]);
  });

  it('10: counts dates on month boundaries in their month', async () => {
    const { select } = await imported(
      '10-date-utc-midnight.csv',
      mapping({
        dataset: 'placements',
        program: { kind: 'column' },
        columns: [
          field('placement_date', 'occurred_on', { dateFormats: ['iso-date'] }),
          field('program', 'program'),
          extra('placements'),
        ],
      }),
    );
    const [row] = await select(
      `SELECT count(*) AS n FROM placements WHERE strftime(occurred_on, '%Y-%m') = '2024-03'`,
    );
    expect(row?.n).toBe(2);
  });

  it("12: keeps the local date and turns UTC stamps into the agency's wall clock", async () => {
    const { select } = await imported(
      '12-utc-z-timestamps.csv',
      mapping({
        dataset: 'force_incidents',
        recordIdColumn: 'report_id',
        columns: [
          field('incident_date', 'occurred_on', { dateFormats: ['month-day-year'] }),
          field('incident_date_utc', 'occurred_at', {
            dateFormats: ['iso-datetime-utc'],
          }),
        ],
      }),
    );
    const rows = await select(
      `SELECT occurred_on, strftime(occurred_at, '%Y-%m-%d %H:%M') AS at
       FROM force_incidents ORDER BY record_key`,
    );
    expect(rows).toEqual([
      { occurred_on: '2024-03-09', at: '2024-03-09 23:30' },
      { occurred_on: '2024-03-10', at: '2024-03-10 03:30' },
      { occurred_on: '2024-03-10', at: '2024-03-10 04:15' },
      { occurred_on: '2024-03-10', at: '2024-03-10 23:59' },
    ]);
  });

  it('14: keeps three records whose addresses hold line breaks', async () => {
    const { report, select } = await imported(
      '14-quoted-newline-mixed-eol.csv',
      mapping({
        dataset: 'force_incidents',
        recordIdColumn: 'uof_id',
        columns: [extra('location'), field('force_type', 'force_type')],
      }),
    );
    expect(report.merge?.new).toBe(3);
    const [row] = await select(
      `SELECT extra['location'] AS l FROM force_incidents WHERE record_key = '1705'`,
    );
    expect(row?.l).toBe('7647 FERGUSON RD\nDallas, TX');
  });

  it('16: keeps every repeated or empty header as an extra under its distinct name', async () => {
    const { select, dialect } = await imported(
      '16-duplicate-headers.csv',
      mapping({
        dataset: 'force_incidents',
        recordIdColumn: 'RIN',
        columns: sniffedNames('16-duplicate-headers.csv')
          .filter((name) => name !== 'RIN')
          .map(extra),
      }),
    );
    const [row] = await select(
      `SELECT map_keys(extra) AS k FROM force_incidents WHERE record_key = '156701'`,
    );
    expect(row?.k).toEqual(dialect.columnNames.filter((name) => name !== 'RIN'));
  });

  it('17: makes no phantom rows of blank lines', async () => {
    const { report } = await imported(
      '17-trailing-blank-lines.csv',
      mapping({
        dataset: 'referrals',
        columns: [field('program', 'program'), extra('month'), extra('referrals')],
        program: { kind: 'column' },
      }),
    );
    expect([report.rowsRead, report.merge?.new]).toEqual([3, 3]);
  });

  it('19: reports short and long rows by line and loads every row it can read', async () => {
    const text = new TextDecoder().decode(fixtureBytes('bad-inputs/19-short-rows.csv'));
    const { report } = await imported(
      `${text}4,d,dan,x,y\n`,
      mapping({
        recordIdColumn: 'one',
        columns: [extra('two'), extra('three'), extra('four')],
      }),
    );
    expect(report.shortRows).toEqual({ count: 2, items: [2, 3] });
    expect(report.rejected.items.map((r) => r.line)).toEqual([5]);
    expect([report.rowsRead, report.merge?.new]).toEqual([4, 3]);
  });

  it('20: reads quoted numbers with thousands separators', async () => {
    const { select } = await imported(
      '20-thousands-separator.csv',
      mapping({
        dataset: 'aggregates',
        recordIdColumn: 'program',
        columns: [field('program', 'population_group')],
        measures: [
          { column: 'budget', measure: 'budget', valueKind: 'count' },
          { column: 'clients_served', measure: 'clients', valueKind: 'count' },
        ],
      }),
    );
    const rows = await select(
      `SELECT value FROM aggregates WHERE population_group = 'Crisis Line' ORDER BY measure`,
    );
    expect(rows.map((r) => r.value)).toEqual([100000, 1234]);
  });

  it('22: reads Windows-1252 text with a semicolon delimiter', async () => {
    const { select, dialect } = await imported(
      '22-latin1-cp1252.csv',
      mapping({
        dataset: 'aggregates',
        columns: [field('agency', 'area'), field('programme', 'population_group')],
        measures: [{ column: 'cost', measure: 'cost', valueKind: 'count', unit: 'EUR' }],
      }),
    );
    expect(dialect.delimiter).toBe(';');
    const rows = await select(
      `SELECT area, population_group, value FROM aggregates ORDER BY value DESC`,
    );
    expect(rows[0]).toEqual({
      area: 'Policía Municipal',
      population_group: 'Diversión juvenil',
      value: 1200,
    });
  });
});
