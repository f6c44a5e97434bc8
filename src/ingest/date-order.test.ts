import { describe, expect, it } from 'vitest';
import { guessDateOrder } from './date-order';

describe('date order', () => {
  it.each([
    [['2015-03-30', '2015-04-24'], { order: 'ymd', ambiguous: false }],
    [['11/23/2019', '1/2/2019'], { order: 'mdy', ambiguous: false }],
    [['23/11/2019', '1/2/2019'], { order: 'dmy', ambiguous: false }],
    [['03/04/2023', '05/06/2023'], { order: null, ambiguous: true }],
    [['Juvenile', ''], { order: null, ambiguous: false }],
  ])('reads %j as %j', (values, expected) => {
    expect(guessDateOrder(values)).toEqual(expected);
  });
});
