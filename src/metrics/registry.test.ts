import { describe, expect, it } from 'vitest';
import { datasetColumns } from '../model/datasets';
import { METRICS, metricById } from './registry';

describe('metric registry', () => {
  it('gives every metric a distinct id', () => {
    const ids = METRICS.map((metric) => metric.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('lists the part B families alongside part A', () => {
    expect(METRICS.some((metric) => metric.datasets.includes('releases'))).toBe(true);
    expect(METRICS.some((metric) => metric.datasets.includes('arrests'))).toBe(true);
  });

  it('finds a metric by id and answers undefined for an unknown id', () => {
    expect(metricById('crisis_contacts_with_force_pct')?.unit).toBe('percent');
    expect(metricById('no_such_metric')).toBeUndefined();
  });

  it('names a denominator exactly when the value is a ratio', () => {
    for (const metric of METRICS) {
      const ratio = metric.unit === 'percent' || metric.unit.startsWith('per_');
      expect(metric.denominator !== null, metric.id).toBe(ratio);
    }
  });

  it('names only fields and breakdowns that exist in the metric’s datasets', () => {
    for (const metric of METRICS) {
      const known = new Set(
        metric.datasets.flatMap((kind) =>
          datasetColumns(kind).map((field) => field.name),
        ),
      );
      for (const name of [...metric.fields, ...(metric.breakdowns ?? [])]) {
        expect(known.has(name), `${metric.id}: ${name}`).toBe(true);
      }
    }
  });

  it('states a name, a period rule and a change threshold for every metric', () => {
    for (const metric of METRICS) {
      expect(metric.name.length, metric.id).toBeGreaterThan(0);
      expect(metric.periodRule.length, metric.id).toBeGreaterThan(0);
      expect(metric.minimumForChange, metric.id).toBeGreaterThan(0);
    }
  });
});
