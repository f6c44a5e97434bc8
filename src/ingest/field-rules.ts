/**
 * Header-name rules that suggest a canonical field for an export's column. Each rule
 * names the kind of values it expects, so a header that looks right over values that
 * do not fit loses confidence.
 */
import { DATASET_FIELDS, type DatasetKind } from '../model/datasets';

/**
 * A canonical field name, or one of two column roles that fill canonical fields
 * indirectly: `age_band` fills age_min and age_max, `time_of_day` joins the date
 * column to give occurred_at.
 */
export type SuggestedField = string;

/** The kind of values a rule expects in the column. */
export type ValueShape =
  'date' | 'time' | 'flag' | 'integer' | 'number' | 'age' | 'text' | 'year';

/** One header rule. */
export interface FieldRule {
  readonly field: SuggestedField;
  readonly header: RegExp;
  readonly shape: ValueShape;
  /** How sure a header match alone makes us, 0 to 1. */
  readonly weight: number;
}

const rule = (
  field: string,
  header: RegExp,
  shape: ValueShape,
  weight = 0.8,
): FieldRule => ({
  field,
  header,
  shape,
  weight,
});

/** Rules in priority order; headers are lower-cased with punctuation turned to spaces. */
export const FIELD_RULES: readonly FieldRule[] = [
  rule('release_fiscal_year', /fiscal year/, 'year', 0.9),
  rule('released_on', /^release d(ate)?$|^released on$/, 'date', 0.9),
  rule('received_at', /queued|received|call time/, 'date'),
  rule('dispatched_at', /dispatch/, 'date'),
  rule('arrived_at', /arriv|on scene time/, 'date'),
  // Before period_start, whose `^period` would take `period grain` as a date.
  rule('period_grain', /^(period )?grain$|^periodicity$|^frequency$/, 'text', 0.85),
  rule('period_start', /^date mmm yy$|^month$|^period|^year$/, 'date', 0.7),
  // Before occurred_on, whose `date( of \w+)?` would take `date of birth` for the event.
  rule('birth_date', /birth|^dob$|^d o b$|(^| )dob( |$)/, 'date', 0.9),
  rule(
    'occurred_on',
    new RegExp(
      String.raw`^(arrest|incident|occurred|occ|reported|report|event|stop|contact|` +
        String.raw`referral|placement|census|placement|call)?` +
        String.raw`\s?(date|d|dt|on)( of \w+)?$|^date( of \w+)?$|date$`,
    ),
    'date',
    0.85,
  ),
  // Whole words only: `outcome` contains the letters u-t-c.
  rule('occurred_at', /\butc\b/, 'date', 0.5),
  rule(
    'time_of_day',
    /^(reported |incident |arrest |occurred |occ |contact |stop |event |call )?(time|tm|hour)$/,
    'time',
    0.8,
  ),
  rule('age_band', /age ?(group|band|range)|age at release/, 'age', 0.85),
  rule('age', /^(subject |person |client |arrestee )?age$/, 'age', 0.9),
  rule(
    'age_min',
    /^(age (min|minimum|low|from|lower)|(min|minimum|lowest|lower) age)$/,
    'integer',
    0.85,
  ),
  rule(
    'age_max',
    /^(age (max|maximum|high|to|upper)|(max|maximum|highest|upper) age)$/,
    'integer',
    0.85,
  ),
  rule(
    'arrest',
    /arrest ?(flag|made|ind(icator)?)?$|subject arrested|^(was )?arrested$/,
    'flag',
  ),
  rule('use_of_force', /use of force|force (used|indicator|flag)/, 'flag'),
  // Before crisis, whose `mental health` would take a mental-health assessment.
  rule(
    'assessment',
    /^((mental health|mh|behavioral health|bh) )?(assess(ment|ed)?|eval(uation)?)( (done|made|completed))?$/,
    'flag',
    0.75,
  ),
  rule('crisis', /crisis|mental health/, 'flag', 0.6),
  rule('referral_made', /referr(al|ed)( made)?$/, 'flag', 0.6),
  rule('returned', /return(ed)? to prison|^returned$|recidivated/, 'flag'),
  rule('days_to_return', /days to return/, 'integer', 0.9),
  rule('return_type', /recidivism type|return type/, 'text'),
  rule('release_type', /release type/, 'text', 0.9),
  rule('force_type', /type of force|force type/, 'text', 0.9),
  rule(
    'contact_type',
    /^(call|contact|stop) ?(type|origin)$|^calltype$|initial call type/,
    'text',
    0.6,
  ),
  rule('charge', /^charge( group)?( description)?$/, 'text', 0.7),
  rule(
    'responder_type',
    /^(responder|responding unit)( type)?$|^unit type$/,
    'text',
    0.7,
  ),
  rule('disposition', /disposition/, 'text', 0.7),
  rule('program', /program/, 'text', 0.8),
  rule('area', /area name|precinct|^area$/, 'text', 0.85),
  rule('area', /division|^state$|district/, 'text', 0.7),
  rule('area', /sector|^beat$/, 'text', 0.5),
  rule('population_group', /population group$/, 'text', 0.9),
  rule('person_id', /^(subject|person|client|arrestee) ?id$/, 'text', 0.8),
  rule(
    'record_key',
    new RegExp(
      String.raw`^(unique )?(report|incident|stop|record|case|go|terry stop|referral|` +
        String.raw`placement|call|uof|rin)( ?(id|number|num|no|key))?( portal)?$|^id$`,
    ),
    'text',
    0.7,
  ),
  rule('value', /^rate$|^value$|^count$|^rates? per \d/, 'number', 0.6),
  // What a long table's value is of: OJJDP names its offence `index`.
  rule(
    'measure',
    /^(measure|indicator|metric|index|offen[cs]es?|crime|category|statistic)( name| type)?$/,
    'text',
    0.7,
  ),
  rule('value_kind', /^value (kind|type)$/, 'text', 0.85),
  rule('unit', /^units?( of measure)?$/, 'text', 0.6),
  rule('population', /^population$/, 'number', 0.7),
];

/**
 * Header rules that hold in one dataset only, checked before FIELD_RULES when a
 * column is mapped into that dataset. A use-of-force export may file one report per
 * officer: its `incident id` groups the reports of one incident (incident_key),
 * while a report id beside it stays the record id.
 */
export const DATASET_FIELD_RULES: Readonly<
  Partial<Record<DatasetKind, readonly FieldRule[]>>
> = {
  force_incidents: [
    rule('incident_key', /^(uof )?incident ?(id|number|num|no|key)$/, 'text', 0.85),
  ],
};

/** The field a dataset's own rule gives a normalised header, or null. */
export function datasetRuleField(dataset: DatasetKind, header: string): string | null {
  const found = DATASET_FIELD_RULES[dataset]?.find((r) => r.header.test(header));
  return found?.field ?? null;
}

/** Keywords in an export's headers that point to a dataset kind, with their weight. */
export const KIND_KEYWORDS: Readonly<Record<DatasetKind, readonly [RegExp, number][]>> = {
  contacts: [[/terry|stop|frisk|contact|call ?type|crisis/, 2]],
  force_incidents: [[/force|uof/, 3]],
  arrests: [[/arrest date|charge|booking/, 3]],
  referrals: [[/referral/, 3]],
  placements: [[/placement|placed|destination/, 3]],
  releases: [[/release|recidivism|return to prison|parole/, 3]],
  responses: [[/queued|dispatch|arriv|response/, 3]],
  aggregates: [
    [
      /mmm yy|population group|rate$|rate per \d|newly identified|actively|moved to housing/,
      2,
    ],
  ],
  population: [[/^population$|census/, 2]],
};

/**
 * Headers that name what a table of counts counts: with whole numbers below them and
 * no record-level column beside them, the file is aggregates.
 */
export const COUNT_HEADER =
  /\b(counts?|totals?|number|referrals|placements|contacts|arrests|incidents|calls|stops|releases|returns|cases|clients|people|persons|individuals|households|admissions|exits|entries|bookings|citations|visits|encounters|responses|dispatches|diversions|assessments|reports|complaints|victims|served|population|youth|juveniles)\b/;

/**
 * Fields only a record of one person or event has; a column that fills one (its
 * values fitting) shows the file is not a table of counts. Categories such as charge
 * or age band are not among them: counts are often broken down by them.
 */
export const RECORD_LEVEL_FIELDS: ReadonlySet<string> = new Set([
  'person_id',
  'subject_id',
  'age',
  'birth_date',
  'time_of_day',
  'occurred_at',
  'received_at',
  'dispatched_at',
  'arrived_at',
  'days_to_return',
]);

/** The field that holds a dataset's one date: the record's, or the period's start. */
export function recordDateField(kind: DatasetKind): string | null {
  if (kind === 'aggregates') return 'period_start';
  if (kind === 'releases') return 'released_on';
  return DATASET_FIELDS[kind].some((f) => f.name === 'occurred_on')
    ? 'occurred_on'
    : null;
}

/** Date fields that stand for the record's date in one dataset or another. */
export const RECORD_DATE_FIELDS: ReadonlySet<string> = new Set([
  'occurred_on',
  'period_start',
  'released_on',
]);
