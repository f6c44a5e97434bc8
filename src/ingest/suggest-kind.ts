/**
 * Chooses an export's dataset kind. A table of whole-number counts with nothing that
 * belongs to one person or event is aggregates, whatever its headers name; otherwise
 * keywords in the headers vote. A yes/no column does not vote: `use_of_force` over
 * Y/N values is a field of a record (a contact), not a record of force, so its
 * keywords say what the field is, not what the dataset is.
 */
import type { DatasetKind } from '../model/datasets';
import {
  COUNT_HEADER,
  KIND_KEYWORDS,
  RECORD_LEVEL_FIELDS,
  type ValueShape,
} from './field-rules';
import { isCountColumn, isFlagColumn, isNumberColumn } from './suggest-values';

/** What the kind vote reads of one column. */
export interface ColumnEvidence {
  /** The header, normalised. */
  readonly header: string;
  /** Sample values, trimmed, missing ones left out. */
  readonly present: readonly string[];
  readonly field: string | null;
  /** The shape the field's rule expects, and the share of values that fit it. */
  readonly shape: ValueShape | null;
  readonly fit: number;
  /** The header or the values make it a date column; timed when with a time of day. */
  readonly dated: boolean;
  readonly timed: boolean;
}

/** The suggested kind, and the share of the evidence that points to it. */
export interface KindSuggestion {
  readonly kind: DatasetKind;
  readonly confidence: number;
}

const round = (value: number) => Math.round(value * 100) / 100;

const isFlag = (c: ColumnEvidence) =>
  (c.shape === 'flag' && c.fit >= 0.8) || isFlagColumn(c.present);

/** A column only a record of one person or event has. */
function isRecordLevel(c: ColumnEvidence): boolean {
  if (isFlag(c) || c.timed) return true;
  return !!c.field && RECORD_LEVEL_FIELDS.has(c.field) && c.fit >= 0.5;
}

/**
 * Share of the numeric columns that are counts named like measures, when they are
 * most of them and nothing is record-level; 0 otherwise.
 */
function countShare(columns: readonly ColumnEvidence[]): number {
  if (columns.some(isRecordLevel)) return 0;
  const numeric = columns.filter(
    (c) => !c.dated && c.field !== 'record_key' && isNumberColumn(c.present),
  );
  const counts = numeric.filter(
    (c) => COUNT_HEADER.test(c.header) && isCountColumn(c.header, c.present),
  );
  return counts.length > 0 && counts.length * 2 > numeric.length
    ? counts.length / numeric.length
    : 0;
}

/** Votes of one column's header keywords; a flag column's keywords name its field. */
function votesOf(c: ColumnEvidence): [DatasetKind, number][] {
  if (isFlag(c)) return [];
  return (Object.keys(KIND_KEYWORDS) as DatasetKind[]).flatMap((kind) =>
    KIND_KEYWORDS[kind]
      .filter(([pattern]) => pattern.test(c.header))
      .map(([, weight]): [DatasetKind, number] => [kind, weight]),
  );
}

function keywordVote(columns: readonly ColumnEvidence[]): KindSuggestion {
  // Seeded in KIND_KEYWORDS order, so a tie goes to the kind listed first.
  const scores = new Map(Object.keys(KIND_KEYWORDS).map((k) => [k as DatasetKind, 0]));
  for (const [kind, weight] of columns.flatMap(votesOf))
    scores.set(kind, (scores.get(kind) ?? 0) + weight);
  const total = [...scores.values()].reduce((sum, score) => sum + score, 0);
  const [top] = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  if (!top || total === 0) return { kind: 'contacts', confidence: 0 };
  return { kind: top[0], confidence: round(top[1] / total) };
}

/** Suggests the dataset kind from what each column's header and values say. */
export function suggestKind(columns: readonly ColumnEvidence[]): KindSuggestion {
  const counts = countShare(columns);
  if (counts > 0) return { kind: 'aggregates', confidence: round(counts) };
  return keywordVote(columns);
}
