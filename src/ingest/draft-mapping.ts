/**
 * Turns a suggestion into a first mapping for the analyst to confirm: every column
 * gets a target, date columns their inferred formats, flags the usual spellings.
 */
import { DATASET_FIELDS, datasetColumns, type DatasetKind } from '../model/datasets';
import type { FileAnalysis } from './analyse-file';
import type { DayMonthOrder } from './date-catalog';
import { inferDateFormats, inferTimeFormat } from './date-formats';
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
    // An ambiguous column keeps the month-first reading until the analyst says.
    const dates = inferDateFormats(values);
    return { column, target, dateFormats: dates.formats.map((format) => format.id) };
  }
  if (field === 'time_of_day') {
    return { column, target, timeFormat: inferTimeFormat(values) ?? 'clock' };
  }
  if (type === 'BOOLEAN') return { column, target, flagValues: DEFAULT_FLAG_VALUES };
  return { column, target };
}

/** A first mapping from the suggestion: the analyst confirms or corrects every part. */
export function draftMapping(
  analysis: FileAnalysis,
  timeZone: string,
  dataset: DatasetKind = analysis.suggestion.kind,
): ImportMapping {
  const allowed = new Set(targetFields(dataset));
  const columns = analysis.suggestion.columns.map(({ column, field }) =>
    field && allowed.has(field)
      ? columnReading(analysis, dataset, column, field)
      : { column, target: { kind: 'extra' } as const },
  );
  const hasProgram = columns.some(
    (column) => column.target.kind === 'field' && column.target.field === 'program',
  );
  return {
    dataset,
    columns,
    recordIdColumn: null,
    program: hasProgram
      ? { kind: 'column' }
      : { kind: 'whole-file', program: analysis.fileName.replace(/\.[^.]+$/, '') },
    timeZone,
    earliestPlausibleDate: '1990-01-01',
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
