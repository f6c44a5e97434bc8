/**
 * Plain counts of the datasets that had none: calls for service (responses) and
 * releases. They give the month review and CompStat a figure for an export holding
 * only these records.
 */
import { countRecords } from '../aggregates';
import { buildMetricQuery, type MeasureSource } from '../query-builder';
import { identifier, sqlFragment } from '../sql-fragment';
import type { MetricDefinition } from '../metric';

// The same date the response-time metrics put a call in a period by.
const responses: MeasureSource = {
  dataset: 'responses',
  date: sqlFragment`coalesce(${identifier('occurred_on')},
    CAST(${identifier('received_at')} AS DATE))`,
};

// A release known only by its fiscal year has no month; the yearly recidivism
// metrics count it instead.
const datedReleases: MeasureSource = {
  dataset: 'releases',
  relation: sqlFragment`SELECT * FROM ${identifier('releases')}
    WHERE ${identifier('released_on')} IS NOT NULL`,
  date: identifier('released_on'),
};

function countMetric(id: string, source: MeasureSource) {
  return (request: Parameters<MetricDefinition['buildQuery']>[0]) =>
    buildMetricQuery(
      {
        parts: [{ source, columns: { [id]: countRecords() } }],
        numerator: id,
        value: { kind: 'count' },
      },
      request,
    );
}

/** Calls for service responded to, by the date the call was received. */
export const responseCount: MetricDefinition = {
  id: 'responses',
  name: 'Calls responded to',
  numerator: 'Calls for service in the responses export',
  denominator: null,
  unit: 'count',
  datasets: ['responses'],
  fields: ['occurred_on', 'received_at', 'responder_type'],
  periodRule:
    'A call counts in the period of its date (occurred_on, or the date it was received).',
  lowerIsBetter: false,
  minimumForChange: 5,
  caveats: ['A call with neither a date nor a received time is in no period.'],
  breakdowns: ['responder_type'],
  buildQuery: countMetric('responses', responses),
};

/** Releases (or program exits) with a release date. */
export const releaseCount: MetricDefinition = {
  id: 'releases',
  requires: ['released_on'],
  name: 'Releases',
  numerator: 'Releases or program exits with a release date',
  denominator: null,
  unit: 'count',
  datasets: ['releases'],
  fields: ['released_on', 'release_type'],
  periodRule: 'A release counts in the period of its release date.',
  lowerIsBetter: false,
  minimumForChange: 5,
  caveats: [
    'Releases known only by their fiscal year are not counted here; the recidivism ' +
      'metrics read them by fiscal year.',
  ],
  breakdowns: ['release_type'],
  buildQuery: countMetric('releases', datedReleases),
};
