/**
 * What must be settled before a mapping can import: each problem in the analyst's
 * words, so the mapping screen can say it before anything is read.
 */
import {
  datasetColumns,
  FIELD_VOCABULARIES,
  RECORD_DATE_FROM,
  type ColumnType,
} from '../model/datasets';
import type { ImportMapping } from './import-mapping';

const DATE_FIELDS_BY_DATASET = {
  releases: ['released_on', 'release_fiscal_year'],
  aggregates: ['period_start'],
  population: ['year'],
} as const;

function requiredDateFields(mapping: ImportMapping): readonly string[] {
  const special =
    DATE_FIELDS_BY_DATASET[mapping.dataset as keyof typeof DATE_FIELDS_BY_DATASET];
  if (special) return special;
  if (!datasetColumns(mapping.dataset).some((field) => field.name === 'occurred_on'))
    return [];
  const fallback = RECORD_DATE_FROM[mapping.dataset];
  return ['occurred_on', 'occurred_at', ...(fallback ? [fallback] : [])];
}

const mappedFields = (mapping: ImportMapping) =>
  new Set(
    mapping.columns.flatMap((column) =>
      column.target.kind === 'field' ? [column.target.field] : [],
    ),
  );

/** True for an IANA zone name the platform knows, such as America/Chicago. */
function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone.trim() !== '';
  } catch {
    return false;
  }
}

/** Problems that stop the import; empty when it can go ahead. */
export function mappingProblems(mapping: ImportMapping): string[] {
  const problems: string[] = [];
  for (const column of mapping.columns) {
    if (column.dateFormats && column.dateFormats.length === 0) {
      problems.push(`Choose the date format of “${column.column}”.`);
    }
  }
  const fields = mappedFields(mapping);
  const fixed = new Set(Object.keys(mapping.constants ?? {}));
  const dates = requiredDateFields(mapping);
  // A date fixed for the whole file (a one-day extract) dates every record too.
  const dated = (field: string) => fields.has(field) || fixed.has(field);
  if (dates.length > 0 && !dates.some(dated)) {
    const choices =
      dates.length === 1
        ? dates[0]
        : `${dates.slice(0, -1).join(', ')} or ${dates.at(-1)}`;
    problems.push(`Map a column to ${choices}: every record needs its date.`);
  }
  // A suggested fixed value (a follow-up) stays when the analyst maps a column too.
  for (const field of Object.keys(mapping.constants ?? {}).filter((f) => fields.has(f))) {
    problems.push(
      `\`${field}\` has both a column and a fixed value: remove one of them.`,
    );
  }
  if (!isKnownTimeZone(mapping.timeZone)) {
    problems.push(
      `“${mapping.timeZone}” is not a time zone name: use one such as America/Chicago.`,
    );
  }
  if (mapping.program.kind === 'whole-file' && mapping.program.program.trim() === '') {
    problems.push('Name the program these records belong to.');
  }
  problems.push(...vocabularyProblems(mapping), ...constantProblems(mapping));
  return problems;
}

const CONSTANT_FORMS: Partial<Record<ColumnType, [RegExp, string]>> = {
  DATE: [/^\d{4}-\d{2}-\d{2}$/, 'a date written 2024-01-31'],
  TIMESTAMP: [
    /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2})?$/,
    'a time written 2024-01-31 14:05',
  ],
  INTEGER: [/^-?\d+$/, 'a whole number'],
  DOUBLE: [/^-?\d+(\.\d+)?$/, 'a number'],
};

/** Whether a text is a real calendar date (2024-02-30 is not). */
function isCalendarDate(text: string): boolean {
  const day = new Date(`${text.slice(0, 10)}T00:00:00Z`);
  return (
    !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text.slice(0, 10)
  );
}

/** Fixed values that would fail the whole import when cast to their field's type. */
function constantProblems(mapping: ImportMapping): string[] {
  const types = new Map(datasetColumns(mapping.dataset).map((f) => [f.name, f.type]));
  return Object.entries(mapping.constants ?? {}).flatMap(([field, value]) => {
    const type = types.get(field);
    const form = type && CONSTANT_FORMS[type];
    if (!form || typeof value !== 'string') return [];
    const text = value.trim();
    const dateLike = type === 'DATE' || type === 'TIMESTAMP';
    if (form[0].test(text) && (!dateLike || isCalendarDate(text))) return [];
    return [`The fixed value of \`${field}\`, “${value}”, is not ${form[1]}.`];
  });
}

/** Values mapped (say in an edited profile file) to a word outside the field's list. */
function vocabularyProblems(mapping: ImportMapping): string[] {
  return mapping.columns.flatMap((column) => {
    const field = column.target.kind === 'field' ? column.target.field : '';
    const vocabulary = FIELD_VOCABULARIES[field];
    if (!vocabulary || !column.valueMap) return [];
    return Object.entries(column.valueMap)
      .filter(([, to]) => !vocabulary.includes(to))
      .map(
        ([from, to]) =>
          `“${column.column}” maps “${from}” to “${to}”, which is not ` +
          `one of ${vocabulary.join(', ')}.`,
      );
  });
}

const columnsTo = (mapping: ImportMapping, fields: readonly string[]) =>
  mapping.columns
    .filter((c) => c.target.kind === 'field' && fields.includes(c.target.field))
    .map((c) => `“${c.column}”`);

/**
 * Which age source wins when a mapping has both an exact age and a band, said so the
 * analyst sees it before importing (transform-plan.ts reads them in this order).
 */
export function ageSourceNote(mapping: ImportMapping): string | null {
  const exact = columnsTo(mapping, ['age']);
  const bands = columnsTo(mapping, ['age_band', 'age_min', 'age_max']);
  if (exact.length === 0 || bands.length === 0) return null;
  return (
    `Where a record has both, its exact age in ${exact.join(', ')} wins over the band ` +
    `in ${bands.join(', ')}; the band is used when the age is empty.`
  );
}
