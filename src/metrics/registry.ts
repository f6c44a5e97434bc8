/**
 * The registry: every metric OutcomeStat can show, defined once. Views look metrics up
 * here and never write their own SQL.
 */
import { arrestMetrics } from './definitions/arrests';
import { contactOutcomeMetrics } from './definitions/contact-outcomes';
import { contactMetrics } from './definitions/contacts';
import { juvenileArrestMetrics } from './definitions/juvenile-arrests';
import { recidivismMetrics } from './definitions/recidivism';
import { releaseCount, responseCount } from './definitions/record-counts';
import { referralPlacementMetrics } from './definitions/referrals-placements';
import { responseTimeMetrics } from './definitions/response-time';
import { useOfForceMetrics } from './definitions/use-of-force';
import type { MetricDefinition } from './metric';

/** All metrics, grouped by family in the order the docs list them. */
export const METRIC_FAMILIES: ReadonlyArray<{
  readonly title: string;
  readonly metrics: readonly MetricDefinition[];
}> = [
  { title: 'Use of force', metrics: useOfForceMetrics },
  { title: 'Contacts, assessments and diversions', metrics: contactMetrics },
  { title: 'What contacts ended in', metrics: contactOutcomeMetrics },
  { title: 'Referrals and placements', metrics: referralPlacementMetrics },
  { title: 'Response time', metrics: [responseCount, ...responseTimeMetrics] },
  { title: 'Recidivism', metrics: [releaseCount, ...recidivismMetrics] },
  { title: 'Juvenile arrests', metrics: juvenileArrestMetrics },
  { title: 'Arrests', metrics: arrestMetrics },
];

/** Every metric in the registry. */
export const METRICS: readonly MetricDefinition[] = METRIC_FAMILIES.flatMap(
  (family) => family.metrics,
);

const byId = new Map(METRICS.map((metric) => [metric.id, metric]));

/** The metric with an id, or undefined when there is none. */
export function metricById(id: string): MetricDefinition | undefined {
  return byId.get(id);
}
