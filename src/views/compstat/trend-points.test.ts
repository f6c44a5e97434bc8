import { describe, expect, it } from 'vitest';
import type { MetricRow } from '../../metrics/metric';
import { metricById } from '../../metrics/registry';
import { bridgePartial, trendPoints, withoutSmallCounts } from './trend-points';

const rows: MetricRow[] = ['2024-07-01', '2025-07-01'].map((periodStart, index) => ({
  periodStart,
  group: null,
  numerator: 100 + index,
  denominator: 400,
  value: ((100 + index) / 400) * 100,
}));
const context = {
  grain: 'fiscal_year' as const,
  fiscalYearStartMonth: 7,
  firstDataDate: '2023-07-01',
  lastDataDate: '2025-12-31',
  today: '2026-12-03',
};

describe('trend points', () => {
  const points = trendPoints(metricById('assessments_pct_of_contacts')!, rows, context);

  it('labels fiscal years by the year they end in', () => {
    expect(points.map((point) => point.label)).toEqual(['FY2025', 'FY2026']);
  });

  it('marks a fiscal year the data ends inside as incomplete and draws it apart', () => {
    expect(points[1]!.completeness).toBe('data_incomplete');
    expect(points[1]!.value).toBeNull();
    expect(points[1]!.partialValue).toBeCloseTo(25.25, 10);
    expect(points[0]!.completeness).toBe('complete');
  });

  it('gives a Wilson band around a share, in percent', () => {
    const [lower, upper] = points[0]!.band!;
    expect(lower).toBeLessThan(25);
    expect(upper).toBeGreaterThan(25);
  });

  it('starts the dashed segment at the last complete point', () => {
    expect(bridgePartial(points)[0]!.partialValue).toBe(points[0]!.value);
  });

  it('leaves a gap where a point rests on 7 events under the CMS rule, not on 11', () => {
    const few = trendPoints(
      metricById('assessments_pct_of_contacts')!,
      [7, 11].map((numerator, index) => ({
        periodStart: `202${index + 3}-07-01`,
        group: null,
        numerator,
        denominator: 400,
        value: (numerator / 400) * 100,
      })),
      context,
    );
    const shown = withoutSmallCounts(few, 'cms');
    expect([shown[0]!.value, shown[0]!.band]).toEqual([null, null]);
    expect(shown[1]!.value).toBeCloseTo(2.75, 10);
    expect(withoutSmallCounts(few, 'under5')[0]!.value).toBeCloseTo(1.75, 10);
  });

  // Seattle's stops run from 15 March 2015 to 24 September 2017.
  const seattle = {
    grain: 'month' as const,
    fiscalYearStartMonth: 1,
    firstDataDate: '2015-03-15',
    lastDataDate: '2017-09-24',
    today: '2026-12-04',
  };
  const monthRows = ['2015-03-01', '2015-04-01', '2017-08-01', '2017-09-01'].map(
    (periodStart) => ({ ...rows[0]!, periodStart }),
  );

  it('marks the first and last months the data only partly covers as incomplete', () => {
    const flags = trendPoints(metricById('contacts')!, monthRows, seattle).map(
      (point) => point.completeness,
    );
    expect(flags).toEqual(['data_incomplete', 'complete', 'complete', 'data_incomplete']);
  });

  it('marks the first and last partial quarters and years as incomplete', () => {
    const quarters = ['2015-01-01', '2015-04-01', '2017-07-01'].map((periodStart) => ({
      ...rows[0]!,
      periodStart,
    }));
    const quarterly = trendPoints(metricById('contacts')!, quarters, {
      ...seattle,
      grain: 'quarter',
    });
    expect(quarterly.map((point) => point.completeness)).toEqual([
      'data_incomplete',
      'complete',
      'data_incomplete',
    ]);
    const years = ['2015-01-01', '2016-01-01', '2017-01-01'].map((periodStart) => ({
      ...rows[0]!,
      periodStart,
    }));
    const yearly = trendPoints(metricById('contacts')!, years, {
      ...seattle,
      grain: 'year',
    });
    expect(yearly.map((point) => point.completeness)).toEqual([
      'data_incomplete',
      'complete',
      'data_incomplete',
    ]);
  });

  it('joins a leading partial month to the first complete one', () => {
    const bridged = bridgePartial(
      trendPoints(metricById('contacts')!, monthRows, seattle),
    );
    expect(bridged[1]!.partialValue).toBe(bridged[1]!.value);
    expect(bridged[2]!.partialValue).toBe(bridged[2]!.value);
  });
});
