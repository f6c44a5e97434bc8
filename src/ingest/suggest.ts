/**
 * Suggests how an export maps to the canonical model: the dataset kind, and a field
 * for each column from its header and sample values, each with a confidence the
 * mapping screen shows. A suggestion is never applied without the user's say.
 *
 * A column no header rule knows but whose every value reads as a date is offered as
 * the record's date (the period start in aggregates), below any column whose header
 * names the date. In a wide aggregates file, count and percent columns are measures.
 */
import { DATASET_FIELDS, type DatasetKind } from '../model/datasets';
import { inferDateFormats, inferTimeFormat, type DateInference } from './date-formats';
import {
  FIELD_RULES,
  RECORD_DATE_FIELDS,
  recordDateField,
  type SuggestedField,
  type ValueShape,
} from './field-rules';
import { suggestKind, type ColumnEvidence } from './suggest-kind';
import {
  datesOfValues,
  isFlagValue,
  isNumberValue,
  measureKindOf,
  presentValues,
  share,
} from './suggest-values';

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
  /** Set on the count and percent columns of a wide aggregates file: one measure each. */
  readonly measure?: 'count' | 'rate';
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

const AGE =
  /^\d{1,3}$|^\d{1,3} *(-|–|to) *\d{1,3}$|^\d{1,3} *(\+|and (above|over|older))$/i;

/** A column whose values all read as dates, under a header no rule knows. */
const VALUE_DATE_WEIGHT = 0.6;

/** How much less a date named for another kind of record counts as this kind's date. */
const BORROWED_DATE_FACTOR = 0.5;

/** Share of present sample values that fit the shape a rule expects. */
function shapeFit(shape: ValueShape, values: readonly string[]): number {
  if (values.length === 0) return 0.5;
  if (shape === 'date') return inferDateFormats(values).matched / values.length;
  if (shape === 'year') return inferDateFormats(values).formats[0]?.id === 'year' ? 1 : 0;
  if (shape === 'time') return inferTimeFormat(values) ? 1 : 0;
  if (shape === 'flag') return share(values, isFlagValue);
  if (shape === 'integer') return share(values, (v) => /^\d+$/.test(v));
  if (shape === 'number') return share(values, isNumberValue);
  if (shape === 'age') return share(values, (v) => AGE.test(v));
  return 1;
}

/** Whole-number ages are `age`; bands such as `1 - 17` are `age_band`. */
function ageField(values: readonly string[]): SuggestedField {
  return share(values, (v) => /^\d{1,3}$/.test(v)) >= 0.5 ? 'age' : 'age_band';
}

/** A column's suggestion, with what the kind vote reads of it. */
interface Scored {
  readonly suggestion: ColumnSuggestion;
  readonly evidence: ColumnEvidence;
}

function scoreColumn(column: string, values: readonly string[]): Scored {
  const header = normalizeHeader(column);
  const present = presentValues(values);
  const rule = FIELD_RULES.find((r) => r.header.test(header));
  const base = { header, present, shape: rule?.shape ?? null };
  if (!rule) {
    const dates = datesOfValues(present);
    const field = dates ? 'occurred_on' : null;
    const confidence = dates ? VALUE_DATE_WEIGHT : 0;
    return {
      suggestion: { column, field, confidence, dates },
      evidence: { ...base, field, fit: dates ? 1 : 0, ...datedness(dates) },
    };
  }

  const fit = shapeFit(rule.shape, present);
  const field = rule.shape === 'age' ? ageField(present) : rule.field;
  const dates =
    rule.shape === 'date' || rule.shape === 'year' ? inferDateFormats(present) : null;
  // Values that do not fit halve the header's weight at worst; a match needs both.
  const confidence = Math.round(rule.weight * (0.5 + 0.5 * fit) * 100) / 100;
  return {
    suggestion: { column, field, confidence, dates },
    evidence: { ...base, field, fit, ...datedness(dates) },
  };
}

function datedness(dates: DateInference | null): { dated: boolean; timed: boolean } {
  const timed = !!dates && dates.formats.some((f) => f.hasTime);
  return { dated: !!dates && dates.matched > 0, timed };
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

/**
 * A record date field the kind lacks becomes the kind's own date field, but only as a
 * last resort: a booking export's `Release Date` must not outrank its `Booking Date`,
 * nor a date column no rule names (which is likelier the record's own).
 */
function withKindDate(s: ColumnSuggestion, kind: DatasetKind): ColumnSuggestion {
  const own = recordDateField(kind);
  if (!own || !s.field || s.field === own || !RECORD_DATE_FIELDS.has(s.field)) return s;
  const confidence = Math.round(s.confidence * BORROWED_DATE_FACTOR * 100) / 100;
  return { ...s, field: own, confidence };
}

const AGGREGATE_FIELDS = new Set([
  'program',
  'area',
  ...DATASET_FIELDS.aggregates.map((f) => f.name),
]);

/**
 * In a wide aggregates file (no column holds the value), each count or percent
 * column with no aggregates field is one measure.
 */
function withMeasures(
  columns: readonly ColumnSuggestion[],
  evidence: readonly ColumnEvidence[],
): ColumnSuggestion[] {
  if (columns.some((c) => c.field === 'value')) return [...columns];
  const measured = columns.map((c, i) => {
    const e = evidence[i];
    const free = !c.field || !AGGREGATE_FIELDS.has(c.field);
    const measure =
      e && free && c.field !== 'record_key' && measureKindOf(e.header, e.present);
    return measure ? { ...c, field: null, confidence: 0, measure } : c;
  });
  // Measure columns name each record's measure, so a `category` column cannot too.
  if (!measured.some((c) => c.measure)) return measured;
  return measured.map((c) =>
    c.field === 'measure' ? { ...c, field: null, confidence: 0 } : c,
  );
}

/** Suggests the dataset kind and each column's field from headers and sample rows. */
export function suggestMapping(
  columnNames: readonly string[],
  sampleRows: readonly (readonly string[])[],
): MappingSuggestion {
  const scored = columnNames.map((column, index) =>
    scoreColumn(
      column,
      sampleRows.map((row) => row[index] ?? ''),
    ),
  );
  const evidence = scored.map((s) => s.evidence);
  const { kind, confidence } = suggestKind(evidence);
  const fields = oneColumnPerField(scored.map((s) => withKindDate(s.suggestion, kind)));
  const columns = kind === 'aggregates' ? withMeasures(fields, evidence) : fields;
  return { kind, kindConfidence: confidence, columns };
}
