import { describe, expect, it } from 'vitest';
import {
  datasetCountSource,
  datasetEventSources,
  MONTH_OFFERS,
  notMonthlySource,
} from './event-sources';
import { metricById } from './registry';

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
    expect(source?.breakdowns.map((column) => column.label)).toEqual([
      'Program',
      'Area',
      'Contact type',
      'Sector',
    ]);
  });

  it('takes every outcome and event count from a registry metric of its dataset', () => {
    for (const [dataset, offer] of Object.entries(MONTH_OFFERS)) {
      expect(metricById(offer.eventsMetric)?.unit).toBe('count');
      for (const outcome of offer.outcomes) {
        const metric = metricById(outcome.metric);
        expect(metric?.unit).toBe('percent');
        expect(metric?.datasets).toEqual([dataset]);
      }
    }
  });

  it('offers an events-only source that names the count metric', () => {
    const source = datasetCountSource('force_incidents', [], false);
    expect(source).toMatchObject({
      label: 'Force incidents (all imports)',
      eventsMetric: 'force_incidents',
      outcomeMetric: null,
    });
  });

  it('offers events-only sources for referrals, calls responded to and dated releases', () => {
    expect(
      (['referrals', 'responses', 'releases'] as const).map(
        (dataset) => datasetCountSource(dataset, [], false)?.eventsMetric,
      ),
    ).toEqual(['referrals', 'responses', 'releases']);
  });

  it('says why fiscal-year releases and published figures have no months', () => {
    const releases = notMonthlySource('releases', false);
    expect(releases.notMonthly).toMatch(/fiscal year of release but no release date/);
    expect(notMonthlySource('aggregates', false)).toMatchObject({
      id: 'aggregates:not-monthly',
      label: 'Published figures (all imports)',
    });
  });
});
