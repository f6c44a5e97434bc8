/**
 * Turns a suggestion into a first mapping for the analyst to confirm: every column
 * gets a target, date columns their inferred formats (in the day/month order the
 * file proves, if any), flags the usual spellings, an aggregates file its
 * measures and period grain, and a releases file the follow-up its reporting year
 * implies.
 */
import { DATASET_FIELDS, datasetColumns, type DatasetKind } from '../model/datasets';
import type { FileAnalysis } from './analyse-file';
import { TWINS, type DateFormatId, type DayMonthOrder } from './date-catalog';
import { inferDateFormats, inferTimeFormat } from './date-formats';
import {
  draftMeasures,
  grainValueMap,
  longValueKind,
  periodGrain,
} from './draft-mapping-aggregates';
import {
  followUpFromReportingYear,
  type FollowUpEvidence,
} from './draft-mapping-releases';
import { datasetRuleField, RECORD_DATE_FIELDS, recordDateField } from './field-rules';
import { normalizeHeader } from './suggest';
import type { ColumnMapping, ImportMapping } from './import-mapping';
import { DEFAULT_FLAG_VALUES } from './values';

/** Column roles beyond the dataset's own fields. */
export const COLUMN_ROLES = ['age_band', 'time_of_day'] as const;

/** The canonical type of a field of a dataset, or undefined for a role or unknown name. */
export function fieldType(dataset: DatasetKind, field: string) {
  return datasetColumns(dataset).find((spec) => spec.name === field)?.type;
}

/** Fields a column may map to in this dataset, with the roles its fields allow. */
export function targetFields(dataset: DatasetKind): string[] {
  const names = DATASET_FIELDS[dataset].map((spec) => spec.name);
  // A role fills fields indirectly, so it is offered only where those fields exist.
  const roles = COLUMN_ROLES.filter((role) =>
    role === 'age_band' ? names.includes('age_max') : names.includes('occurred_at'),
  );
  return ['program', 'area', ...names, ...roles];
}

function sampleValues(analysis: FileAnalysis, column: string): string[] {
  const index = analysis.dialect.columnNames.indexOf(column);
  return analysis.sampleRows.map((row) => row[index] ?? '');
}

const MONTH_FIRST: readonly DateFormatId[] = ['month-day-year', 'month-day-year-time'];
const proven = new WeakMap<FileAnalysis, DayMonthOrder | null>();

/** The day/month order a slash-date column proves, or null when it proves none. */
function orderProvenBy(values: readonly string[]): DayMonthOrder | null {
  if (!values.some((v) => v.includes('/'))) return null;
  const dates = inferDateFormats(values);
  const slash = dates.formats.filter((f) => f.id in TWINS);
  if (dates.ambiguous || slash.length === 0 || dates.matched < dates.total) return null;
  return slash.some((f) => MONTH_FIRST.includes(f.id)) ? 'month-first' : 'day-first';
}

/**
 * The day/month order the file's own values prove: one agency writes its dates one
 * way, so a column with `12/31/2023` settles the order of every slash date in the
 * file. Null when no column proves it, or when two columns prove opposite orders.
 */
export function fileDayMonthOrder(analysis: FileAnalysis): DayMonthOrder | null {
  const known = proven.get(analysis);
  if (known !== undefined) return known;
  const orders = new Set(
    analysis.dialect.columnNames
      .map((column) => orderProvenBy(sampleValues(analysis, column)))
      .filter((order) => order !== null),
  );
  const [order] = orders;
  const result = orders.size === 1 && order ? order : null;
  proven.set(analysis, result);
  return result;
}

/** Fills in how a column is read once its target field is chosen. */
export function columnReading(
  analysis: FileAnalysis,
  dataset: DatasetKind,
  column: string,
  field: string,
): ColumnMapping {
  const target = { kind: 'field', field } as const;
  const values = sampleValues(analysis, column);
  const type = fieldType(dataset, field);
  if (type === 'DATE' || type === 'TIMESTAMP') {
    // An ambiguous column takes the order the file proves; else it keeps the
    // month-first reading until the analyst says.
    const dates = inferDateFormats(values);
    const order = dates.ambiguous ? fileDayMonthOrder(analysis) : null;
    if (order) return withDayMonthOrder(analysis, { column, target }, order);
    return { column, target, dateFormats: dates.formats.map((format) => format.id) };
  }
  if (field === 'time_of_day') {
    return { column, target, timeFormat: inferTimeFormat(values) ?? 'clock' };
  }
  if (type === 'BOOLEAN') return { column, target, flagValues: DEFAULT_FLAG_VALUES };
  // Grains as the file spells them (`Annual`) read as the model's, which metrics match.
  const grains = field === 'period_grain' ? grainValueMap(values) : {};
  if (Object.keys(grains).length > 0) return { column, target, valueMap: grains };
  return { column, target };
}

/** A first mapping from the suggestion: the analyst confirms or corrects every part. */
export function draftMapping(
  analysis: FileAnalysis,
  timeZone: string,
  dataset: DatasetKind = analysis.suggestion.kind,
): ImportMapping {
  const fields = fieldsFor(analysis, dataset);
  const columns = analysis.suggestion.columns.map(({ column }, i) => {
    const field = fields[i];
    return field
      ? columnReading(analysis, dataset, column, field)
      : { column, target: { kind: 'extra' } as const };
  });
  const hasProgram = columns.some(
    (column) => column.target.kind === 'field' && column.target.field === 'program',
  );
  const mapping: ImportMapping = {
    dataset,
    columns,
    // Ids are offered (recordIdEvidence), not chosen: they are not scoped by export,
    // so two exports sharing ids would replace each other's records.
    recordIdColumn: null,
    program: hasProgram
      ? { kind: 'column' }
      : { kind: 'whole-file', program: analysis.fileName.replace(/\.[^.]+$/, '') },
    timeZone,
    earliestPlausibleDate: '1990-01-01',
  };
  if (dataset === 'aggregates') return withAggregateParts(analysis, mapping);
  return dataset === 'releases' ? withFollowUp(analysis, mapping) : mapping;
}

/**
 * The follow-up a releases mapping's reporting-year column implies, with the columns
 * that show it; null for other datasets and when nothing shows one.
 */
export function followUpEvidence(
  analysis: FileAnalysis,
  mapping: ImportMapping,
): FollowUpEvidence | null {
  if (mapping.dataset !== 'releases') return null;
  return followUpFromReportingYear(mapping.columns, (column) =>
    sampleValues(analysis, column),
  );
}

/** A releases mapping with the follow-up its reporting year implies, as a fixed value. */
function withFollowUp(analysis: FileAnalysis, mapping: ImportMapping): ImportMapping {
  const evidence = followUpEvidence(analysis, mapping);
  if (!evidence || mapping.constants?.follow_up_months !== undefined) return mapping;
  const constants = { ...mapping.constants, follow_up_months: evidence.months };
  return { ...mapping, constants };
}

/**
 * Each suggested column's field in this dataset, or null for an extra. A header the
 * dataset's own rules know takes their field (DATASET_FIELD_RULES). A record date
 * the dataset lacks (occurred_on in aggregates) becomes the dataset's own date field
 * when no other column holds it. A column the suggestion leaves without a field of
 * this dataset takes the field its header names exactly (`age_group` in population),
 * as OutcomeStat's own canonical CSV and hand-made files name them.
 */
function fieldsFor(analysis: FileAnalysis, dataset: DatasetKind): (string | null)[] {
  const allowed = new Set(targetFields(dataset));
  const own = recordDateField(dataset);
  const { columns } = analysis.suggestion;
  const claimed = new Set<string>();
  const suggested = columns.map(({ column, field }) => {
    const byDataset = datasetRuleField(dataset, normalizeHeader(column));
    if (!byDataset) return field && allowed.has(field) ? field : null;
    if (claimed.has(byDataset)) return null;
    claimed.add(byDataset);
    return byDataset;
  });
  const taken = new Set(suggested.filter((field) => field !== null));
  let ownTaken = own !== null && taken.has(own);
  return columns.map(({ column, field }, i) => {
    if (suggested[i]) return suggested[i];
    const named = normalizeHeader(column).replaceAll(' ', '_');
    if (allowed.has(named) && !taken.has(named)) {
      taken.add(named);
      return named;
    }
    if (!field || !own || ownTaken || !RECORD_DATE_FIELDS.has(field)) return null;
    ownTaken = true;
    return own;
  });
}

/** An aggregates mapping with its wide measures and the grain of its periods. */
function withAggregateParts(
  analysis: FileAnalysis,
  mapping: ImportMapping,
): ImportMapping {
  const keys = new Set(
    analysis.suggestion.columns
      .filter((c) => c.field === 'record_key')
      .map((c) => c.column),
  );
  const measures = draftMeasures(
    mapping.columns.filter((c) => !keys.has(c.column)),
    (column) => sampleValues(analysis, column),
  );
  const measured = new Set(measures.map((m) => m.column));
  // A measure column is read through `measures`, as the mapping screen sets it.
  const columns = mapping.columns.map((c) =>
    measured.has(c.column)
      ? { column: c.column, target: { kind: 'ignore' } as const }
      : c,
  );
  const mapped = (field: string) =>
    columns.find((c) => c.target.kind === 'field' && c.target.field === field);
  const period = mapped('period_start');
  // A file that states each row's grain keeps it; only then is none fixed for all.
  const grain =
    !mapped('period_grain') &&
    period?.dateFormats?.length &&
    periodGrain(period.dateFormats, sampleValues(analysis, period.column));
  const value = mapped('value');
  const long =
    value && !mapped('value_kind')
      ? longValueKind(value, (column) => sampleValues(analysis, column), mapped('unit'))
      : null;
  const constants = { ...(grain ? { period_grain: grain } : {}), ...long?.constants };
  return {
    ...mapping,
    columns: long ? columns.map((c) => (c === value ? long.value : c)) : columns,
    ...(measures.length > 0 ? { measures } : {}),
    ...(Object.keys(constants).length > 0 ? { constants } : {}),
  };
}

/** Date columns whose sample cannot show whether day or month comes first, unanswered. */
export function needsDayMonthOrder(
  analysis: FileAnalysis,
  mapping: ImportMapping,
): string[] {
  return mapping.columns
    .filter((column) => column.dateFormats && !column.dayMonthOrder)
    .filter((column) => inferDateFormats(sampleValues(analysis, column.column)).ambiguous)
    .map((column) => column.column);
}

/** Re-reads a date column under the day/month order the analyst chose. */
export function withDayMonthOrder(
  analysis: FileAnalysis,
  column: ColumnMapping,
  order: DayMonthOrder,
): ColumnMapping {
  const dates = inferDateFormats(sampleValues(analysis, column.column), order);
  return { ...column, dayMonthOrder: order, dateFormats: dates.formats.map((f) => f.id) };
}
