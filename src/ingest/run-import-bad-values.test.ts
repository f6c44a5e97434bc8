/**
 * The value-level bad inputs of tests/fixtures/bad-inputs through the whole import
 * pipeline: words among ages far past any sample, leading zeros, missing markers,
 * a duplicated day, ISO labels and percents, checked against the README.
 */
import { describe, expect, it } from 'vitest';
import { extra, field, imported, mapping } from './bad-input-imports';

/** 70,000 incidents; `Juvenile`, `Unknown` and `99.5+` first appear past row 60,000. */
function lateTypeChange(): { text: string; ages: string[]; percents: string[] } {
  const ages: string[] = [];
  const percents: string[] = [];
  for (let i = 1; i <= 70_000; i++) {
    const late = i > 60_000;
    ages.push(
      late && i % 100 === 0
        ? 'Juvenile'
        : late && i % 250 === 7
          ? 'Unknown'
          : String(10 + (i % 60)),
    );
    percents.push(late && i % 500 === 3 ? '99.5+' : String(90 + (i % 10) + 0.5));
  }
  const rows = ages.map((age, i) => `${i + 1},${age},${percents[i]}`);
  return {
    text: `incident_id,subject_age,percent_complete\n${rows.join('\n')}\n`,
    ages,
    percents,
  };
}

describe('bad values through the import pipeline', () => {
  const late = lateTypeChange();

  it(
    '23: reports ages that do not fit past row 60,000 and counts Juvenile as under ' +
      '18',
    async () => {
      const { report, select } = await imported(
        late.text,
        mapping({
          recordIdColumn: 'incident_id',
          columns: [
            field('subject_age', 'age', {
              ageWords: { Juvenile: { min: null, max: 17 } },
            }),
            extra('percent_complete'),
          ],
        }),
        { chunkBytes: 64 * 1024 },
      );
      const unknown = late.ages.flatMap((a, i) => (a === 'Unknown' ? [i + 2] : []));
      const juvenile = late.ages.filter((a) => a === 'Juvenile' || Number(a) < 18).length;

      expect(report.merge?.new).toBe(70_000);
      expect(report.unfitValues.count).toBe(unknown.length);
      expect(report.unfitValues.items[0]).toMatchObject({
        line: unknown[0],
        column: 'subject_age',
        value: 'Unknown',
      });
      const [row] = await select(`SELECT count(*) AS n FROM contacts WHERE age_max < 18`);
      expect(row?.n).toBe(juvenile);
    },
  );

  it('23: reports a percent written `99.5+` as not a number, by line', async () => {
    const { report } = await imported(
      late.text,
      mapping({
        dataset: 'aggregates',
        recordIdColumn: 'incident_id',
        measures: [
          {
            column: 'percent_complete',
            measure: 'complete',
            valueKind: 'rate',
            unit: '%',
          },
        ],
      }),
    );
    const plus = late.percents.flatMap((p, i) => (p === '99.5+' ? [i + 2] : []));
    expect(report.unfitValues.count).toBe(plus.length);
    expect(report.unfitValues.items.map((u) => u.line)).toEqual(plus);
  });

  it('24: keeps leading zeros of codes and reads the HHMM time `0005` as 00:05', async () => {
    const { select } = await imported(
      '24-leading-zeros.csv',
      mapping({
        dataset: 'arrests',
        recordIdColumn: 'report_id',
        constants: { occurred_on: '2024-01-01' },
        columns: [
          field('time_hhmm', 'time_of_day', { timeFormat: 'hhmm' }),
          field('reporting_district', 'area'),
          extra('zip'),
          extra('beat'),
        ],
      }),
    );
    const [row] = await select(
      `SELECT occurred_at, area, extra['zip'] AS zip, extra['beat'] AS beat
       FROM arrests WHERE record_key = '190325212'`,
    );
    expect(row).toEqual({
      occurred_at: '2024-01-01T00:05:00',
      area: '0155',
      zip: '02124',
      beat: '04X',
    });
  });

  it('26: reads NULL, - and blank as missing and the band `1 - 17` as juvenile', async () => {
    const { report, select } = await imported(
      '26-null-literals.csv',
      mapping({
        recordIdColumn: 'stop_id',
        columns: [
          field('subject_age_group', 'age_band'),
          field('precinct', 'area'),
          extra('officer_yob'),
          field('frisk_flag', 'use_of_force'),
        ],
      }),
    );
    expect(report.unfitValues.count).toBe(0);
    const rows = await select(
      `SELECT record_key, area, age_max < 18 AS juvenile, use_of_force,
              map_keys(extra) AS k
       FROM contacts ORDER BY 1`,
    );
    expect(rows).toEqual([
      {
        record_key: '10207',
        area: 'East',
        juvenile: false,
        use_of_force: false,
        k: ['officer_yob'],
      },
      { record_key: '10403', area: null, juvenile: false, use_of_force: false, k: [] },
      {
        record_key: '10440',
        area: null,
        juvenile: null,
        use_of_force: null,
        k: ['officer_yob'],
      },
      { record_key: '10483', area: 'West', juvenile: true, use_of_force: true, k: [] },
    ]);
  });

  it('27: reports the duplicated day and keeps its later line', async () => {
    const { report, select } = await imported(
      '27-gaps-in-daily-series.csv',
      mapping({
        dataset: 'aggregates',
        recordIdColumn: 'Date of Census',
        constants: {
          measure: 'individuals_in_shelter',
          value_kind: 'count',
          period_grain: 'day',
        },
        columns: [
          field('Date of Census', 'period_start', { dateFormats: ['month-day-year'] }),
          field('Total Individuals in Shelter', 'value'),
        ],
      }),
    );
    expect(report.duplicates).toEqual({
      count: 1,
      items: [{ key: '2/5/2015', lines: [2, 6], resolution: 'later line kept' }],
    });
    expect(report.merge?.new).toBe(5);
    const [row] = await select(
      `SELECT value FROM aggregates WHERE period_start = DATE '2015-02-05'`,
    );
    expect(row?.value).toBe(58784);
  });

  it.each([
    ['Etc/UTC', ['2024-01-01', '2024-01-01', '2024-01-01', '2024-01-01']],
    ['America/New_York', ['2024-01-01', '2024-01-01', '2024-01-01', '2023-12-31']],
  ])(
    '29: puts ISO week, date and date-time labels on their day in %s',
    async (zone, days) => {
      const { select } = await imported(
        '29-parseiso-local-vs-utc.csv',
        mapping({
          dataset: 'aggregates',
          recordIdColumn: 'period',
          timeZone: zone,
          columns: [
            field('start', 'period_start', {
              dateFormats: ['iso-week', 'iso-date', 'iso-datetime', 'iso-datetime-utc'],
            }),
            field('label', 'measure'),
          ],
        }),
      );
      const rows = await select(
        `SELECT period_start FROM aggregates ORDER BY source_line`,
      );
      expect(rows.map((r) => r.period_start)).toEqual(days);
    },
  );

  it('31: reads 100.0% as 1.0, NA as missing and 2e3 as the year 2000', async () => {
    const { report, select } = await imported(
      '31-percent-na-sci-year.csv',
      mapping({
        dataset: 'aggregates',
        constants: { period_grain: 'year' },
        columns: [
          field('state', 'area'),
          extra('index'),
          field('year', 'period_start', { dateFormats: ['year'] }),
        ],
        measures: [
          { column: 'rate', measure: 'rate', valueKind: 'rate', unit: 'per 100,000' },
          { column: 'population_group_percentage', measure: 'share', valueKind: 'rate' },
        ],
      }),
    );
    expect(report.unfitValues.count).toBe(0);
    const rows = await select(
      `SELECT area, period_start, measure, value FROM aggregates ORDER BY source_line, measure`,
    );
    expect(rows.slice(0, 4)).toEqual([
      { area: 'United States', period_start: '2000-01-01', measure: 'rate', value: 330 },
      { area: 'United States', period_start: '2000-01-01', measure: 'share', value: 1 },
      { area: 'Alabama', period_start: '2000-01-01', measure: 'rate', value: null },
      { area: 'Alabama', period_start: '2000-01-01', measure: 'share', value: 0.318 },
    ]);
  });
});
