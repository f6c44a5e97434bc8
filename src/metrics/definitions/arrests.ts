/**
 * Arrests of any age, and the share of them that were of juveniles: the month
 * review's arrest figures. The juvenile test is juvenile-arrests.ts's, so a juvenile
 * arrest means the same here as in the count and the rate per 100,000 youth.
 */
import type { SqlQuery } from '../../model/sql';
import { countRecords, countRecordsWhere } from '../aggregates';
import { buildMetricQuery } from '../query-builder';
import type { MetricDefinition, MetricRequest } from '../metric';
import {
  AGE_KNOWN,
  JUVENILE_CAVEATS,
  JUVENILE_OPTIONS,
  JUVENILE_SHARED,
  juvenileConditionSql,
  juvenileOptions,
} from './juvenile-arrests';

/** SQL for the share of arrests that were of juveniles, per period. */
export function buildJuvenileShareQuery(request: MetricRequest): SqlQuery {
  const { minimumAge } = juvenileOptions(request);
  return buildMetricQuery(
    {
      parts: [
        {
          source: { dataset: 'arrests' },
          columns: {
            juvenile_arrests: countRecordsWhere(juvenileConditionSql(minimumAge)),
            arrests: countRecords(),
          },
        },
      ],
      numerator: 'juvenile_arrests',
      denominator: 'arrests',
      value: { kind: 'ratio', scale: 100 },
    },
    request,
  );
}

const arrestCount: MetricDefinition = {
  id: 'arrests',
  name: 'Arrests',
  numerator: 'Arrests of any age',
  denominator: null,
  unit: 'count',
  datasets: ['arrests'],
  fields: ['occurred_on'],
  periodRule: 'Arrest date.',
  lowerIsBetter: true,
  minimumForChange: 5,
  caveats: ['Counts arrests, not people: one person arrested twice counts twice.'],
  breakdowns: ['charge'],
  buildQuery: (request) =>
    buildMetricQuery(
      {
        parts: [{ source: { dataset: 'arrests' }, columns: { arrests: countRecords() } }],
        numerator: 'arrests',
        value: { kind: 'count' },
      },
      request,
    ),
};

/** Arrests, and the share of arrests that were of juveniles. */
export const arrestMetrics: readonly MetricDefinition[] = [
  arrestCount,
  {
    ...JUVENILE_SHARED,
    id: 'juvenile_arrests_pct',
    requires: [AGE_KNOWN],
    name: 'Share of arrests that were of juveniles',
    denominator: 'Arrests of any age, including arrests with no age recorded',
    unit: 'percent',
    caveats: [
      ...JUVENILE_CAVEATS.slice(0, 2),
      'Arrests with no age, date of birth or band are in the denominator but ' +
        'not the numerator, so the share is a floor.',
    ],
    options: JUVENILE_OPTIONS,
    breakdowns: ['charge'],
    buildQuery: buildJuvenileShareQuery,
  },
];
