import { describe, expect, it } from 'vitest';
import { diffHeaders, headerSignature, isEmptyDiff } from './profile-header';

const profile = ['Incident ID', 'Arrest Date', 'Age', 'Charge'];

describe('headerSignature', () => {
  it('ignores a byte-order mark, surrounding spaces and letter case', () => {
    expect(headerSignature(['\uFEFFIncident ID', ' arrest date ', 'AGE', 'Charge'])).toBe(
      headerSignature(profile),
    );
  });

  it('keeps column order', () => {
    expect(headerSignature(['Age', 'Charge'])).not.toBe(
      headerSignature(['Charge', 'Age']),
    );
  });

  it('keeps names with commas apart from two separate names', () => {
    expect(headerSignature(['a,b'])).not.toBe(headerSignature(['a', 'b']));
  });
});

describe('diffHeaders', () => {
  it('finds no difference between a header and its re-spelled copy', () => {
    expect(
      isEmptyDiff(diffHeaders(profile, ['incident id', 'ARREST DATE', 'Age', 'Charge'])),
    ).toBe(true);
  });

  it('reports a column the file gained', () => {
    expect(diffHeaders(profile, [...profile, 'Officer'])).toEqual({
      added: ['Officer'],
      removed: [],
      renamed: [],
      reordered: [],
    });
  });

  it('reports a column the file lost', () => {
    expect(diffHeaders(profile, ['Incident ID', 'Arrest Date', 'Charge'])).toEqual({
      added: [],
      removed: ['Age'],
      renamed: [],
      reordered: [],
    });
  });

  it('reports a different name at the same position as a rename', () => {
    expect(
      diffHeaders(profile, ['Incident ID', 'Date of Arrest', 'Age', 'Charge']),
    ).toEqual({
      added: [],
      removed: [],
      renamed: [{ from: 'Arrest Date', to: 'Date of Arrest' }],
      reordered: [],
    });
  });

  it('reports the fewest columns that moved when the order changes', () => {
    expect(diffHeaders(profile, ['Incident ID', 'Age', 'Charge', 'Arrest Date'])).toEqual(
      {
        added: [],
        removed: [],
        renamed: [],
        reordered: ['Arrest Date'],
      },
    );
  });

  it('does not call a gained column a rename when later columns shift', () => {
    const diff = diffHeaders(profile, [
      'Incident ID',
      'Officer',
      'Arrest Date',
      'Age',
      'Charge',
    ]);
    expect(diff.added).toEqual(['Officer']);
    expect(diff.renamed).toEqual([]);
    expect(diff.reordered).toEqual([]);
  });

  it('counts a repeated column name as a separate column', () => {
    expect(diffHeaders(['Date', 'Date'], ['Date']).removed).toEqual(['Date']);
  });
});
