/**
 * The canonical data model: the DuckDB tables every agency export is mapped into.
 * Ingestion writes these tables; metrics read only these tables. docs/data-model.md
 * explains each field in the domain's words.
 */

/** DuckDB column types the model uses. */
export type ColumnType =
  'VARCHAR' | 'DATE' | 'TIMESTAMP' | 'INTEGER' | 'DOUBLE' | 'BOOLEAN';

/** One canonical field of a dataset. */
export interface FieldSpec {
  readonly name: string;
  readonly type: ColumnType;
  readonly label: string;
  readonly description: string;
}

/** The kinds of dataset an export can be mapped into. */
export type DatasetKind =
  | 'contacts'
  | 'force_incidents'
  | 'arrests'
  | 'referrals'
  | 'placements'
  | 'releases'
  | 'responses'
  | 'aggregates'
  | 'population';

/**
 * How a published figure may be added up: a `count` (a flow such as people moved to
 * housing) across areas and periods, a `stock` (a point-in-time count such as people
 * actively homeless) across areas or groups within one period but never across
 * periods, and a `rate` (a percent, a rate per 100,000) never.
 */
export const VALUE_KINDS = ['count', 'stock', 'rate'] as const;
export type ValueKind = (typeof VALUE_KINDS)[number];

/** Destination classes of a housing placement, after HUD's exit-destination groups. */
export const DESTINATION_CLASSES = [
  'permanent',
  'temporary',
  'institution',
  'street_unknown',
] as const;
export type DestinationClass = (typeof DESTINATION_CLASSES)[number];

/** The grains an aggregates record's period may have. */
export const PERIOD_GRAINS = ['day', 'week', 'month', 'quarter', 'year'] as const;

/** The length of the period a published figure (aggregates record) covers. */
export type FigureGrain = (typeof PERIOD_GRAINS)[number];

/**
 * Fields whose every value is one word of a fixed list. Metrics match these words
 * exactly, so a value outside the list would be stored yet counted nowhere: the
 * import leaves it empty and reports it instead.
 */
export const FIELD_VOCABULARIES: Readonly<Record<string, readonly string[]>> = {
  destination_class: DESTINATION_CLASSES,
  period_grain: PERIOD_GRAINS,
  value_kind: VALUE_KINDS,
};

/**
 * A fixed-list field read from a column also keeps that column's text, as written, in
 * this field (unless another column fills it), so a placement's own destination is not
 * lost to its class.
 */
export const WRITTEN_BESIDE: Readonly<Record<string, string>> = {
  destination_class: 'destination',
};

/**
 * Fields whose value names an incident or a person that records are grouped by or
 * joined on: the import reads them as keys (spaces of any kind trimmed at either end),
 * so `PD-20195552` and `PD-20195552` followed by a non-breaking space are one incident.
 */
export const KEY_FIELDS: ReadonlySet<string> = new Set([
  'incident_key',
  'person_id',
  'subject_id',
  'contact_key',
]);

const field = (
  name: string,
  type: ColumnType,
  label: string,
  description: string,
): FieldSpec => ({ name, type, label, description });

/** Fields every record-level dataset carries, so loads can be traced and de-duplicated. */
export const RECORD_FIELDS: readonly FieldSpec[] = [
  field(
    'record_key',
    'VARCHAR',
    'Record key',
    'Record id named by the mapping, or a fingerprint of the row.',
  ),
  field(
    'source_record',
    'VARCHAR',
    'Export record',
    'record_key of the export row this record came from, before the split and ' +
      'measure suffixes: the records of one packed row share it, so counts of ' +
      'incidents, contacts or arrests count each export row once.',
  ),
  field('import_id', 'VARCHAR', 'Import', 'The import that last wrote this record.'),
  field(
    'source_line',
    'INTEGER',
    'Source line',
    'Line of the record in its export file.',
  ),
  field('program', 'VARCHAR', 'Program', 'The program the record belongs to.'),
  field('area', 'VARCHAR', 'Area', 'Precinct, district, beat or other geography.'),
];

const when = [
  field('occurred_on', 'DATE', 'Date', "The agency's local calendar date of the event."),
  field(
    'occurred_at',
    'TIMESTAMP',
    'Local time',
    "The agency's local wall-clock time, when known.",
  ),
];

const age = [
  field('age', 'INTEGER', 'Age', 'Age in whole years at the time of the event.'),
  field('birth_date', 'DATE', 'Date of birth', 'Used to derive age when age is absent.'),
  field(
    'age_min',
    'INTEGER',
    'Age band low',
    'Lower bound of an age band such as `1 - 17`.',
  ),
  field('age_max', 'INTEGER', 'Age band high', 'Upper bound of an age band.'),
];

/** Fields of each dataset kind beyond RECORD_FIELDS. */
export const DATASET_FIELDS: Readonly<Record<DatasetKind, readonly FieldSpec[]>> = {
  contacts: [
    ...when,
    field(
      'contact_type',
      'VARCHAR',
      'Contact type',
      'Call, crisis contact, stop, outreach contact.',
    ),
    field('disposition', 'VARCHAR', 'Disposition', 'How the contact ended.'),
    field(
      'crisis',
      'BOOLEAN',
      'Crisis contact',
      'The contact involved a behavioural-health crisis.',
    ),
    field(
      'call_for_service',
      'BOOLEAN',
      'Call for service',
      'The contact began as a call for service.',
    ),
    field('use_of_force', 'BOOLEAN', 'Use of force', 'Any reportable force was used.'),
    field('arrest', 'BOOLEAN', 'Arrest', 'The contact ended in an arrest.'),
    field('assessment', 'BOOLEAN', 'Assessment', 'A mental-health assessment was done.'),
    field(
      'referral_made',
      'BOOLEAN',
      'Referral made',
      'The person was referred to a service.',
    ),
    field(
      'diversion_path',
      'VARCHAR',
      'Diversion path',
      'Pre-booking diversion path, if diverted.',
    ),
    field(
      'police_involved',
      'BOOLEAN',
      'Police involved',
      'False when handled without police.',
    ),
    field('person_id', 'VARCHAR', 'Person', 'Pseudonymous person id.'),
    ...age,
  ],
  force_incidents: [
    ...when,
    field(
      'incident_key',
      'VARCHAR',
      'Incident',
      'The incident a report belongs to, where an export files one report per ' +
        'officer; reports of one incident count once.',
    ),
    field('force_type', 'VARCHAR', 'Force type', 'Kind of force used.'),
    field('subject_id', 'VARCHAR', 'Subject', 'Pseudonymous subject id.'),
    field('crisis_related', 'BOOLEAN', 'Crisis-related', 'The subject was in crisis.'),
    field(
      'contact_key',
      'VARCHAR',
      'Contact',
      'record_key of the contact it arose from.',
    ),
  ],
  arrests: [
    ...when,
    field('person_id', 'VARCHAR', 'Person', 'Pseudonymous person id.'),
    ...age,
    field('charge', 'VARCHAR', 'Charge', 'Most serious charge.'),
  ],
  referrals: [
    ...when,
    field('person_id', 'VARCHAR', 'Person', 'Pseudonymous person id.'),
    field('service', 'VARCHAR', 'Service', 'Service referred to.'),
    field('status', 'VARCHAR', 'Status', 'Referral status.'),
  ],
  placements: [
    ...when,
    field('person_id', 'VARCHAR', 'Person', 'Pseudonymous person id.'),
    field('destination', 'VARCHAR', 'Destination', 'Destination as the export names it.'),
    field(
      'destination_class',
      'VARCHAR',
      'Destination class',
      'permanent, temporary, institution or street_unknown.',
    ),
  ],
  releases: [
    field('person_id', 'VARCHAR', 'Person', 'Pseudonymous person id.'),
    field('released_on', 'DATE', 'Release date', 'Date of release or program exit.'),
    field(
      'release_fiscal_year',
      'INTEGER',
      'Release fiscal year',
      'Used when the export has no dates.',
    ),
    field(
      'release_type',
      'VARCHAR',
      'Release type',
      'Parole, end of sentence, program completion.',
    ),
    field(
      'returned',
      'BOOLEAN',
      'Returned',
      'Returned within the follow-up the export carries.',
    ),
    field('days_to_return', 'INTEGER', 'Days to return', 'Days from release to return.'),
    field('return_type', 'VARCHAR', 'Return type', 'New offense, technical violation.'),
    field(
      'follow_up_months',
      'INTEGER',
      'Follow-up months',
      'Window the carried outcome covers.',
    ),
  ],
  responses: [
    ...when,
    field(
      'received_at',
      'TIMESTAMP',
      'Call received',
      'Local time the call was received.',
    ),
    field(
      'dispatched_at',
      'TIMESTAMP',
      'Dispatched',
      'Local time a unit was dispatched.',
    ),
    field('arrived_at', 'TIMESTAMP', 'Arrived', 'Local time the first unit arrived.'),
    field(
      'responder_type',
      'VARCHAR',
      'Responder',
      'Mobile crisis team, police, co-responder.',
    ),
  ],
  aggregates: [
    field(
      'period_start',
      'DATE',
      'Period start',
      'First day of the period the measure covers.',
    ),
    field(
      'period_grain',
      'VARCHAR',
      'Period grain',
      'day, week, month, quarter or year.',
    ),
    field('population_group', 'VARCHAR', 'Group', 'Sub-population the measure counts.'),
    field('measure', 'VARCHAR', 'Measure', 'Name of the measure, e.g. moved_to_housing.'),
    field('value', 'DOUBLE', 'Value', 'The published count or rate.'),
    field(
      'value_kind',
      'VARCHAR',
      'Kind',
      'count (may be summed), stock (a point-in-time count: summed across areas, ' +
        'never across periods) or rate (never summed).',
    ),
    field('unit', 'VARCHAR', 'Unit', 'people, per 100,000, %.'),
  ],
  population: [
    field('year', 'INTEGER', 'Year', 'Year the population estimate is for.'),
    field('age_group', 'VARCHAR', 'Age group', 'e.g. youth 10-17, all ages.'),
    field('population', 'DOUBLE', 'Population', 'Residents of the area.'),
  ],
};

/**
 * The local time that dates a record when no occurred_on or occurred_at is mapped: a
 * response-time export carries no event date of its own, and a call's date is the day
 * it was received.
 */
export const RECORD_DATE_FROM: Readonly<Partial<Record<DatasetKind, string>>> = {
  responses: 'received_at',
};

/** All columns of a canonical table, in table order. */
export function datasetColumns(kind: DatasetKind): readonly FieldSpec[] {
  return [...RECORD_FIELDS, ...DATASET_FIELDS[kind]];
}

/** Name of the DuckDB table that holds a dataset kind. */
export function datasetTable(kind: DatasetKind): string {
  return kind;
}
