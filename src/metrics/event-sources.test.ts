import { describe, expect, it } from 'vitest';
import { datasetEventSources } from './event-sources';

describe('event sources', () => {
  it('offers only the outcomes whose fields the records hold', () => {
    const sources = datasetEventSources('contacts', [], false, ['occurred_on', 'arrest']);
    expect(sources.map((source) => source.outcomeLabel)).toEqual(['arrest']);
  });

  it('offers juvenile arrests when any age field holds values', () => {
    const sources = datasetEventSources('arrests', [], false, ['occurred_on', 'age_max']);
    expect(sources.map((source) => source.id)).toEqual(['arrests:juvenile']);
    expect(datasetEventSources('arrests', [], false, ['occurred_on'])).toEqual([]);
  });

  it('keeps extra attributes as breakdowns unless the name is taken', () => {
    const [source] = datasetEventSources('contacts', ['Sector', 'Area'], false, [
      'arrest',
    ]);
    expect(source?.breakdowns).toEqual(['Program', 'Area', 'Contact type', 'Sector']);
  });
});
