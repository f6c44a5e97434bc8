/**
 * Contacts, mental-health assessments, pre-booking diversions and calls handled
 * without police: the volume measures of a crisis or co-responder partnership.
 */
import { countRecords, countRecordsWhere, isFalse, isTrue } from '../aggregates';
import { buildMetricQuery } from '../query-builder';
import { identifier, sqlFragment } from '../sql-fragment';
import type { SqlFragment } from '../sql-fragment';
import type { MetricDefinition, MetricRequest } from '../metric';

const DATE_RULE = 'A contact counts in the period of its date (occurred_on).';

/** A count of contacts, all of them when `where` is null. */
interface Counted {
  readonly name: string;
  readonly where: SqlFragment | null;
}

const counted = ({ where }: Counted) =>
  where ? countRecordsWhere(where) : countRecords();

// A count, or a percentage when a denominator is given; both from one scan of contacts.
function contactsQuery(
  request: MetricRequest,
  numerator: Counted,
  denominator?: Counted,
) {
  const columns = { [numerator.name]: counted(numerator) };
  if (denominator) columns[denominator.name] = counted(denominator);
  return buildMetricQuery(
    {
      parts: [{ source: { dataset: 'contacts' }, columns }],
      numerator: numerator.name,
      ...(denominator ? { denominator: denominator.name } : {}),
      value: denominator ? { kind: 'ratio', scale: 100 } : { kind: 'count' },
    },
    request,
  );
}

const ALL_CONTACTS: Counted = { name: 'contacts', where: null };
const WITHOUT_POLICE: Counted = {
  name: 'without_police',
  where: isFalse('police_involved'),
};
const diverted = sqlFragment`nullif(trim(${identifier('diversion_path')}), '') IS NOT NULL`;

const contactCount: MetricDefinition = {
  id: 'contacts',
  name: 'Contacts',
  numerator: 'Contacts of any kind',
  denominator: null,
  unit: 'count',
  datasets: ['contacts'],
  fields: ['occurred_on'],
  periodRule: DATE_RULE,
  lowerIsBetter: false,
  minimumForChange: 5,
  caveats: [
    'More contacts can mean more need or more outreach; neither direction is good in itself.',
  ],
  breakdowns: ['contact_type'],
  buildQuery: (request) => contactsQuery(request, ALL_CONTACTS),
};

const assessmentCount: MetricDefinition = {
  id: 'assessments',
  requires: ['assessment'],
  name: 'Mental-health assessments',
  numerator: 'Contacts where a mental-health assessment was done',
  denominator: null,
  unit: 'count',
  datasets: ['contacts'],
  fields: ['occurred_on', 'assessment'],
  periodRule: DATE_RULE,
  lowerIsBetter: false,
  minimumForChange: 5,
  caveats: ['A contact whose assessment is not recorded counts as no assessment.'],
  buildQuery: (request) =>
    contactsQuery(request, { name: 'assessments', where: isTrue('assessment') }),
};

const assessmentShare: MetricDefinition = {
  id: 'assessments_pct_of_contacts',
  requires: ['assessment'],
  name: 'Contacts with a mental-health assessment',
  numerator: 'Contacts where a mental-health assessment was done',
  denominator: 'Contacts of any kind',
  unit: 'percent',
  datasets: ['contacts'],
  fields: ['occurred_on', 'assessment'],
  periodRule: DATE_RULE,
  lowerIsBetter: false,
  minimumForChange: 5,
  caveats: ['A contact whose assessment is not recorded counts as no assessment.'],
  buildQuery: (request) =>
    contactsQuery(
      request,
      { name: 'assessments', where: isTrue('assessment') },
      ALL_CONTACTS,
    ),
};

const diversionCount: MetricDefinition = {
  id: 'diversions',
  requires: ['diversion_path'],
  name: 'Pre-booking diversions',
  numerator: 'Contacts diverted before booking (a diversion path is recorded)',
  denominator: null,
  unit: 'count',
  datasets: ['contacts'],
  fields: ['occurred_on', 'diversion_path'],
  periodRule: DATE_RULE,
  lowerIsBetter: false,
  minimumForChange: 5,
  caveats: ['Read by diversion path to see where people were diverted to.'],
  breakdowns: ['diversion_path'],
  buildQuery: (request) =>
    contactsQuery(request, { name: 'diversions', where: diverted }),
};

const withoutPoliceCount: MetricDefinition = {
  id: 'handled_without_police',
  requires: ['police_involved'],
  name: 'Calls handled without police',
  numerator: 'Contacts recorded as handled without police (police involved = no)',
  denominator: null,
  unit: 'count',
  datasets: ['contacts'],
  fields: ['occurred_on', 'police_involved'],
  periodRule: DATE_RULE,
  lowerIsBetter: false,
  minimumForChange: 5,
  caveats: ['A contact whose police involvement is not recorded is not counted.'],
  buildQuery: (request) => contactsQuery(request, WITHOUT_POLICE),
};

const withoutPoliceShare: MetricDefinition = {
  id: 'handled_without_police_pct',
  requires: ['police_involved'],
  name: 'Share of contacts handled without police',
  numerator: 'Contacts recorded as handled without police',
  denominator: 'Contacts whose police involvement is recorded',
  unit: 'percent',
  datasets: ['contacts'],
  fields: ['occurred_on', 'police_involved'],
  periodRule: DATE_RULE,
  lowerIsBetter: false,
  minimumForChange: 5,
  caveats: ['Contacts with police involvement not recorded are left out of both counts.'],
  buildQuery: (request) =>
    contactsQuery(request, WITHOUT_POLICE, {
      name: 'police_involvement_recorded',
      where: sqlFragment`${identifier('police_involved')} IS NOT NULL`,
    }),
};

/** Contacts, assessments, diversions and calls handled without police. */
export const contactMetrics: readonly MetricDefinition[] = [
  contactCount,
  assessmentCount,
  assessmentShare,
  diversionCount,
  withoutPoliceCount,
  withoutPoliceShare,
];
