import { describe, expect, it } from 'vitest';
import { suggestMapping } from './suggest';

const fieldOf = (suggestion: ReturnType<typeof suggestMapping>, column: string) =>
  suggestion.columns.find((entry) => entry.column === column)?.field ?? null;

describe('field suggestions match whole words of a header', () => {
  const suggestion = suggestMapping(
    ['contact_date', 'contact_time', 'outcome', 'incident_date_utc'],
    [
      ['2024-03-31', '21:08', 'Referred', '2024-04-01T02:08:00Z'],
      ['2024-03-30', '07:15', 'Declined', '2024-03-30T12:15:00Z'],
    ],
  );

  it('does not read `outcome` as a UTC time because it contains the letters u-t-c', () => {
    expect(fieldOf(suggestion, 'outcome')).not.toBe('occurred_at');
  });

  it('reads a UTC column whose header says utc as a word', () => {
    expect(fieldOf(suggestion, 'incident_date_utc')).toBe('occurred_at');
  });

  it('joins a contact time to the contact date', () => {
    expect(fieldOf(suggestion, 'contact_time')).toBe('time_of_day');
  });
});

describe('field suggestions for exports of other agencies', () => {
  it('dates a booking by its booking date, not by its release date', () => {
    const suggestion = suggestMapping(
      ['Booking Number', 'Booking Date', 'Release Date', 'Age', 'Charge Description'],
      [
        ['B1', '2024-01-02', '2024-01-05', '17', 'Theft'],
        ['B2', '2024-01-03', '', '34', 'Assault'],
      ],
    );
    expect(suggestion.kind).toBe('arrests');
    expect(fieldOf(suggestion, 'Booking Date')).toBe('occurred_on');
    expect(fieldOf(suggestion, 'Release Date')).toBe(null);
  });

  it('still dates an arrests file by a release date when it has no other date', () => {
    const suggestion = suggestMapping(
      ['Arrestee ID', 'Release Date', 'Charge'],
      [
        ['P1', '2024-01-05', 'Theft'],
        ['P2', '2024-01-06', 'Assault'],
      ],
    );
    expect(suggestion.kind).toBe('arrests');
    expect(fieldOf(suggestion, 'Release Date')).toBe('occurred_on');
  });

  it('reads a crisis team’s assessment, arrested and responder columns', () => {
    const suggestion = suggestMapping(
      [
        'date_of_contact',
        'mh_assessment',
        'Mental Health Assessment',
        'arrested',
        'Responder',
      ],
      [
        ['2024-03-01', 'Y', 'Yes', 'N', 'MCT'],
        ['2024-03-02', 'N', 'No', 'Y', 'Police'],
      ],
    );
    expect(fieldOf(suggestion, 'arrested')).toBe('arrest');
    expect(fieldOf(suggestion, 'Responder')).toBe('responder_type');
    // One column per field: both name an assessment, so one of them takes it.
    const assessments = ['mh_assessment', 'Mental Health Assessment'].map((c) =>
      fieldOf(suggestion, c),
    );
    expect(assessments.filter((f) => f === 'assessment')).toHaveLength(1);
    expect(assessments).not.toContain('crisis');
  });
});
