import { describe, expect, it } from 'vitest';
import { editableOptions, setMetricOption } from './metric-options';

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
});
