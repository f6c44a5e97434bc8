/**
 * Reads an ImportMapping into a plan the SQL builders share: which staged columns are
 * used (under generated names, so no header reaches SQL twice), the expression of
 * every canonical field, the checks for values that do not fit, and the extras.
 */
import {
  datasetColumns,
  RECORD_DATE_FROM,
  WRITTEN_BESIDE,
  type FieldSpec,
} from '../model/datasets';
import { quoteLiteral } from '../model/sql';
import { DATE_FORMATS } from './date-catalog';
import { combineDateTimeSQL, type LocalZone } from './date-sql';
import { ImportError } from './import-errors';
import type { ColumnMapping, ImportMapping } from './import-mapping';
import {
  ageValues,
  timeOfDayValue,
  typedValue,
  type ColumnValues,
  type ValueCheck,
} from './transform-fields';
import { offsetSpans } from './utc-offsets';
import { codeSQL } from './values';
import { measureFields, programRule } from './transform-rules';

/** A mapping read into SQL parts. */
export interface TransformPlan {
  readonly mapping: ImportMapping;
  /** Staged column names in use; the i-th is `c<i>` in the source rows. */
  readonly columns: readonly string[];
  /** Expression of each canonical field the file fills, over the source rows. */
  readonly fields: ReadonlyMap<string, string>;
  readonly checks: readonly ValueCheck[];
  /** Extra attributes: staged name and its generated reference. */
  readonly extras: readonly { readonly column: string; readonly ref: string }[];
  /** Column holding the record id, or null when records are fingerprinted. */
  readonly idColumn: string | null;
}

const AGE_ROLES = new Set(['age', 'age_band']);

/**
 * Age sources in the order a record's age fields are read: an exact age beats a
 * band, and a band column beats separate age_min / age_max columns. Each field takes
 * the first source that gives it a value (an exact age 19 is also the band 19–19).
 */
const AGE_SOURCE_RANK: Readonly<Record<string, number>> = {
  age: 0,
  age_band: 1,
  age_min: 2,
  age_max: 2,
};
const AGE_FIELDS = ['age', 'age_min', 'age_max'];

/** First year whose offsets are written into the SQL; earlier stamps use its offset. */
const FIRST_ZONE_YEAR = 1990;

/** The agency zone's offsets, computed only when a column holds UTC stamps. */
function zoneOf(mapping: ImportMapping): LocalZone | undefined {
  const utc = mapping.columns.some((c) =>
    (c.dateFormats ?? []).some((id) => DATE_FORMATS[id].utc),
  );
  if (!utc) return undefined;
  return offsetSpans(mapping.timeZone, FIRST_ZONE_YEAR, new Date().getFullYear() + 1);
}

const mappingError = (message: string) => new ImportError('load-failed', message);

function idColumnOf(mapping: ImportMapping): string | null {
  const keyed = mapping.columns.find(
    (c) => c.target.kind === 'field' && c.target.field === 'record_key',
  );
  if (mapping.recordIdColumn && keyed && keyed.column !== mapping.recordIdColumn)
    throw mappingError('Two columns are named as the record id; keep one.');
  return mapping.recordIdColumn ?? keyed?.column ?? null;
}

function usedColumns(mapping: ImportMapping, idColumn: string | null): string[] {
  const names = mapping.columns
    .filter((c) => c.target.kind !== 'ignore')
    .map((c) => c.column);
  if (idColumn) names.push(idColumn);
  for (const m of mapping.measures ?? []) names.push(m.column);
  return [...new Set(names)];
}

function valuesOf(
  column: ColumnMapping,
  field: string,
  specs: ReadonlyMap<string, FieldSpec>,
  ref: string,
  zone: LocalZone | undefined,
): ColumnValues {
  if (field === 'time_of_day') return timeOfDayValue(column, ref);
  if (AGE_ROLES.has(field)) {
    if (!specs.has('age_min'))
      throw mappingError(`The dataset has no age; map \`${column.column}\` as an extra.`);
    return ageValues(column, ref);
  }
  const spec = specs.get(field);
  if (!spec)
    throw mappingError(
      `\`${field}\` is not a field of ${column.column}'s dataset; choose another field.`,
    );
  return typedValue(column, spec, ref, zone);
}

/** Reads a mapping into a plan; a mapping that cannot be imported throws ImportError. */
export function planTransform(
  mapping: ImportMapping,
  zone: LocalZone | undefined = zoneOf(mapping),
): TransformPlan {
  const idColumn = idColumnOf(mapping);
  const columns = usedColumns(mapping, idColumn);
  const ref = (name: string) => `c${columns.indexOf(name)}`;
  const specs = new Map(datasetColumns(mapping.dataset).map((f) => [f.name, f]));
  const fields = new Map<string, string>();
  const checks: ValueCheck[] = [];
  const extras: TransformPlan['extras'][number][] = [];
  const ages = new Map<string, string>();

  for (const column of mapping.columns) {
    const { target } = column;
    if (target.kind === 'extra')
      extras.push({ column: column.column, ref: ref(column.column) });
    if (target.kind !== 'field' || target.field === 'record_key') continue;
    const { values, check } = valuesOf(
      column,
      target.field,
      specs,
      ref(column.column),
      zone,
    );
    const rank = AGE_SOURCE_RANK[target.field];
    for (const value of values)
      setOnce(rank === undefined ? fields : ages, ageKey(value.field, rank), value.sql);
    if (check) checks.push(check);
  }
  for (const field of AGE_FIELDS) {
    const sources = [0, 1, 2].flatMap((rank) => ages.get(ageKey(field, rank)) ?? []);
    if (sources.length > 0) fields.set(field, coalesceSQL(sources));
  }

  const measures = measureFields(mapping, ref);
  for (const [field, value] of measures.fields) setOnce(fields, field, value);
  checks.push(...measures.checks);
  addConstants(mapping, specs, fields);
  keepWrittenBeside(mapping, specs, fields, ref);
  deriveWhen(fields, RECORD_DATE_FROM[mapping.dataset]);

  const areaColumn = mapping.columns.find(
    (c) => c.target.kind === 'field' && c.target.field === 'area',
  );
  const program = programRule(
    mapping,
    fields,
    areaColumn ? ref(areaColumn.column) : null,
  );
  fields.set('program', program.sql);
  if (program.check) checks.push(program.check);
  return { mapping, columns, fields, checks, extras, idColumn };
}

/** Fills a fixed-list field's companion with its column's text (WRITTEN_BESIDE). */
function keepWrittenBeside(
  mapping: ImportMapping,
  specs: ReadonlyMap<string, FieldSpec>,
  fields: Map<string, string>,
  ref: (column: string) => string,
): void {
  for (const column of mapping.columns) {
    if (column.target.kind !== 'field') continue;
    const beside = WRITTEN_BESIDE[column.target.field];
    if (beside && specs.has(beside) && !fields.has(beside))
      fields.set(beside, codeSQL(ref(column.column)));
  }
}

/** An age field of one source rank; two sources of one rank still clash. */
const ageKey = (field: string, rank: number | undefined) =>
  rank === undefined ? field : `${field}\u0000${rank}`;

const coalesceSQL = (sources: readonly string[]) =>
  sources.length === 1 ? (sources[0] ?? 'NULL') : `coalesce(${sources.join(', ')})`;

function setOnce(fields: Map<string, string>, key: string, value: string): void {
  if (fields.has(key)) {
    const [field] = key.split('\u0000');
    throw mappingError(`Two columns fill \`${field}\`; keep one of them.`);
  }
  fields.set(key, value);
}

function constantSQL(value: string | number | boolean, spec: FieldSpec): string {
  if (typeof value === 'number' && !Number.isFinite(value))
    throw mappingError(`${value} cannot be stored in \`${spec.name}\`.`);
  const literal =
    typeof value === 'string' ? quoteLiteral(value) : String(value).toUpperCase();
  return `CAST(${literal} AS ${spec.type})`;
}

function addConstants(
  mapping: ImportMapping,
  specs: ReadonlyMap<string, FieldSpec>,
  fields: Map<string, string>,
): void {
  for (const [field, value] of Object.entries(mapping.constants ?? {})) {
    const spec = specs.get(field);
    if (!spec) throw mappingError(`\`${field}\` is not a field of the dataset.`);
    if (fields.has(field))
      throw mappingError(`\`${field}\` has both a column and a fixed value; keep one.`);
    fields.set(field, constantSQL(value, spec));
  }
}

/**
 * A time of day joins the date into occurred_at; a local time alone gives the date;
 * with neither, the dataset's dating field (a call's received_at) stands for both.
 */
function deriveWhen(fields: Map<string, string>, dateFrom: string | undefined): void {
  const time = fields.get('time_of_day');
  fields.delete('time_of_day');
  const date = fields.get('occurred_on');
  if (time && !date)
    throw mappingError('A time of day needs the date column it belongs to; map one.');
  if (time && date && !fields.has('occurred_at'))
    fields.set('occurred_at', combineDateTimeSQL(date, time));
  const fallback = dateFrom === undefined ? undefined : fields.get(dateFrom);
  if (!date && !fields.has('occurred_at') && fallback)
    fields.set('occurred_at', fallback);
  const at = fields.get('occurred_at');
  if (at && !date) fields.set('occurred_on', `CAST(${at} AS DATE)`);
}
