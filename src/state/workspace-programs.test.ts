import { describe, expect, it } from 'vitest';
import type { ProgramSettings } from '../model/programs';
import { programsFromJSON, programsToJSON } from './workspace-programs';

const crisis: ProgramSettings = {
  name: 'Crisis Intervention Team',
  kind: 'crisis_intervention',
  launchDate: '2023-07-01',
  pilotAreas: ['North', 'East'],
  comparisonAreas: ['South'],
  targets: { use_of_force_rate: 2.5 },
  followUpMonths: 12,
  metricOptions: { juvenileMinimumAge: 12, policeTargetMinutes: 20 },
  fiscalYearStartMonth: 7,
};
const reentry: ProgramSettings = {
  name: 'Reentry',
  kind: 'reentry',
  pilotAreas: [],
  comparisonAreas: [],
  targets: {},
  fiscalYearStartMonth: 1,
};

function withProgram(change: Record<string, unknown>): string {
  return JSON.stringify({
    format: 'outcomestat-programs',
    version: 1,
    programs: [{ ...crisis, ...change }],
  });
}

describe('program settings files', () => {
  it('reads back exactly the programs it wrote, optional fields included or absent', () => {
    expect(programsFromJSON(programsToJSON([crisis, reentry]))).toEqual([
      crisis,
      reentry,
    ]);
  });

  it.each([
    ['not JSON', '{"format": ', /not valid JSON|must be valid JSON/],
    ['another kind of file', '{"format":"something-else"}', /not an OutcomeStat program/],
    ['a newer version', '{"format":"outcomestat-programs","version":2}', /version 2/],
    ['a list where an object is expected', '[]', /must be an object/],
  ])('rejects %s with a clear message', (_case, text, message) => {
    expect(() => programsFromJSON(text)).toThrow(message);
  });

  it.each([
    [{ kind: 'patrol' }, 'programs[0].kind must be one of'],
    [
      { fiscalYearStartMonth: 13 },
      'programs[0].fiscalYearStartMonth must be a whole number',
    ],
    [{ launchDate: '2023-02-30' }, 'programs[0].launchDate must be a date'],
    [{ followUpMonths: 18 }, 'programs[0].followUpMonths must be 6, 12, 24 or 36'],
    [{ targets: { rate: 'high' } }, 'programs[0].targets.rate must be a number'],
    [
      { metricOptions: { juvenileMinimumAge: 20 } },
      'programs[0].metricOptions.juvenileMinimumAge must be a whole number from 0 to 17',
    ],
    [
      { metricOptions: { policeTargetMinutes: 0 } },
      'programs[0].metricOptions.policeTargetMinutes must be a number from 1 to 1440',
    ],
    [{ pilotAreas: ['North', 3] }, 'programs[0].pilotAreas[1] must be text'],
    [{ name: '  ' }, 'programs[0].name must be non-empty text'],
  ])('names the bad value in %j', (change, message) => {
    expect(() => programsFromJSON(withProgram(change))).toThrow(message);
  });

  it('accepts a metric option within its bounds and keeps unknown keys', () => {
    const [program] = programsFromJSON(
      withProgram({ metricOptions: { juvenileMinimumAge: 12, someLaterOption: 3 } }),
    );
    expect(program?.metricOptions).toEqual({
      juvenileMinimumAge: 12,
      someLaterOption: 3,
    });
  });

  it('gives every rejection the invalid-programs code', () => {
    expect(() => programsFromJSON(withProgram({ kind: 1 }))).toThrow(
      expect.objectContaining({ code: 'invalid-programs' }),
    );
  });
});
