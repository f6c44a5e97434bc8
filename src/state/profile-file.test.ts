import { describe, expect, it } from 'vitest';
import { createMappingProfile } from './profile';
import { profilesFromJSON, profilesToJSON } from './profile-file';
import { JsonShapeError } from './workspace-json';

const profile = createMappingProfile(
  {
    name: 'Arrests',
    agency: 'Metro PD',
    exportType: 'arrests',
    columns: ['\uFEFFIncident ID', 'Arrest Date'],
    mapping: { fields: { occurred_on: 'Arrest Date' }, dateFormat: '%m/%d/%Y' },
  },
  new Date('2024-05-01T12:00:00Z'),
);

function fileWith(change: Record<string, unknown>): string {
  return JSON.stringify({
    format: 'outcomestat-mapping-profiles',
    version: 1,
    profiles: [{ ...profile, ...change }],
  });
}

describe('mapping profile files', () => {
  it('reads back exactly the profiles it wrote', () => {
    expect(profilesFromJSON(profilesToJSON([profile]))).toEqual([profile]);
  });

  it.each([
    [
      'truncated JSON',
      '{"format":"outcomestat-mapping-profiles","profiles":[',
      /valid JSON/,
    ],
    [
      'a program settings file',
      '{"format":"outcomestat-programs"}',
      /not an OutcomeStat mapping/,
    ],
    [
      'a later version',
      '{"format":"outcomestat-mapping-profiles","version":9}',
      /version 9/,
    ],
    [
      'profiles that are not a list',
      '{"format":"outcomestat-mapping-profiles","version":1,"profiles":{}}',
      /profiles must be a list/,
    ],
  ])('rejects %s with a WorkspaceError', (_case, text, message) => {
    expect(() => profilesFromJSON(text)).toThrow(message);
    expect(() => profilesFromJSON(text)).toThrow(
      expect.objectContaining({ name: 'WorkspaceError' }),
    );
  });

  it.each([
    [{ columns: [] }, 'profiles[0].columns must be a non-empty list'],
    [{ columns: ['a', null] }, 'profiles[0].columns[1] must be text'],
    [{ name: '' }, 'profiles[0].name must be non-empty text'],
    [{ savedAt: 'yesterday' }, 'profiles[0].savedAt must be a date and time'],
    [{ mapping: undefined }, 'profiles[0].mapping must be present'],
  ])('names the bad value in %j', (change, message) => {
    expect(() => profilesFromJSON(fileWith(change))).toThrow(message);
  });

  it('recomputes the signature instead of trusting the file', () => {
    const [read] = profilesFromJSON(fileWith({ headerSignature: '["forged"]' }));
    expect(read?.headerSignature).toBe(profile.headerSignature);
  });

  it("lets the mapper's own reader reject a mapping", () => {
    const strict = (value: unknown, path: string) => {
      if (typeof value !== 'string') throw new JsonShapeError(path, 'a mapping id');
      return value;
    };
    expect(() => profilesFromJSON(profilesToJSON([profile]), strict)).toThrow(
      'profiles[0].mapping must be a mapping id',
    );
  });
});
