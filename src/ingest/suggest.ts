/**
 * Suggests how an export maps to the canonical model: the dataset kind, and a field
 * for each column from its header and sample values, each with a confidence the
 * mapping screen shows. A suggestion is never applied without the user's say.
 */
import type { DatasetKind } from '../model/datasets';
import { inferDateFormats, inferTimeFormat, type DateInference } from './date-formats';
import {
  FIELD_RULES,
  KIND_KEYWORDS,
  type SuggestedField,
  type ValueShape,
} from './field-rules';
import { isMissingText } from './missing';
import { DEFAULT_FLAG_VALUES } from './values';

export type { SuggestedField } from './field-rules';

/** The suggestion for one column. */
export interface ColumnSuggestion {
  readonly column: string;
  /** Canonical field, `age_band`, `time_of_day`, or null when nothing fits. */
  readonly field: SuggestedField | null;
  /** 0 to 1: how far the header and the sample values agree with the field. */
  readonly confidence: number;
  /** What the sample says about the dates, for date fields. */
  readonly dates: DateInference | null;
}

/** The suggested dataset kind and column fields. */
export interface MappingSuggestion {
  readonly kind: DatasetKind;
  readonly kindConfidence: number;
  readonly columns: readonly ColumnSuggestion[];
}

/** Lower-cases a header and turns camelCase and punctuation into single spaces. */
export function normalizeHeader(header: string): string {
  return header
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const FLAGS = new Set([
  ...DEFAULT_FLAG_VALUES.trueValues,
  ...DEFAULT_FLAG_VALUES.falseValues,
]);
const AGE =
  /^\d{1,3}$|^\d{1,3} *(-|–|to) *\d{1,3}$|^\d{1,3} *(\+|and (above|over|older))$/i;
const NUMBER = /^[-+]?[$€£]?\s?(\d+|\d{1,3}(,\d{3})+)?(\.\d*)?(e[-+]?\d+)?%?$/i;

function share(values: readonly string[], test: (value: string) => boolean): number {
  return values.length === 0 ? 0 : values.filter(test).length / values.length;
}

/** Share of present sample values that fit the shape a rule expects. */
function shapeFit(shape: ValueShape, values: readonly string[]): number {
  if (values.length === 0) return 0.5;
  if (shape === 'date') return inferDateFormats(values).matched / values.length;
  if (shape === 'year') return inferDateFormats(values).formats[0]?.id === 'year' ? 1 : 0;
  if (shape === 'time') return inferTimeFormat(values) ? 1 : 0;
  if (shape === 'flag') return share(values, (v) => FLAGS.has(v.toUpperCase()));
  if (shape === 'integer') return share(values, (v) => /^\d+$/.test(v));
  if (shape === 'number') return share(values, (v) => NUMBER.test(v));
  if (shape === 'age') return share(values, (v) => AGE.test(v));
  return 1;
}

/** Whole-number ages are `age`; bands such as `1 - 17` are `age_band`. */
function ageField(values: readonly string[]): SuggestedField {
  return share(values, (v) => /^\d{1,3}$/.test(v)) >= 0.5 ? 'age' : 'age_band';
}

function suggestColumn(column: string, values: readonly string[]): ColumnSuggestion {
  const header = normalizeHeader(column);
  const present = values.map((v) => v.trim()).filter((v) => !isMissingText(v));
  const rule = FIELD_RULES.find((r) => r.header.test(header));
  if (!rule) return { column, field: null, confidence: 0, dates: null };

  const fit = shapeFit(rule.shape, present);
  const field = rule.shape === 'age' ? ageField(present) : rule.field;
  const dates =
    rule.shape === 'date' || rule.shape === 'year' ? inferDateFormats(present) : null;
  // Values that do not fit halve the header's weight at worst; a match needs both.
  const confidence = Math.round(rule.weight * (0.5 + 0.5 * fit) * 100) / 100;
  return { column, field, confidence, dates };
}

/** Keeps each field on its most confident column; the others get no field. */
function oneColumnPerField(suggestions: readonly ColumnSuggestion[]): ColumnSuggestion[] {
  const best = new Map<string, ColumnSuggestion>();
  for (const s of suggestions) {
    const current = s.field ? best.get(s.field) : undefined;
    if (s.field && (!current || s.confidence > current.confidence)) best.set(s.field, s);
  }
  return suggestions.map((s) =>
    s.field && best.get(s.field) !== s ? { ...s, field: null, confidence: 0 } : s,
  );
}

function suggestKind(headers: readonly string[]): {
  kind: DatasetKind;
  confidence: number;
} {
  const scores = (Object.keys(KIND_KEYWORDS) as DatasetKind[]).map((kind) => ({
    kind,
    score: KIND_KEYWORDS[kind].reduce(
      (sum, [pattern, weight]) =>
        sum + weight * headers.filter((h) => pattern.test(h)).length,
      0,
    ),
  }));
  const total = scores.reduce((sum, s) => sum + s.score, 0);
  const [top] = [...scores].sort((a, b) => b.score - a.score);
  if (!top || total === 0) return { kind: 'contacts', confidence: 0 };
  return { kind: top.kind, confidence: Math.round((top.score / total) * 100) / 100 };
}

/** Suggests the dataset kind and each column's field from headers and sample rows. */
export function suggestMapping(
  columnNames: readonly string[],
  sampleRows: readonly (readonly string[])[],
): MappingSuggestion {
  const columns = columnNames.map((column, index) =>
    suggestColumn(
      column,
      sampleRows.map((row) => row[index] ?? ''),
    ),
  );
  const { kind, confidence } = suggestKind(columnNames.map(normalizeHeader));
  return { kind, kindConfidence: confidence, columns: oneColumnPerField(columns) };
}
