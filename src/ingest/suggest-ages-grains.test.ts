import { describe, expect, it } from 'vitest';
import { draftMapping } from './draft-mapping';
import { grainValueMap } from './draft-mapping-aggregates';
import { analyse, draftTargets } from './suggest-test-helpers';

/** A small CSV of a header and rows, each row a list of cells. */
const csv = (header: readonly string[], ...rows: readonly string[][]) =>
  [header, ...rows].map((cells) => cells.join(',')).join('\n') + '\n';

describe('a date of birth beside other date columns', () => {
  it.each([
    ['DOB', 'Arrest Date', 'Booking Date'],
    ['Date of Birth', 'Arrest Date', 'Report Date'],
    ['Birth Date', 'Arrest Date', 'Updated Date'],
    ['birthdate', 'Arrest Date', 'Booked On'],
    ['birth_date', 'occurred_on', 'Reported Date'],
    ['BirthDate', 'Arrest Date', 'Date'],
    ['Subject DOB', 'Arrest Date', 'Entry Date'],
  ])('maps `%s` to birth_date and `%s` to the arrest date', async (dob, event, other) => {
    const text = csv(
      [event, dob, other, 'Charge', 'Age'],
      ['2024-03-01', '2008-05-17', '2024-03-02', 'Theft', '15'],
      ['2024-03-04', '2001-11-30', '2024-03-05', 'Assault', '22'],
    );
    const mapping = draftMapping(await analyse(text), 'UTC', 'arrests');
    const targets = draftTargets(mapping, [event, dob]);
    expect(targets).toEqual({ [event]: 'occurred_on', [dob]: 'birth_date' });
    const dobReading = mapping.columns.find((c) => c.column === dob);
    expect(dobReading?.dateFormats).toEqual(['iso-date']);
  });
});

describe('an exact age beside age-band columns', () => {
  it.each([
    [
      ['Arrest Date', 'Age', 'Age Group'],
      [
        ['2024-03-01', '16', '1 - 17'],
        ['2024-03-02', '', '18 - 25'],
      ],
      { 'Arrest Date': 'occurred_on', Age: 'age', 'Age Group': 'age_band' },
    ],
    [
      ['occurred_on', 'age', 'age_min', 'age_max'],
      [
        ['2024-03-01', '16', '', ''],
        ['2024-03-02', '', '1', '17'],
      ],
      { occurred_on: 'occurred_on', age: 'age', age_min: 'age_min', age_max: 'age_max' },
    ],
    [
      ['Arrest Date', 'Arrestee Age', 'Min Age', 'Max Age'],
      [
        ['2024-03-01', '16', '', ''],
        ['2024-03-02', '', '18', '25'],
      ],
      {
        'Arrest Date': 'occurred_on',
        'Arrestee Age': 'age',
        'Min Age': 'age_min',
        'Max Age': 'age_max',
      },
    ],
  ])('maps %j each to its own age field', async (header, rows, expected) => {
    const mapping = draftMapping(await analyse(csv(header, ...rows)), 'UTC', 'arrests');
    expect(draftTargets(mapping, header)).toEqual(expected);
  });
});

describe('the period grain of an aggregates file', () => {
  it.each([
    [
      'a year column',
      csv(['year', 'state', 'rate'], ['2015', 'Ohio', '310'], ['2016', 'Ohio', '295']),
      { year: 'period_start', rate: 'value' },
      // A value column named `rate` makes every row a rate, never summed.
      { period_grain: 'year', value_kind: 'rate' },
    ],
    [
      'first-of-January dates',
      csv(
        ['period', 'measure', 'value'],
        ['2021-01-01', 'juvenile_arrest_rate', '180'],
        ['2022-01-01', 'juvenile_arrest_rate', '250.5'],
      ),
      { period: 'period_start', measure: 'measure', value: 'value' },
      { period_grain: 'year' },
    ],
    [
      'first-of-month dates',
      csv(['month', 'referrals'], ['2024-01-01', '12'], ['2024-02-01', '15']),
      { month: 'period_start' },
      { period_grain: 'month' },
    ],
    [
      'its own grain column',
      csv(
        ['period_start', 'period_grain', 'measure', 'value', 'value_kind', 'unit'],
        ['2022-01-01', 'year', 'juvenile_arrest_rate', '250.5', 'rate', 'per 100000'],
        ['2022-06-01', 'month', 'juvenile_arrest_rate', '20', 'rate', 'per 100000'],
      ),
      {
        period_start: 'period_start',
        period_grain: 'period_grain',
        measure: 'measure',
        value: 'value',
        value_kind: 'value_kind',
        unit: 'unit',
      },
      undefined,
    ],
    [
      'a `Frequency` column',
      csv(
        ['Period', 'Frequency', 'Count'],
        ['2022-01-01', 'Annual', '5000'],
        ['2022-06-01', 'Monthly', '410'],
      ),
      { Period: 'period_start', Frequency: 'period_grain', Count: 'value' },
      undefined,
    ],
  ])('follows %s', async (_name, text, targets, constants) => {
    const mapping = draftMapping(await analyse(text), 'UTC', 'aggregates');
    expect(draftTargets(mapping, Object.keys(targets))).toEqual(targets);
    expect(mapping.constants).toEqual(constants);
  });

  it('reads a grain column’s spellings as the model’s grains', async () => {
    const text = csv(
      ['Period', 'Frequency', 'Count'],
      ['2022-01-01', 'Annual', '5000'],
      ['2022-06-01', 'Monthly', '410'],
      ['2022-06-06', 'weekly', '95'],
    );
    const mapping = draftMapping(await analyse(text), 'UTC', 'aggregates');
    const grain = mapping.columns.find((c) => c.column === 'Frequency');
    expect(grain?.valueMap).toEqual({ Annual: 'year', Monthly: 'month', weekly: 'week' });
  });

  it('leaves a grain it does not know out of the value map', () => {
    expect(grainValueMap(['Year', 'fortnightly', 'Calendar Year', ''])).toEqual({
      Year: 'year',
      'Calendar Year': 'year',
    });
  });
});
