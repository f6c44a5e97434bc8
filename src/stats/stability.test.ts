import { describe, expect, it } from 'vitest';

import { isUnstable } from './stability';

describe('isUnstable', () => {
  it('flags rates from 20 or fewer events', () => {
    expect(isUnstable(0)).toBe(true);
    expect(isUnstable(20)).toBe(true);
  });

  it('does not flag rates from 21 or more events', () => {
    expect(isUnstable(21)).toBe(false);
    expect(isUnstable(5000)).toBe(false);
  });

  it('flags a count that is not a number', () => {
    expect(isUnstable(Number.NaN)).toBe(true);
  });
});
