/**
 * Use of force. Two percentages here are easy to confuse and answer different
 * questions: how often a crisis contact involves force (contacts data), and how much of
 * all force is used on people in crisis (force incident data). A team can have 14% of
 * its crisis contacts involve force while 70% of the agency's force is crisis-related.
 */
import { both, countRecords, countRecordsWhere, isMissing, isTrue } from '../aggregates';
import { buildMetricQuery, type MeasurePart } from '../query-builder';
import type { MetricDefinition } from '../metric';

const CONTACT_DATE_RULE = 'A contact counts in the period of its date (occurred_on).';
const FORCE_DATE_RULE =
  'A force incident counts in the period of its date (occurred_on); contacts by their date.';

const forceIncidents: MeasurePart = {
  source: { dataset: 'force_incidents' },
  columns: { force_incidents: countRecords() },
};

const crisisContactsWithForce: MetricDefinition = {
  id: 'crisis_contacts_with_force_pct',
  requires: ['crisis', 'use_of_force'],
  name: 'Crisis contacts with any reportable force',
  numerator: 'Crisis contacts where any reportable force was used',
  denominator: 'Crisis contacts',
  unit: 'percent',
  datasets: ['contacts'],
  fields: ['occurred_on', 'crisis', 'use_of_force'],
  periodRule: CONTACT_DATE_RULE,
  lowerIsBetter: true,
  minimumForChange: 5,
  caveats: [
    'Not the same as the share of force incidents that were crisis-related.',
    'A crisis contact whose use of force is not recorded counts as no force; ' +
      'how many there were is returned as the note force_not_recorded.',
  ],
  buildQuery: (request) =>
    buildMetricQuery(
      {
        parts: [
          {
            source: { dataset: 'contacts' },
            columns: {
              crisis_with_force: countRecordsWhere(
                both(isTrue('crisis'), isTrue('use_of_force')),
              ),
              crisis_contacts: countRecordsWhere(isTrue('crisis')),
              force_not_recorded: countRecordsWhere(
                both(isTrue('crisis'), isMissing('use_of_force')),
              ),
            },
          },
        ],
        numerator: 'crisis_with_force',
        denominator: 'crisis_contacts',
        value: { kind: 'ratio', scale: 100 },
        notes: ['force_not_recorded'],
      },
      request,
    ),
};

const forceIncidentCount: MetricDefinition = {
  id: 'force_incidents',
  name: 'Use-of-force incidents',
  numerator: 'Use-of-force incidents',
  denominator: null,
  unit: 'count',
  datasets: ['force_incidents'],
  fields: ['occurred_on', 'force_type'],
  periodRule: FORCE_DATE_RULE,
  lowerIsBetter: true,
  minimumForChange: 5,
  caveats: [
    'An incident counts once however many reports, subjects or kinds of force it ' +
      'lists: reports sharing an incident_key are one incident, and without one, ' +
      'the records split from one export row (sharing its source_record) are.',
    'An incident whose reports fall on different dates counts in each period one ' +
      'of them falls in.',
  ],
  breakdowns: ['force_type'],
  buildQuery: (request) =>
    buildMetricQuery(
      { parts: [forceIncidents], numerator: 'force_incidents', value: { kind: 'count' } },
      request,
    ),
};

const forcePerThousandContacts: MetricDefinition = {
  id: 'force_per_1000_contacts',
  name: 'Force incidents per 1,000 contacts',
  numerator: 'Use-of-force incidents',
  denominator: 'Contacts of any kind',
  unit: 'per_1000',
  datasets: ['force_incidents', 'contacts'],
  fields: ['occurred_on', 'force_type'],
  periodRule: FORCE_DATE_RULE,
  lowerIsBetter: true,
  minimumForChange: 5,
  caveats: [
    'Incidents and contacts come from different exports; an incident need not match a contact.',
    'Broken down by force type, each type is divided by all contacts.',
    'Incidents count once however many reports (sharing an incident_key) they have.',
  ],
  breakdowns: ['force_type'],
  buildQuery: (request) =>
    buildMetricQuery(
      {
        parts: [
          forceIncidents,
          { source: { dataset: 'contacts' }, columns: { contacts: countRecords() } },
        ],
        numerator: 'force_incidents',
        denominator: 'contacts',
        value: { kind: 'ratio', scale: 1000 },
      },
      request,
    ),
};

const forcePerThousandCalls: MetricDefinition = {
  id: 'force_per_1000_calls',
  requires: ['call_for_service'],
  name: 'Force incidents per 1,000 calls for service',
  numerator: 'Use-of-force incidents',
  denominator: 'Contacts that began as a call for service',
  unit: 'per_1000',
  datasets: ['force_incidents', 'contacts'],
  fields: ['occurred_on', 'force_type', 'call_for_service'],
  periodRule: FORCE_DATE_RULE,
  lowerIsBetter: true,
  minimumForChange: 5,
  caveats: [
    'Incidents arising from officer-initiated stops are counted on top but not underneath.',
    'Broken down by force type, each type is divided by all calls for service.',
    'Incidents count once however many reports (sharing an incident_key) they have.',
  ],
  breakdowns: ['force_type'],
  buildQuery: (request) =>
    buildMetricQuery(
      {
        parts: [
          forceIncidents,
          {
            source: { dataset: 'contacts' },
            columns: { calls_for_service: countRecordsWhere(isTrue('call_for_service')) },
          },
        ],
        numerator: 'force_incidents',
        denominator: 'calls_for_service',
        value: { kind: 'ratio', scale: 1000 },
      },
      request,
    ),
};

const crisisShareOfForce: MetricDefinition = {
  id: 'force_crisis_related_share_pct',
  requires: ['crisis_related'],
  name: 'Share of force incidents that were crisis-related',
  numerator: 'Use-of-force incidents where the subject was in crisis',
  denominator: 'All use-of-force incidents',
  unit: 'percent',
  datasets: ['force_incidents'],
  fields: ['occurred_on', 'crisis_related', 'force_type'],
  periodRule: FORCE_DATE_RULE,
  lowerIsBetter: true,
  minimumForChange: 5,
  caveats: [
    'Not the same as the percentage of crisis contacts that involved force.',
    'The share falls when non-crisis force rises, so read it beside the count of incidents.',
    'An incident whose crisis flag is not recorded counts as not crisis-related.',
    'An incident is crisis-related when any of its reports (sharing an ' +
      'incident_key) or subjects says so, and counts once.',
  ],
  breakdowns: ['force_type'],
  buildQuery: (request) =>
    buildMetricQuery(
      {
        parts: [
          {
            source: { dataset: 'force_incidents' },
            columns: {
              crisis_related: countRecordsWhere(isTrue('crisis_related')),
              force_incidents: countRecords(),
            },
          },
        ],
        numerator: 'crisis_related',
        denominator: 'force_incidents',
        value: { kind: 'ratio', scale: 100 },
      },
      request,
    ),
};

/** The use-of-force metrics. */
export const useOfForceMetrics: readonly MetricDefinition[] = [
  crisisContactsWithForce,
  forceIncidentCount,
  forcePerThousandContacts,
  forcePerThousandCalls,
  crisisShareOfForce,
];
