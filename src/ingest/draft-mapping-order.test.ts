import { describe, expect, it } from 'vitest';
import { columnReading, draftMapping, needsDayMonthOrder } from './draft-mapping';
import { analyse } from './suggest-test-helpers';

const DAY_FIRST_RESPONSES = `call_id,queued_at,arrived_at
1,"31/12/2023, 23:48","01/01/2024, 00:10"
2,"05/06/2023, 10:00","05/06/2023, 10:20"
`;
const PROVEN_BY_AN_EXTRA = `incident_id,incident_date,entered_system
A-1,03/04/2023,3/20/2023
A-2,05/06/2023,5/6/2023
`;
const OPPOSITE_PROOFS = `call_id,queued_at,arrived_at,closed_at
1,"12/31/2023, 11:48 PM","1/2/2024, 12:10 AM","31/12/2023, 23:59"
`;

describe('one column of a file settles the day/month order of the others', () => {
  it.each([
    [
      '07-datetime-comma-ampm.csv: queued_at has 12/31/2023',
      'bad-inputs/07-datetime-comma-ampm.csv',
      'arrived_at',
      'month-first',
      ['month-day-year-time'],
    ],
    [
      'queued_at has 31/12/2023',
      DAY_FIRST_RESPONSES,
      'arrived_at',
      'day-first',
      ['day-month-year-time'],
    ],
    [
      'an extra column has 3/20/2023',
      PROVEN_BY_AN_EXTRA,
      'incident_date',
      'month-first',
      ['month-day-year'],
    ],
  ])('does not ask when %s', async (_name, source, column, order, formats) => {
    const analysis = await analyse(source);
    const mapping = draftMapping(analysis, 'UTC');
    const reading = mapping.columns.find((c) => c.column === column);

    expect(needsDayMonthOrder(analysis, mapping)).toEqual([]);
    expect(reading?.dayMonthOrder).toBe(order);
    expect(reading?.dateFormats).toEqual(formats);
  });

  it('applies the proven order when the analyst maps a column later', async () => {
    const analysis = await analyse(DAY_FIRST_RESPONSES);
    const reading = columnReading(analysis, 'responses', 'arrived_at', 'arrived_at');
    expect(reading.dayMonthOrder).toBe('day-first');
  });

  it.each([
    ['no column proves an order', 'bad-inputs/03-ambiguous-ddmm.csv', ['incident_date']],
    ['two columns prove opposite orders', OPPOSITE_PROOFS, ['arrived_at']],
  ])('still asks when %s', async (_name, source, asked) => {
    const analysis = await analyse(source);
    expect(needsDayMonthOrder(analysis, draftMapping(analysis, 'UTC'))).toEqual(asked);
  });
});
