import { describe, expect, it } from 'vitest';
import { textFileParts } from './download';

describe('text files for download', () => {
  it('starts a CSV with a byte-order mark so Excel reads UTF-8', () => {
    expect(textFileParts('Area\r\nQuébec\r\n', 'text/csv')).toEqual([
      '\uFEFF',
      'Area\r\nQuébec\r\n',
    ]);
  });

  it('writes JSON without one, so strict parsers read it', () => {
    const parts = textFileParts('{"programs":[]}', 'application/json');
    expect(parts).toEqual(['{"programs":[]}']);
    expect(JSON.parse(parts.join(''))).toEqual({ programs: [] });
  });
});
