import { describe, expect, it } from 'vitest';
import { numberOption } from './options';
import { numberOptionSpecs } from './option-specs';
import { METRICS } from './registry';

const base = { grain: 'year', filters: [], fiscalYearStartMonth: 1 } as const;

describe('the option specs of the registry', () => {
  const all = METRICS.flatMap((metric) => metric.options ?? []);

  it('gives every numeric option bounds that hold its own default', () => {
    const numeric = all.filter((option) => option.kind === 'number');
    expect(numeric.length).toBeGreaterThan(0);
    for (const option of numeric) {
      expect(option.rule.min).toBeLessThanOrEqual(option.rule.max);
      if (option.defaultValue === null) continue;
      expect(option.defaultValue).toBeGreaterThanOrEqual(option.rule.min);
      expect(option.defaultValue).toBeLessThanOrEqual(option.rule.max);
    }
  });

  it('leaves only the data-through date and the youth population group as text', () => {
    const text = new Set(all.filter((o) => o.kind === 'text').map((o) => o.key));
    expect([...text].sort()).toEqual(['dataThrough', 'youthAgeGroup']);
  });

  it('declares one set of bounds per key, however many metrics read it', () => {
    const specs = numberOptionSpecs();
    for (const option of all) {
      if (option.kind === 'number') expect(option).toEqual(specs.get(option.key));
    }
  });

  it('makes the metric read the same bounds the spec declares', () => {
    const age = numberOptionSpecs().get('juvenileMinimumAge');
    expect(age?.rule).toEqual({ min: 0, max: 17, integer: true });
    if (!age) return;
    const request = (value: number) => ({
      ...base,
      options: { juvenileMinimumAge: value },
    });
    expect(numberOption(request(17), age)).toBe(17);
    expect(() => numberOption(request(20), age)).toThrow(
      'The option juvenileMinimumAge must be a whole number from 0 to 17, not "20".',
    );
  });
});
