import { describe, expect, it } from 'vitest';
import { draftMapping } from './draft-mapping';
import { analyse, draftTargets, suggestedFields } from './suggest-test-helpers';

const UNNAMED_DATE = `ref,when,program
A-1,2024-03-01,Outreach
A-2,2024-03-04,Outreach
`;
const UNNAMED_MONTHS = `stamp,referrals
2024-01,4
2024-02,5
`;
const UNNAMED_RELEASE_DATE = `offender_id,release_type,exit
9001,Parole,3/14/2021
9002,Discharged,11/30/2021
`;
const NAMED_AND_UNNAMED = `incident_date,logged,program
2024-01-01,2024-01-02,Outreach
2024-01-05,2024-01-09,Outreach
`;

describe('a column whose every value reads as a date is the record date', () => {
  it.each([
    [
      '29-parseiso-local-vs-utc.csv (`start`: week, date, local and UTC stamps)',
      'bad-inputs/29-parseiso-local-vs-utc.csv',
      'start',
      'occurred_on',
      ['iso-week', 'iso-date', 'iso-datetime', 'iso-datetime-utc'],
    ],
    [
      '27-gaps-in-daily-series.csv (`Date of Census`)',
      'bad-inputs/27-gaps-in-daily-series.csv',
      'Date of Census',
      'period_start',
      ['month-day-year'],
    ],
    ['a `when` column of ISO dates', UNNAMED_DATE, 'when', 'occurred_on', ['iso-date']],
    [
      'a `stamp` column of year-months in a table of counts',
      UNNAMED_MONTHS,
      'stamp',
      'period_start',
      ['year-month'],
    ],
    [
      'an `exit` column of release dates',
      UNNAMED_RELEASE_DATE,
      'exit',
      'released_on',
      ['month-day-year'],
    ],
  ])('offers %s as the date', async (_name, source, column, field, formats) => {
    const analysis = await analyse(source);
    const mapping = draftMapping(analysis, 'UTC');

    expect(suggestedFields(analysis, [column])).toEqual({ [column]: field });
    expect(draftTargets(mapping, [column])).toEqual({ [column]: field });
    expect(mapping.columns.find((c) => c.column === column)?.dateFormats).toEqual(
      formats,
    );
  });

  it('prefers a column whose header names the date to one read from values', async () => {
    const analysis = await analyse(NAMED_AND_UNNAMED);
    expect(suggestedFields(analysis, ['incident_date', 'logged'])).toEqual({
      incident_date: 'occurred_on',
      logged: null,
    });
  });

  it.each([
    [
      'beat and district codes such as 1-10-2',
      'bad-inputs/06-codes-look-like-dates.csv',
      'district_code',
    ],
    ['years of birth', 'bad-inputs/26-null-literals.csv', 'officer_yob'],
    [
      'counts that look like years',
      'program,clients\nOutreach,2015\nShelter,1998\n',
      'clients',
    ],
  ])('does not take %s for dates', async (_name, source, column) => {
    const analysis = await analyse(source);
    const suggestion = analysis.suggestion.columns.find((c) => c.column === column);
    expect(suggestion?.field).not.toBe('occurred_on');
    expect(suggestion?.field).not.toBe('period_start');
  });
});
