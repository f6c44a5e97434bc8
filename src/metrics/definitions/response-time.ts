/**
 * Response time: minutes from a call being received to the first unit arriving, by
 * responder type. Calls with no arrival time are never silently dropped: each measure
 * returns how many there were as the note missing_arrival, and arrivals recorded
 * before the call was received are returned as arrival_before_call.
 */
import { countWhere } from '../aggregates';
import { numberOption } from '../options';
import {
  buildMetricQuery,
  type MeasureColumn,
  type MeasureSource,
} from '../query-builder';
import { bound, identifier, sqlFragment, type SqlFragment } from '../sql-fragment';
import type { MetricDefinition, MetricRequest, NumberOptionSpec } from '../metric';

const RESPONSE_MINUTES = '__response_minutes';
const minutes = identifier(RESPONSE_MINUTES);
const timed = sqlFragment`${minutes} >= 0`;

// Seconds then division, so a 90-second response is 1.5 minutes rather than 1 or 2.
const source: MeasureSource = {
  dataset: 'responses',
  relation: sqlFragment`SELECT *, date_diff('second', ${identifier('received_at')},
    ${identifier('arrived_at')}) / 60.0 AS ${minutes} FROM ${identifier('responses')}`,
  date: sqlFragment`coalesce(${identifier('occurred_on')},
    CAST(${identifier('received_at')} AS DATE))`,
};

const NOTE_COLUMNS: Readonly<Record<string, MeasureColumn>> = {
  missing_arrival: countWhere(sqlFragment`${identifier('arrived_at')} IS NULL`),
  arrival_before_call: countWhere(sqlFragment`${minutes} < 0`),
};
const NOTES = Object.keys(NOTE_COLUMNS);

const PERIOD_RULE =
  'A call counts in the period of its date (occurred_on, or the date it was received).';
const TIMING_CAVEATS = [
  'Only calls with both a received and an arrival time are timed; calls with no arrival ' +
    'time are counted in the note missing_arrival, never hidden.',
  'Times are local wall-clock times; a response spanning a daylight-saving change is off ' +
    'by the hour the clocks moved.',
];

function quantileMetric(id: string, name: string, fraction: number): MetricDefinition {
  return {
    id,
    name,
    numerator: 'Calls with a received and an arrival time (the count behind the figure)',
    denominator: null,
    unit: 'minutes',
    datasets: ['responses'],
    fields: ['occurred_on', 'received_at', 'arrived_at', 'responder_type'],
    requires: ['received_at', 'arrived_at'],
    periodRule: PERIOD_RULE,
    lowerIsBetter: true,
    minimumForChange: 5,
    caveats: [
      ...TIMING_CAVEATS,
      'Percentiles interpolate between the two nearest calls (quantile_cont, as in ' +
        'Excel PERCENTILE.INC).',
    ],
    breakdowns: ['responder_type'],
    buildQuery: (request) =>
      buildMetricQuery(
        {
          parts: [
            {
              source,
              columns: {
                timed_calls: countWhere(timed),
                minutes: {
                  kind: 'statistic',
                  sql: sqlFragment`quantile_cont(${minutes}, ${bound(fraction)})
                    FILTER (WHERE ${timed})`,
                },
                ...NOTE_COLUMNS,
              },
            },
          ],
          numerator: 'timed_calls',
          value: { kind: 'statistic', column: 'minutes' },
          notes: NOTES,
        },
        request,
      ),
  };
}

const DEFAULT_CRISIS_TEAM_TARGET = 60;
const DEFAULT_POLICE_TARGET = 30;
const targetRule = { min: 1, max: 24 * 60 };

const TARGET_OPTION = {
  kind: 'number',
  key: 'targetMinutes',
  description: 'One target for every responder, overriding the two below.',
  defaultValue: null,
  rule: targetRule,
} as const satisfies NumberOptionSpec;

const CRISIS_TEAM_TARGET_OPTION = {
  kind: 'number',
  key: 'crisisTeamTargetMinutes',
  description: 'Target for mobile crisis teams and any responder other than police.',
  defaultValue: DEFAULT_CRISIS_TEAM_TARGET,
  rule: targetRule,
} as const satisfies NumberOptionSpec;

const POLICE_TARGET_OPTION = {
  kind: 'number',
  key: 'policeTargetMinutes',
  description: 'Target for police responses.',
  defaultValue: DEFAULT_POLICE_TARGET,
  rule: targetRule,
} as const satisfies NumberOptionSpec;

// One target for every call when `targetMinutes` is set; otherwise police responses are
// held to the police target and every other responder (crisis team, co-responder) to
// the crisis-team target.
function targetSql(request: MetricRequest): SqlFragment {
  const one = numberOption(request, TARGET_OPTION);
  if (one !== null) return bound(one);
  const police = numberOption(request, POLICE_TARGET_OPTION);
  const team = numberOption(request, CRISIS_TEAM_TARGET_OPTION);
  const isPolice = sqlFragment`lower(trim(${identifier('responder_type')})) = ${bound('police')}`;
  return sqlFragment`CASE WHEN ${isPolice} THEN ${bound(police)} ELSE ${bound(team)} END`;
}

const withinTarget: MetricDefinition = {
  id: 'responses_within_target_pct',
  requires: ['received_at', 'arrived_at'],
  name: 'Responses within the target time',
  numerator: 'Timed calls where the first unit arrived within the target minutes',
  denominator: 'Calls with a received and an arrival time',
  unit: 'percent',
  datasets: ['responses'],
  fields: ['occurred_on', 'received_at', 'arrived_at', 'responder_type'],
  periodRule: PERIOD_RULE,
  lowerIsBetter: false,
  minimumForChange: 5,
  caveats: [
    ...TIMING_CAVEATS,
    'Arriving exactly on the target counts as within it.',
    'Without targetMinutes, a responder type of "police" has the police target and every ' +
      'other responder type the crisis-team target.',
  ],
  breakdowns: ['responder_type'],
  options: [TARGET_OPTION, CRISIS_TEAM_TARGET_OPTION, POLICE_TARGET_OPTION],
  buildQuery: (request) =>
    buildMetricQuery(
      {
        parts: [
          {
            source,
            columns: {
              within_target: countWhere(
                sqlFragment`${timed} AND ${minutes} <= ${targetSql(request)}`,
              ),
              timed_calls: countWhere(timed),
              ...NOTE_COLUMNS,
            },
          },
        ],
        numerator: 'within_target',
        denominator: 'timed_calls',
        value: { kind: 'ratio', scale: 100 },
        notes: NOTES,
      },
      request,
    ),
};

const missingArrivals: MetricDefinition = {
  id: 'responses_missing_arrival',
  requires: ['received_at'],
  name: 'Calls missing an arrival time',
  numerator: 'Calls with no arrival time recorded',
  denominator: null,
  unit: 'count',
  datasets: ['responses'],
  fields: ['occurred_on', 'received_at', 'arrived_at', 'responder_type'],
  periodRule: PERIOD_RULE,
  lowerIsBetter: true,
  minimumForChange: 5,
  caveats: [
    'A call can lack an arrival time because no unit arrived or because none was logged.',
  ],
  breakdowns: ['responder_type'],
  buildQuery: (request) =>
    buildMetricQuery(
      {
        parts: [{ source, columns: { ...NOTE_COLUMNS } }],
        numerator: 'missing_arrival',
        value: { kind: 'count' },
      },
      request,
    ),
};

/** Response-time metrics. */
export const responseTimeMetrics: readonly MetricDefinition[] = [
  quantileMetric('response_minutes_median', 'Median response time', 0.5),
  quantileMetric('response_minutes_p90', '90th percentile response time', 0.9),
  withinTarget,
  missingArrivals,
];
