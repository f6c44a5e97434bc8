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
