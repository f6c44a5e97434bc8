/**
 * The record id the mapping screen offers. With an id, next month's export replaces a
 * corrected record instead of adding it again beside the old one (a fingerprint of
 * the values cannot tell a correction from a new record). An id that repeats would
 * fold distinct records into one, so only a column the header names an id of, with a
 * value on every sampled row and no value twice, is offered. It is offered, never
 * chosen for the analyst: ids are not scoped by export, so two exports into one
 * dataset whose ids overlap (1, 2, 3…) would replace each other's records.
 */
import type { DatasetKind } from '../model/datasets';
import type { FileAnalysis } from './analyse-file';
import { datasetRuleField, FIELD_RULES } from './field-rules';
import { normalizeHeader } from './suggest';
import { presentValues } from './suggest-values';

/** Why a column is proposed as the record id. */
export interface RecordIdEvidence {
  readonly column: string;
  /** Sampled rows, each with its own value. */
  readonly rows: number;
}

/** Published figures are told apart by what they measure, not by a row number. */
const KEYED_BY_FIGURE: ReadonlySet<DatasetKind> = new Set(['aggregates', 'population']);

/** Fewer sampled rows than this prove nothing about an id. */
const FEWEST_ROWS = 2;

/**
 * The first column whose header names a record id; one the dataset's own rules take
 * for another field (a use-of-force `incident id`, shared by the reports of one
 * incident) only when no other column names an id.
 */
function idColumn(columns: readonly string[], dataset: DatasetKind): string | null {
  const named = columns.filter(
    (c) =>
      FIELD_RULES.find((r) => r.header.test(normalizeHeader(c)))?.field === 'record_key',
  );
  const own = named.filter((c) => !datasetRuleField(dataset, normalizeHeader(c)));
  return own[0] ?? named[0] ?? null;
}

/** The column the mapping screen offers as the record id, and why, or null. */
export function recordIdEvidence(
  analysis: FileAnalysis,
  dataset: DatasetKind,
): RecordIdEvidence | null {
  if (KEYED_BY_FIGURE.has(dataset)) return null;
  const named = idColumn(analysis.dialect.columnNames, dataset);
  if (!named) return null;
  const index = analysis.dialect.columnNames.indexOf(named);
  const values = analysis.sampleRows.map((row) => (row[index] ?? '').trim());
  const present = presentValues(values);
  const unique = new Set(present).size === values.length;
  if (values.length < FEWEST_ROWS || present.length !== values.length || !unique)
    return null;
  return { column: named, rows: values.length };
}

/** The mapping screen's line on why the id is offered and what choosing it does. */
export function recordIdReason(evidence: RecordIdEvidence): string {
  return (
    `“${evidence.column}” looks like a record id: it names an id and no value repeats ` +
    `in the ${evidence.rows.toLocaleString('en-US')} sampled rows. With it, a later ` +
    'file’s record with the same id replaces the earlier one, so a corrected record ' +
    'is not counted twice. Ids are not kept apart by export: choose it only if no ' +
    'other export into this dataset uses the same ids.'
  );
}
