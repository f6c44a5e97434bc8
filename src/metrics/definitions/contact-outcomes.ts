/**
 * What contacts ended in, as shares of all contacts: use of force, arrest, a crisis,
 * a referral. Each is a yes/no field of the contacts export; a contact whose field is
 * not recorded counts as "no", so the share is a floor when recording is patchy.
 */
import { countRecords, countRecordsWhere, isTrue } from '../aggregates';
import { buildMetricQuery } from '../query-builder';
import type { MetricDefinition } from '../metric';

const DATE_RULE = 'A contact counts in the period of its date (occurred_on).';
const NOT_RECORDED = (what: string) =>
  `A contact whose ${what} is not recorded counts as no ${what}.`;

interface ShareOfContacts {
  readonly id: string;
  readonly flag: string;
  readonly name: string;
  readonly numerator: string;
  readonly lowerIsBetter: boolean;
  readonly caveats: readonly string[];
}

function shareOfContacts(spec: ShareOfContacts): MetricDefinition {
  return {
    id: spec.id,
    requires: [spec.flag],
    name: spec.name,
    numerator: spec.numerator,
    denominator: 'Contacts of any kind',
    unit: 'percent',
    datasets: ['contacts'],
    fields: ['occurred_on', spec.flag],
    periodRule: DATE_RULE,
    lowerIsBetter: spec.lowerIsBetter,
    minimumForChange: 5,
    caveats: spec.caveats,
    breakdowns: ['contact_type'],
    buildQuery: (request) =>
      buildMetricQuery(
        {
          parts: [
            {
              source: { dataset: 'contacts' },
              columns: {
                [spec.flag]: countRecordsWhere(isTrue(spec.flag)),
                contacts: countRecords(),
              },
            },
          ],
          numerator: spec.flag,
          denominator: 'contacts',
          value: { kind: 'ratio', scale: 100 },
        },
        request,
      ),
  };
}

/** Shares of all contacts with force, an arrest, a crisis or a referral. */
export const contactOutcomeMetrics: readonly MetricDefinition[] = [
  shareOfContacts({
    id: 'contacts_with_force_pct',
    flag: 'use_of_force',
    name: 'Share of all contacts with any use of force',
    numerator: 'Contacts of any kind where any reportable force was used',
    lowerIsBetter: true,
    caveats: [
      'Divides by all contacts, crisis or not: not the same as ' +
        'crisis_contacts_with_force_pct (crisis contacts only) nor as ' +
        'force_crisis_related_share_pct (force incidents data).',
      NOT_RECORDED('use of force'),
    ],
  }),
  shareOfContacts({
    id: 'contacts_with_arrest_pct',
    flag: 'arrest',
    name: 'Share of contacts ending in an arrest',
    numerator: 'Contacts that ended in an arrest',
    lowerIsBetter: true,
    caveats: [
      'Counts contacts, not people or charges: one contact with an arrest counts once.',
      NOT_RECORDED('arrest'),
    ],
  }),
  shareOfContacts({
    id: 'crisis_contacts_pct',
    flag: 'crisis',
    name: 'Share of contacts that were crisis contacts',
    numerator: 'Contacts that involved a behavioural-health crisis',
    lowerIsBetter: false,
    caveats: [
      'A higher share can mean more need or better identification; neither ' +
        'direction is good in itself.',
      'A contact whose crisis flag is not recorded counts as not a crisis contact.',
    ],
  }),
  shareOfContacts({
    id: 'referral_made_pct',
    flag: 'referral_made',
    name: 'Share of contacts with a referral made',
    numerator: 'Contacts where the person was referred to a service',
    lowerIsBetter: false,
    caveats: [
      'A referral made is not a referral taken up; see the referrals data for that.',
      'A contact whose referral is not recorded counts as no referral.',
    ],
  }),
];
