import { describe, expect, it } from 'vitest';
import { sql } from '../model/sql';
import type { MetricDefinition } from './metric';
import { runMetric, toMetricRow } from './run-metric';

describe('shaping metric rows', () => {
  it('turns NaN, Infinity and missing values into null', () => {
    const row = toMetricRow({
      period_start: '2024-01-01',
      grp: null,
      numerator: 3,
      denominator: 0,
      value: Number.POSITIVE_INFINITY,
    });
    expect(row).toEqual({
      periodStart: '2024-01-01',
      group: null,
      numerator: 3,
      denominator: 0,
      value: null,
    });
    expect(
      toMetricRow({ period_start: 'x', numerator: Number.NaN, value: Number.NaN }),
    ).toMatchObject({ numerator: 0, denominator: null, value: null });
  });

  it('reads large integers sent as text as numbers', () => {
    expect(
      toMetricRow({ period_start: 'x', grp: 'A', numerator: '12', value: '12' }),
    ).toMatchObject({ group: 'A', numerator: 12, value: 12 });
  });

  it('carries any other column as a note', () => {
    const row = toMetricRow({
      period_start: 'x',
      numerator: 1,
      value: 1,
      missing_arrival: 4,
    });
    expect(row.notes).toEqual({ missing_arrival: 4 });
  });

  it('runs the query the definition builds for the request', async () => {
    const query = sql('SELECT 1', [1]);
    const definition = { buildQuery: () => query } as unknown as MetricDefinition;
    const seen: unknown[] = [];
    const source = {
      rows: (asked: typeof query) => {
        seen.push(asked);
        return Promise.resolve([
          { period_start: '2024-01-01', grp: null, numerator: 2, value: 2 },
        ]);
      },
    };
    const request = { grain: 'month', filters: [], fiscalYearStartMonth: 1 } as const;
    const rows = await runMetric(source, definition, request);
    expect(seen).toEqual([query]);
    expect(rows).toEqual([
      {
        periodStart: '2024-01-01',
        group: null,
        numerator: 2,
        denominator: null,
        value: 2,
      },
    ]);
  });
});
