import { describe, expect, it } from 'vitest';
import { draftMapping } from './draft-mapping';
import { analyse, draftTargets, suggestedFields } from './suggest-test-helpers';

const SEMICOLON_FORCE_FLAG = `incident_id;incident_date;use_of_force;program
1001;2024-01-05;Y;Crisis Response
1002;2024-01-06;N;Crisis Response
1003;2024-01-07;N;Outreach
`;
const FLAGS_NAMED_LIKE_OUTCOMES = `case_id,incident_date,force_used,arrest_made
A-1,2024-02-01,Yes,No
A-2,2024-02-02,No,No
A-3,2024-02-03,No,Yes
`;
const FORCE_RECORDS = `uof_id,incident_date,force_type,uof_flag
7,2024-02-01,Taser,Y
8,2024-02-02,Takedown,N
`;

describe('a yes/no column named after an outcome is a field of a contact', () => {
  it.each([
    [
      '01-bom-header.csv',
      'bad-inputs/01-bom-header.csv',
      { 'Use of Force Indicator': 'use_of_force' },
    ],
    [
      'a `;` file with a use_of_force Y/N column',
      SEMICOLON_FORCE_FLAG,
      { use_of_force: 'use_of_force' },
    ],
    [
      'a file whose only outcome words head Yes/No columns',
      FLAGS_NAMED_LIKE_OUTCOMES,
      { force_used: 'use_of_force', arrest_made: 'arrest' },
    ],
  ])('suggests %s as contacts with its flags mapped', async (_name, source, fields) => {
    const analysis = await analyse(source);
    const columns = Object.keys(fields);

    expect(analysis.suggestion.kind).toBe('contacts');
    expect(suggestedFields(analysis, columns)).toEqual(fields);
    expect(draftTargets(draftMapping(analysis, 'UTC'), columns)).toEqual(fields);
  });

  it.each([
    ['14-quoted-newline-mixed-eol.csv', 'bad-inputs/14-quoted-newline-mixed-eol.csv'],
    ['a file with a force type and a uof flag', FORCE_RECORDS],
    ['the NJ export', 'real-data/nj-use-of-force-2020-10-to-2021-02.csv'],
  ])(
    'still suggests %s as force incidents: force words head its text columns',
    async (_name, source) => {
      const analysis = await analyse(source);
      expect(analysis.suggestion.kind).toBe('force_incidents');
    },
  );
});

const MONTHLY_ARRESTS = `area,month_start,arrests,citations
North,2024-01-01,12,30
North,2024-02-01,9,28
South,2024-01-01,4,11
`;
const CONTACTS_WITH_A_COUNT = `person_id,contact_date,prior_contacts
P-1,2024-01-02,3
P-2,2024-01-05,0
`;
const FLAGGED_STOPS_WITH_A_COUNT = `stop_date,officers,frisked
2024-01-02,2,Y
2024-01-03,1,N
`;

describe('a table of counts per period is aggregates', () => {
  it.each([
    [
      '10-date-utc-midnight.csv',
      'bad-inputs/10-date-utc-midnight.csv',
      { placement_date: 'period_start', program: 'program', placements: null },
      ['placements'],
    ],
    [
      '17-trailing-blank-lines.csv',
      'bad-inputs/17-trailing-blank-lines.csv',
      { program: 'program', month: 'period_start', referrals: null, placements: null },
      ['referrals', 'placements'],
    ],
    [
      '08-bigint-counts.csv',
      'bad-inputs/08-bigint-counts.csv',
      { precinct: 'area', go_number: 'record_key', uof_incidents: null },
      ['uof_incidents', 'population'],
    ],
    [
      '27-gaps-in-daily-series.csv',
      'bad-inputs/27-gaps-in-daily-series.csv',
      { 'Date of Census': 'period_start', 'Total Individuals in Shelter': null },
      ['Total Individuals in Shelter'],
    ],
    [
      'monthly arrests and citations by area',
      MONTHLY_ARRESTS,
      { area: 'area', month_start: 'period_start', arrests: null, citations: null },
      ['arrests', 'citations'],
    ],
  ])('suggests %s as aggregates', async (_name, source, fields, counts) => {
    const analysis = await analyse(source);
    const measures = analysis.suggestion.columns
      .filter((c) => c.measure === 'count')
      .map((c) => c.column);

    expect(analysis.suggestion.kind).toBe('aggregates');
    expect(suggestedFields(analysis, Object.keys(fields))).toEqual(fields);
    expect(measures).toEqual(counts);
  });

  it.each([
    ['a person id', CONTACTS_WITH_A_COUNT, 'contacts'],
    ['a yes/no column', FLAGGED_STOPS_WITH_A_COUNT, 'contacts'],
    ['an age', 'real-data/lapd-arrests-alcohol-2019.csv', 'arrests'],
    ['a time of day', 'real-data/seattle-terry-stops-2015-2017.csv', 'contacts'],
  ])('keeps a file with %s record-level', async (_evidence, source, kind) => {
    const analysis = await analyse(source);
    expect(analysis.suggestion.kind).toBe(kind);
    expect(analysis.suggestion.columns.some((c) => c.measure)).toBe(false);
  });
});
