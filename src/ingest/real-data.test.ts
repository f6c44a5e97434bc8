/**
 * Suggestion and inference on the headers and first values of the real agency
 * exports described in /work/shared/real-data/README.md (Seattle Terry stops, LAPD
 * arrests, New Jersey use of force, Toronto shelter flow, Iowa recidivism, OJJDP
 * rates). The lines are copied verbatim, cut to a few columns, so the tests run on a
 * fresh clone.
 */
import { describe, expect, it } from 'vitest';
import { quoteIdentifier as q } from '../model/sql';
import {
  combineDateTimeSQL,
  dateSQL,
  inferDateFormats,
  inferTimeFormat,
  timeOfDaySQL,
} from './date-formats';
import { sniffCSV } from './sniff';
import { suggestMapping } from './suggest';
import { loadRawCSV } from './test-helpers';
import { ageSQL, isJuvenileSQL, splitValuesSQL } from './values';

const SEATTLE = `SubjectAgeGroup,SubjectID,GO / SC Num,TERRY_STOP_ID,Officer_YOB,Reported_Date,Reported_Time,CallType,ArrestFlag,FriskFlag,Precinct,Sector,Beat
26 - 35,NULL,20150000103696,10207,1973,2015-03-30,21:08:00.0000000,911,N,N,East,E,E2
36 - 45,NULL,20150000002031,10403,1991,2015-04-24,02:45:00.0000000,NULL,N,N,NULL,NULL,NULL
18 - 25,NULL,20150000140597,10440,1973,2015-04-30,01:22:00.0000000,911,N,N,East,E,E2
`;
const LAPD = `Report ID,Arrest Date,Time,Area ID,Area Name,Reporting District,Age,Charge Group Description
190325212,11/23/2019,1315,3,Southwest,328,21,Liquor Laws
5809994,11/27/2019,2100,18,Southeast,1801,20,Driving Under Influence
5672540,11/24/2019,356,15,N Hollywood,1547,30,Driving Under Influence
5806232,11/23/2019,5,2,Rampart,239,25,Driving Under Influence
`;
const NJ = `unique_report_id,county,incident_date,incident_date_utc,contact_origin,subject_age,subject_arrested,type_of_force
37799,Union,12/23/2020,2020-12-23T20:48:22.070Z,Officer Initiated,"18,19,21,20,19,","Yes,Yes,Yes,Yes,Yes,",Discharged Chemical at
35507,Bergen,12/14/2020,2020-12-15T02:10:09.762Z,Officer Initiated,"24,Unknown","Yes,No","Used arm bar on,Used arm bar on"
42561,Burlington,1/10/2021,2021-01-10T20:37:01.126Z,Officer Dispatched,"19,Juvenile","Yes,No","Other,Other"
`;
const TORONTO = `_id,date(mmm-yy),population_group,returned_from_housing,newly_identified,moved_to_housing,population_group_percentage
1,Jan-18,All Population,46,1106,508,100.0%
2,Jan-18,Chronic,11,317,111,31.8%
3,Jan-18,Refugees,4,651,328,30.3%
`;
const IOWA = `Fiscal Year Released,Recidivism Reporting Year,Main Supervising District,Release Type,Age At Release ,Return to Prison,Days to Return,Recidivism Type
2010,2013,7JD,Parole,25-34,Yes,433,New
2010,2013,,Discharged – End of Sentence,25-34,Yes,453,Tech
2010,2013,6JD,Parole,25-34,No,,No Recidivism
`;
const OJJDP = `state,reporting_coverage,index,rate,year
United States,72,Violent Crime Index,330,2e3
District of Columbia,0,Violent Crime Index,NA,2e3
Wyoming,94,Weapons,67,2016
`;

function suggestionFor(csv: string) {
  const dialect = sniffCSV(csv);
  const suggestion = suggestMapping(
    dialect.columnNames,
    dialect.sampleRows.map((row) => row.fields),
  );
  const field = (column: string) => suggestion.columns.find((c) => c.column === column);
  return { suggestion, field };
}

describe('suggestions on real agency exports', () => {
  it.each([
    [
      'Seattle Terry stops',
      SEATTLE,
      'contacts',
      {
        Reported_Date: 'occurred_on',
        Reported_Time: 'time_of_day',
        SubjectAgeGroup: 'age_band',
        ArrestFlag: 'arrest',
        Precinct: 'area',
        TERRY_STOP_ID: 'record_key',
        Officer_YOB: null,
      },
    ],
    [
      'LAPD arrests',
      LAPD,
      'arrests',
      {
        'Arrest Date': 'occurred_on',
        Time: 'time_of_day',
        Age: 'age',
        'Area Name': 'area',
        'Area ID': null,
        'Report ID': 'record_key',
      },
    ],
    [
      'NJ use of force',
      NJ,
      'force_incidents',
      {
        incident_date: 'occurred_on',
        incident_date_utc: 'occurred_at',
        type_of_force: 'force_type',
      },
    ],
    [
      'Toronto shelter flow',
      TORONTO,
      'aggregates',
      { 'date(mmm-yy)': 'period_start', population_group: 'population_group' },
    ],
    [
      'Iowa recidivism',
      IOWA,
      'releases',
      {
        'Fiscal Year Released': 'release_fiscal_year',
        'Release Type': 'release_type',
        'Age At Release': 'age_band',
        'Return to Prison': 'returned',
        'Days to Return': 'days_to_return',
      },
    ],
    [
      'OJJDP rates',
      OJJDP,
      'aggregates',
      { year: 'period_start', rate: 'value', state: 'area' },
    ],
  ] as const)('maps %s to its kind and fields', (_name, csv, kind, fields) => {
    const { suggestion, field } = suggestionFor(csv);
    expect(suggestion.kind).toBe(kind);
    for (const [column, expected] of Object.entries(fields)) {
      expect({ column, field: field(column)?.field }).toEqual({
        column,
        field: expected,
      });
    }
  });

  it('is more confident when the values fit the header', () => {
    const { field } = suggestionFor(`Arrest Date,Age\n11/23/2019,21\n`);
    const { field: unfit } = suggestionFor(`Arrest Date,Age\nsoon,old\n`);
    expect(field('Arrest Date')?.confidence).toBeGreaterThan(
      unfit('Arrest Date')?.confidence ?? 1,
    );
    expect(field('Age')?.confidence).toBeGreaterThan(unfit('Age')?.confidence ?? 1);
  });
});

describe('inference on real agency exports', () => {
  it.each([
    ['Seattle Reported_Date', ['2015-03-30', '2015-04-24'], ['iso-date'], false],
    ['LAPD Arrest Date', ['11/23/2019', '4/26/2019'], ['month-day-year'], false],
    ['NJ incident_date', ['12/23/2020', '1/10/2021'], ['month-day-year'], false],
    ['NJ incident_date_utc', ['2020-12-23T20:48:22.070Z'], ['iso-datetime-utc'], false],
    ['Toronto date(mmm-yy)', ['Jan-18', 'Feb-18', 'Dec-24'], ['mon-year'], false],
    ['Iowa fiscal years', ['2010', '2015'], ['year'], false],
    ['OJJDP year', ['2e3', '2001', '2016'], ['year'], false],
  ])('reads %s', (_name, values, ids, ambiguous) => {
    const inference = inferDateFormats(values);
    expect(inference.formats.map((f) => f.id)).toEqual(ids);
    expect(inference.ambiguous).toBe(ambiguous);
    expect(inference.unmatched).toEqual([]);
  });

  it.each([
    ['Seattle Reported_Time', ['21:08:00.0000000', '02:45:00.0000000'], 'clock'],
    ['LAPD Time', ['1315', '356', '5'], 'hhmm'],
  ])('reads %s as a time of day', (_name, values, format) => {
    expect(inferTimeFormat(values)).toBe(format);
  });
});

describe('real exports through DuckDB', () => {
  it('joins Seattle dates and HH:MM:SS.0000000 times into local timestamps', async () => {
    const { select } = await loadRawCSV(SEATTLE);
    const day = dateSQL(q('Reported_Date'), inferDateFormats(['2015-03-30']).formats);
    const at = combineDateTimeSQL(day, timeOfDaySQL(q('Reported_Time'), 'clock'));
    const rows = await select(`SELECT ${at} AS at FROM raw`);
    expect(rows.map((r) => r.at)).toEqual([
      '2015-03-30T21:08:00',
      '2015-04-24T02:45:00',
      '2015-04-30T01:22:00',
    ]);
  });

  it('reads LAPD unpadded HHMM times, 5 being 00:05', async () => {
    const { select } = await loadRawCSV(LAPD);
    const rows = await select(
      `SELECT CAST(${timeOfDaySQL(q('Time'), 'hhmm')} AS VARCHAR) AS t FROM raw`,
    );
    expect(rows.map((r) => r.t)).toEqual([
      '13:15:00',
      '21:00:00',
      '03:56:00',
      '00:05:00',
    ]);
  });

  it('reads Toronto Jan-18 as the first of January 2018', async () => {
    const { select } = await loadRawCSV(TORONTO);
    const month = dateSQL(q('date(mmm-yy)'), inferDateFormats(['Jan-18']).formats);
    expect(await select(`SELECT DISTINCT ${month} AS m FROM raw`)).toEqual([
      { m: '2018-01-01' },
    ]);
  });

  it('unpacks NJ subject ages and counts Juvenile where the mapping says so', async () => {
    const { select } = await loadRawCSV(NJ);
    const ages = ageSQL('age', { juvenile: { min: null, max: 17 } });
    const rows = await select(
      `SELECT count(*) AS subjects, count(*) FILTER (WHERE ${isJuvenileSQL(ages)}) AS juveniles,
              count(*) FILTER (WHERE ${ages.unfit}) AS unfit
       FROM (SELECT unnest(${splitValuesSQL(q('subject_age'), ',')}) AS age FROM raw)`,
    );
    expect(rows).toEqual([{ subjects: 9, juveniles: 1, unfit: 1 }]);
  });
});
