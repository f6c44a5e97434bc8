import { describe, expect, it } from 'vitest';
import { editableOptions, optionInputProblem, setMetricOption } from './metric-options';

describe('the measure options a settings screen offers', () => {
  const options = editableOptions();
  const keys = options.map((option) => option.key);

  it('offers each numeric option once, with the metrics that read it', () => {
    expect(keys).toEqual(
      expect.arrayContaining([
        'juvenileMinimumAge',
        'withinDays',
        'targetMinutes',
        'crisisTeamTargetMinutes',
        'policeTargetMinutes',
      ]),
    );
    expect(new Set(keys).size).toBe(keys.length);
    const age = options.find((option) => option.key === 'juvenileMinimumAge');
    expect(age?.defaultValue).toBe(10);
    expect(age?.metrics).toEqual([
      'Juvenile arrests',
      'Juvenile arrests per 100,000 youth',
      'Share of arrests that were of juveniles',
    ]);
  });

  it('leaves out options set elsewhere', () => {
    expect(keys).not.toContain('followUpMonths');
    expect(keys).not.toContain('dataThrough');
    expect(keys).not.toContain('youthAgeGroup');
  });

  it('shows an option unset by default as having no default', () => {
    expect(options.find((option) => option.key === 'targetMinutes')?.defaultValue).toBe(
      null,
    );
  });

  it('sets a value and removes it again', () => {
    const set = setMetricOption({ withinDays: 30 }, 'juvenileMinimumAge', 12);
    expect(set).toEqual({ withinDays: 30, juvenileMinimumAge: 12 });
    expect(setMetricOption(set, 'withinDays', null)).toEqual({ juvenileMinimumAge: 12 });
  });

  it('refuses a juvenile lower age of 20, naming the allowed range, and accepts 12', () => {
    const age = options.find((option) => option.key === 'juvenileMinimumAge');
    if (!age) throw new Error('no juvenileMinimumAge option');
    expect(optionInputProblem(age, '20')).toBe(
      '“Youngest age counted as a juvenile arrest (0–17)” must be a whole number ' +
        'from 0 to 17, not 20.',
    );
    expect(optionInputProblem(age, '12.5')).toMatch(/whole number from 0 to 17/);
    expect(optionInputProblem(age, '12')).toBeNull();
    expect(optionInputProblem(age, '')).toBeNull();
  });

  it('refuses a target of 0 minutes and accepts 1440', () => {
    const target = options.find((option) => option.key === 'policeTargetMinutes');
    if (!target) throw new Error('no policeTargetMinutes option');
    expect(optionInputProblem(target, '0')).toMatch(/a number from 1 to 1440, not 0/);
    expect(optionInputProblem(target, '1440')).toBeNull();
  });
});
