import { describe, expect, it } from 'vitest';
import { programsToJSON } from '../../state/workspace-programs';
import {
  assignArea,
  namesProblem,
  newProgram,
  readProgramsFile,
  setTarget,
} from './program-edit';

const base = {
  ...newProgram('Pilot', 7),
  pilotAreas: ['North'],
  comparisonAreas: ['South'],
};

describe('editing program settings', () => {
  it('moves an area from comparison to pilot rather than listing it twice', () => {
    const moved = assignArea(base, 'South', 'pilot');
    expect(moved.pilotAreas).toEqual(['North', 'South']);
    expect(moved.comparisonAreas).toEqual([]);
  });

  it('takes an area out of both lists when it plays no part', () => {
    const removed = assignArea(base, 'North', 'none');
    expect(removed.pilotAreas).toEqual([]);
    expect(removed.comparisonAreas).toEqual(['South']);
  });

  it('sets, replaces and removes a target by metric id', () => {
    const set = setTarget(base, 'assessments_pct_of_contacts', 40);
    expect(setTarget(set, 'assessments_pct_of_contacts', 45).targets).toEqual({
      assessments_pct_of_contacts: 45,
    });
    expect(setTarget(set, 'assessments_pct_of_contacts', null).targets).toEqual({});
  });

  it('names empty and repeated program names', () => {
    expect(namesProblem([base, { ...base, name: ' ' }])).toMatch(/needs a name/);
    expect(namesProblem([base, base])).toMatch(/“Pilot”/);
    expect(namesProblem([base, { ...base, name: 'Other' }])).toBeNull();
  });
});

describe('reading a program settings file', () => {
  it('reads back what it exported', () => {
    const programs = [setTarget(base, 'contacts', 100)];
    expect(readProgramsFile(programsToJSON(programs))).toEqual({ programs });
  });

  it('says plainly when the file is not JSON', () => {
    const result = readProgramsFile('{not json');
    expect(result).toHaveProperty('message');
    expect((result as { message: string }).message).toMatch(/could not be imported/);
  });

  it('names the bad value of a malformed program', () => {
    const bad = JSON.stringify({
      format: 'outcomestat-programs',
      version: 1,
      programs: [{ ...base, kind: 'submarine' }],
    });
    expect((readProgramsFile(bad) as { message: string }).message).toMatch(/kind/);
  });
});
