/**
 * Referrals and housing placements: how many people an outreach team refers, where
 * placements lead (permanent, temporary, other), how many referred people are placed
 * within a follow-up window, and how long a placement takes from first referral.
 */
import {
  countDistinctWhere,
  countRecords,
  countRecordsWhere,
  countWhere,
} from '../aggregates';
import { numberOption } from '../options';
import { buildMetricQuery } from '../query-builder';
import {
  bound,
  identifier,
  sqlFragment,
  trusted,
  type SqlFragment,
} from '../sql-fragment';
import {
  DAYS_FROM_REFERRAL,
  PLACED_WITHIN,
  WINDOW_OPEN,
  placementsWithReferralDaysSql,
  referralsWithPlacementSql,
} from './referral-cohort-sql';
import type { MetricDefinition, MetricRequest, NumberOptionSpec } from '../metric';

const REFERRAL_DATE_RULE = 'A referral counts in the period of its date (occurred_on).';
const PLACEMENT_DATE_RULE = 'A placement counts in the period of its date (occurred_on).';
const DEFAULT_WITHIN_DAYS = 90;

const referralCount: MetricDefinition = {
  id: 'referrals',
  name: 'Referrals',
  numerator: 'Referrals to a program or service',
  denominator: null,
  unit: 'count',
  datasets: ['referrals'],
  fields: ['occurred_on', 'service'],
  periodRule: REFERRAL_DATE_RULE,
  lowerIsBetter: false,
  minimumForChange: 5,
  caveats: ['A person referred twice counts twice.'],
  breakdowns: ['service'],
  buildQuery: (request) =>
    buildMetricQuery(
      {
        parts: [
          { source: { dataset: 'referrals' }, columns: { referrals: countRecords() } },
        ],
        numerator: 'referrals',
        value: { kind: 'count' },
      },
      request,
    ),
};

const referralsPerContact: MetricDefinition = {
  id: 'referrals_per_1000_contacts',
  name: 'Referrals per 1,000 contacts',
  numerator: 'Referrals to a program or service',
  denominator: 'Contacts of any kind',
  unit: 'per_1000',
  datasets: ['referrals', 'contacts'],
  fields: ['occurred_on', 'service'],
  periodRule: 'Referrals and contacts each count in the period of their own date.',
  lowerIsBetter: false,
  minimumForChange: 5,
  caveats: [
    'Referrals and contacts come from different exports; a referral need not match a contact.',
  ],
  breakdowns: ['service'],
  buildQuery: (request) =>
    buildMetricQuery(
      {
        parts: [
          { source: { dataset: 'referrals' }, columns: { referrals: countRecords() } },
          { source: { dataset: 'contacts' }, columns: { contacts: countRecords() } },
        ],
        numerator: 'referrals',
        denominator: 'contacts',
        value: { kind: 'ratio', scale: 1000 },
      },
      request,
    ),
};

const destinationClass = identifier('destination_class');

function placementCount(
  id: string,
  name: string,
  where: SqlFragment | null,
): MetricDefinition {
  return {
    id,
    name,
    numerator: name,
    denominator: null,
    unit: 'count',
    datasets: ['placements'],
    fields: ['occurred_on', 'destination_class'],
    // The total needs no class; the per-class counts do.
    ...(where ? { requires: ['destination_class'] } : {}),
    periodRule: PLACEMENT_DATE_RULE,
    lowerIsBetter: false,
    minimumForChange: 5,
    caveats: [
      'Destination classes follow HUD exit-destination groups; "other" is institutions, ' +
        'the street or unknown, and placements with no class recorded.',
    ],
    breakdowns: ['destination_class'],
    buildQuery: (request) =>
      buildMetricQuery(
        {
          parts: [
            {
              source: { dataset: 'placements' },
              columns: { placements: where ? countRecordsWhere(where) : countRecords() },
            },
          ],
          numerator: 'placements',
          value: { kind: 'count' },
        },
        request,
      ),
  };
}

const isClass = (value: string) => sqlFragment`${destinationClass} = ${bound(value)}`;

const permanentShare: MetricDefinition = {
  id: 'placements_permanent_pct',
  requires: ['destination_class'],
  name: 'Share of placements to a permanent destination',
  numerator: 'Placements whose destination class is permanent',
  denominator: 'Placements of any destination, including those with no class recorded',
  unit: 'percent',
  datasets: ['placements'],
  fields: ['occurred_on', 'destination_class'],
  periodRule: PLACEMENT_DATE_RULE,
  lowerIsBetter: false,
  minimumForChange: 5,
  caveats: [
    'Destination classes follow HUD exit-destination groups.',
    'A placement with no class recorded counts as not permanent.',
  ],
  breakdowns: ['destination_class'],
  buildQuery: (request) =>
    buildMetricQuery(
      {
        parts: [
          {
            source: { dataset: 'placements' },
            columns: {
              permanent: countRecordsWhere(isClass('permanent')),
              placements: countRecords(),
            },
          },
        ],
        numerator: 'permanent',
        denominator: 'placements',
        value: { kind: 'ratio', scale: 100 },
      },
      request,
    ),
};
const namedClasses = sqlFragment`${bound('permanent')}, ${bound('temporary')}`;
const otherClass = sqlFragment`coalesce(${destinationClass}, '') NOT IN (${namedClasses})`;

const WITHIN_DAYS_OPTION = {
  kind: 'number',
  key: 'withinDays',
  description: 'Follow-up days after a referral within which a placement counts.',
  defaultValue: DEFAULT_WITHIN_DAYS,
  rule: { min: 1, max: 3650, integer: true },
} as const satisfies NumberOptionSpec;

function withinDays(request: MetricRequest): number {
  return numberOption(request, WITHIN_DAYS_OPTION);
}

const placedWithinDays: MetricDefinition = {
  id: 'placed_within_days_pct',
  requires: ['person_id'],
  name: 'People referred who were placed within the follow-up days',
  numerator: 'People referred in the period with a placement within the follow-up days',
  denominator: 'People referred in the period',
  unit: 'percent',
  datasets: ['referrals', 'placements'],
  fields: ['occurred_on', 'person_id'],
  periodRule:
    'A person counts in the period of their referral; a person referred in two periods ' +
    'counts in both.',
  lowerIsBetter: false,
  minimumForChange: 5,
  caveats: [
    'A person counts as placed when any placement falls on or after one of their referrals ' +
      'in the period and at most the follow-up days later, whichever program placed them.',
    'Recent referrals have not had the full follow-up by the last referral or placement ' +
      'date loaded; how many people that affects is ' +
      'the note follow_up_incomplete, and referrals without a person id are the note ' +
      'referrals_without_person (they cannot be followed).',
    'Broken down by area, a person referred in two areas counts in each.',
  ],
  breakdowns: ['service'],
  options: [WITHIN_DAYS_OPTION],
  buildQuery: (request) => {
    const placed = sqlFragment`${identifier(PLACED_WITHIN)}`;
    return buildMetricQuery(
      {
        parts: [
          {
            source: {
              dataset: 'referrals',
              relation: referralsWithPlacementSql(withinDays(request)),
            },
            columns: {
              placed_people: countDistinctWhere('person_id', placed),
              referred_people: countDistinctWhere('person_id', trusted('true')),
              follow_up_incomplete: countDistinctWhere(
                'person_id',
                sqlFragment`${identifier(WINDOW_OPEN)}`,
              ),
              referrals_without_person: countWhere(
                sqlFragment`${identifier('person_id')} IS NULL`,
              ),
            },
          },
        ],
        numerator: 'placed_people',
        denominator: 'referred_people',
        value: { kind: 'ratio', scale: 100 },
        notes: ['follow_up_incomplete', 'referrals_without_person'],
      },
      request,
    );
  },
};

const daysToPlacement: MetricDefinition = {
  id: 'referral_to_placement_median_days',
  requires: ['person_id'],
  name: 'Median days from referral to placement',
  numerator:
    'Placements with an earlier referral of the same person (the count behind the median)',
  denominator: null,
  unit: 'days',
  datasets: ['placements', 'referrals'],
  fields: ['occurred_on', 'person_id'],
  periodRule: PLACEMENT_DATE_RULE,
  lowerIsBetter: true,
  minimumForChange: 5,
  caveats: [
    "Days run from the person's first referral on or before the placement and after any " +
      'earlier placement of theirs.',
    'Placements with no such referral are left out and returned as the note ' +
      'placements_without_referral.',
    'The median of an even number of placements is the mean of the middle two.',
  ],
  breakdowns: ['destination_class'],
  buildQuery: (request) => {
    const days = identifier(DAYS_FROM_REFERRAL);
    return buildMetricQuery(
      {
        parts: [
          {
            source: { dataset: 'placements', relation: placementsWithReferralDaysSql() },
            columns: {
              placements_with_referral: {
                kind: 'count',
                sql: sqlFragment`count(${days})`,
              },
              median_days: {
                kind: 'statistic',
                sql: sqlFragment`quantile_cont(${days}, 0.5)`,
              },
              placements_without_referral: countWhere(sqlFragment`${days} IS NULL`),
            },
          },
        ],
        numerator: 'placements_with_referral',
        value: { kind: 'statistic', column: 'median_days' },
        notes: ['placements_without_referral'],
      },
      request,
    );
  },
};

/** Referral and placement metrics. */
export const referralPlacementMetrics: readonly MetricDefinition[] = [
  referralCount,
  referralsPerContact,
  placementCount('placements', 'Placements', null),
  placementCount(
    'placements_permanent',
    'Placements into permanent housing',
    isClass('permanent'),
  ),
  placementCount(
    'placements_temporary',
    'Placements into temporary housing',
    isClass('temporary'),
  ),
  placementCount(
    'placements_other',
    'Placements elsewhere (institution, street or unknown)',
    otherClass,
  ),
  permanentShare,
  placedWithinDays,
  daysToPlacement,
];
