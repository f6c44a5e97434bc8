import { describe, expect, it } from 'vitest';
import { createMappingProfile, upsertProfile, type MappingProfile } from './profile';
import { findProfile } from './profile-match';

type Mapping = Record<string, string>;

const columns = ['Incident ID', 'Arrest Date', 'Age', 'Charge'];

function profile(
  name: string,
  header: readonly string[],
  mapping: Mapping,
  savedAt = '2024-05-01T00:00:00Z',
  agency = 'Metro PD',
): MappingProfile<Mapping> {
  return createMappingProfile(
    { name, agency, exportType: 'arrests', columns: header, mapping },
    new Date(savedAt),
  );
}

const arrests = profile('Arrests', columns, { 'Arrest Date': 'occurred_on' });
const contacts = profile('Contacts', ['Call ID', 'Received', 'Disposition'], { x: 'y' });

describe('findProfile', () => {
  it('applies a profile automatically when the header is the same after normalising', () => {
    const match = findProfile(
      [contacts, arrests],
      [' incident id', 'ARREST DATE', 'Age', 'Charge'],
    );
    expect(match).toEqual({ kind: 'exact', profile: arrests, applyAutomatically: true });
  });

  it.each([
    ['gained a column', [...columns, 'Officer'], { added: ['Officer'] }],
    ['lost a column', ['Incident ID', 'Arrest Date', 'Charge'], { removed: ['Age'] }],
    [
      'renamed a column',
      ['Incident ID', 'Date of Arrest', 'Age', 'Charge'],
      { renamed: [{ from: 'Arrest Date', to: 'Date of Arrest' }] },
    ],
    [
      'reordered columns',
      ['Age', 'Incident ID', 'Arrest Date', 'Charge'],
      { reordered: ['Age'] },
    ],
  ])('never applies a profile silently to a header that %s', (_case, header, change) => {
    const match = findProfile([contacts, arrests], header);
    expect(match).toEqual({
      kind: 'review',
      profile: arrests,
      diff: { added: [], removed: [], renamed: [], reordered: [], ...change },
      applyAutomatically: false,
    });
  });

  it('offers nothing when fewer than half the columns are shared', () => {
    expect(findProfile([arrests], ['Incident ID', 'Zip', 'Beat', 'Shift'])).toEqual({
      kind: 'none',
      applyAutomatically: false,
    });
  });

  it('asks the user when two profiles share the header but map it differently', () => {
    const other = profile(
      'Arrests (County)',
      columns,
      { Age: 'age' },
      undefined,
      'County',
    );
    const match = findProfile([arrests, other], columns);
    expect(match.kind).toBe('ambiguous');
    expect(match.applyAutomatically).toBe(false);
  });

  it('applies the newest of several profiles that share header and mapping', () => {
    const newer = profile('Arrests v2', columns, arrests.mapping, '2024-06-01T00:00:00Z');
    expect(findProfile([arrests, newer], columns)).toMatchObject({ profile: newer });
  });

  it('searches only the agency the user named', () => {
    expect(findProfile([arrests], columns, { agency: 'County' }).kind).toBe('none');
  });

  it('ignores a stored signature that disagrees with the stored columns', () => {
    const forged = { ...contacts, headerSignature: arrests.headerSignature };
    expect(findProfile([forged], columns).kind).toBe('none');
  });
});

describe('upsertProfile', () => {
  it('replaces the profile of the same agency, export type and name', () => {
    const updated = profile('Arrests', columns, { Age: 'age' }, '2024-07-01T00:00:00Z');
    expect(upsertProfile([arrests, contacts], updated)).toEqual([contacts, updated]);
  });
});
