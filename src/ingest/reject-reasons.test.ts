import { describe, expect, it } from 'vitest';
import { rejectReason } from './reject-reasons';

describe('why a record was rejected', () => {
  it('says a record has more fields than the header', () => {
    expect(
      rejectReason('Expected Number of Columns: 4 Found: 5\nPossible fixes: …'),
    ).toBe('has 5 fields where the header has 4');
  });

  it('says a record is over the reader’s size limit', () => {
    expect(
      rejectReason(
        'Maximum line size of 2000000 bytes exceeded. Actual Size:3145741 bytes.',
      ),
    ).toBe(
      'is 3.1 MB long; a record may be at most 2.0 MB, so a quote may have been left open',
    );
  });

  it('keeps a message it does not know as DuckDB wrote it', () => {
    expect(rejectReason('Something new happened')).toBe('Something new happened');
  });
});
