import { describe, expect, it } from 'vitest';
import type { ImportMapping } from './import-mapping';
import { ageSourceNote, mappingProblems } from './mapping-checks';

const base: ImportMapping = {
  dataset: 'contacts',
  columns: [
    {
      column: 'Date',
      target: { kind: 'field', field: 'occurred_on' },
      dateFormats: ['iso-date'],
    },
  ],
  recordIdColumn: null,
  program: { kind: 'whole-file', program: 'CIT' },
  timeZone: 'America/Chicago',
  earliestPlausibleDate: '1990-01-01',
};

describe('mapping checks', () => {
  it('accepts a mapping with a dated column and a program', () => {
    expect(mappingProblems(base)).toEqual([]);
  });

  it('asks for a date format the sample did not reveal', () => {
    const mapping = { ...base, columns: [{ ...base.columns[0]!, dateFormats: [] }] };
    expect(mappingProblems(mapping)).toEqual(['Choose the date format of “Date”.']);
  });

  it('asks for a date column when none is mapped', () => {
    const mapping = {
      ...base,
      columns: [{ column: 'Date', target: { kind: 'extra' as const } }],
    };
    expect(mappingProblems(mapping)).toEqual([
      'Map a column to occurred_on or occurred_at: every record needs its date.',
    ]);
  });

  it('dates a response by its received_at when no other date is mapped', () => {
    const received = {
      column: 'queued_at',
      target: { kind: 'field' as const, field: 'received_at' },
      dateFormats: ['month-day-year-time' as const],
    };
    const responses = { ...base, dataset: 'responses' as const };
    expect(mappingProblems({ ...responses, columns: [received] })).toEqual([]);
    expect(mappingProblems({ ...responses, columns: [] })).toEqual([
      'Map a column to occurred_on, occurred_at or received_at: every record needs its date.',
    ]);
  });

  it('asks to keep one of a column and a fixed value for the same field', () => {
    const releases: ImportMapping = {
      ...base,
      dataset: 'releases',
      columns: [
        { column: 'FY', target: { kind: 'field', field: 'release_fiscal_year' } },
        { column: 'Months', target: { kind: 'field', field: 'follow_up_months' } },
      ],
    };
    expect(mappingProblems(releases)).toEqual([]);
    expect(mappingProblems({ ...releases, constants: { follow_up_months: 36 } })).toEqual(
      ['`follow_up_months` has both a column and a fixed value: remove one of them.'],
    );
    expect(
      mappingProblems({ ...releases, constants: { release_type: 'Parole' } }),
    ).toEqual([]);
  });

  it('names the one date field of a dataset that has only one', () => {
    const aggregates = { ...base, dataset: 'aggregates' as const, columns: [] };
    expect(mappingProblems(aggregates)).toEqual([
      'Map a column to period_start: every record needs its date.',
    ]);
  });

  it('takes a date fixed for the whole file as every record’s date', () => {
    const oneDay = { ...base, columns: [], constants: { occurred_on: '2024-01-15' } };
    expect(mappingProblems(oneDay)).toEqual([]);
  });

  it('refuses a fixed date or number the import could not read', () => {
    const fixed = (occurred_on: string) => ({
      ...base,
      columns: [],
      constants: { occurred_on },
    });
    expect(mappingProblems(fixed('01/15/2024'))).toEqual([
      'The fixed value of `occurred_on`, “01/15/2024”, is not a date written 2024-01-31.',
    ]);
    expect(mappingProblems(fixed('2024-02-30'))).toHaveLength(1);
    const releases = {
      ...base,
      dataset: 'releases' as const,
      columns: [],
      constants: { release_fiscal_year: '2019', follow_up_months: '3 years' },
    };
    expect(mappingProblems(releases)).toEqual([
      'The fixed value of `follow_up_months`, “3 years”, is not a whole number.',
    ]);
  });

  it('asks for the program of a whole file', () => {
    expect(
      mappingProblems({ ...base, program: { kind: 'whole-file', program: ' ' } }),
    ).toEqual(['Name the program these records belong to.']);
  });

  it('refuses a time zone the platform does not know', () => {
    expect(mappingProblems({ ...base, timeZone: 'Central Time' })).toEqual([
      '“Central Time” is not a time zone name: use one such as America/Chicago.',
    ]);
  });

  it('refuses a value mapped to a word outside its field’s fixed list', () => {
    const destination = {
      column: 'Exit To',
      target: { kind: 'field' as const, field: 'destination_class' },
      valueMap: { 'Rental by client': 'permanent', Jail: 'jail' },
    };
    const placements = { ...base, dataset: 'placements' as const };
    expect(
      mappingProblems({ ...placements, columns: [...base.columns, destination] }),
    ).toEqual([
      '“Exit To” maps “Jail” to “jail”, which is not one of permanent, temporary, ' +
        'institution, street_unknown.',
    ]);
  });
});

describe('the age source note', () => {
  const withColumns = (...fields: string[]): ImportMapping => ({
    ...base,
    columns: fields.map((field) => ({ column: field, target: { kind: 'field', field } })),
  });

  it('says the exact age wins over the band when both are mapped', () => {
    expect(ageSourceNote(withColumns('age', 'age_min', 'age_max'))).toBe(
      'Where a record has both, its exact age in “age” wins over the band in ' +
        '“age_min”, “age_max”; the band is used when the age is empty.',
    );
  });

  it('says nothing when only an age or only a band is mapped', () => {
    expect(ageSourceNote(withColumns('age', 'birth_date'))).toBeNull();
    expect(ageSourceNote(withColumns('age_band'))).toBeNull();
  });
});
