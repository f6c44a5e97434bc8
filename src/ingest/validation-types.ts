/**
 * The shape of an import's validation report, plain JSON so the app can keep it in
 * the import log and the mapping screen can show it.
 */
import type { DatasetKind } from '../model/datasets';
import type { MergeCounts } from './merge-records';

/** Rows of one kind of issue kept in the report; counts stay exact beyond it. */
export const REPORT_LIST_LIMIT = 1000;

/** An exact count and the first items, in line order. */
export interface IssueList<T> {
  readonly count: number;
  readonly items: readonly T[];
}

/** A record DuckDB could not read (too many fields, a broken quote). */
export interface RejectedRecord {
  readonly line: number;
  readonly column: string | null;
  readonly reason: string;
}

/** A present value that converts to NULL in its field. */
export interface UnfitValue {
  readonly line: number;
  readonly column: string;
  readonly field: string;
  readonly value: string;
  readonly reason: string;
}

/** Share of records with a value in a canonical field. */
export interface FieldCoverage {
  readonly field: string;
  readonly present: number;
  readonly total: number;
  /** 0 to 100, one decimal; 0 when there are no records. */
  readonly percent: number;
}

/** A flag, category or area value the mapping does not list, and how often it occurs. */
export interface OutsideValue {
  readonly column: string;
  readonly field: string;
  readonly value: string;
  readonly count: number;
}

/** A date after today, or before the earliest plausible date. */
export interface DateIssue {
  readonly line: number;
  readonly field: string;
  readonly value: string;
}

/**
 * A record key found on more than one row of the file, or (aggregates) one published
 * figure given on more than one row, keyed `measure · period start · grain · area ·
 * group · program` with the empty parts left out.
 */
export interface DuplicateKey {
  readonly key: string;
  readonly lines: readonly number[];
  /**
   * `later line kept` for an id seen twice; identical rows without an id are all kept;
   * both records of a figure given twice are kept, for the analyst to settle.
   */
  readonly resolution:
    'later line kept' | 'kept as separate records' | 'both figures kept';
}

/** What one import read, loaded and found. */
export interface ValidationReport {
  readonly importId: string;
  readonly dataset: DatasetKind;
  /** Data records in the file: staged plus rejected. */
  readonly rowsRead: number;
  readonly rowsStaged: number;
  /** Canonical records the staged rows became (split cells and measures add records). */
  readonly recordsBuilt: number;
  readonly rejected: IssueList<RejectedRecord>;
  /** Records with fewer fields than the header: loaded, the missing cells empty. */
  readonly shortRows: IssueList<number>;
  readonly unfitValues: IssueList<UnfitValue>;
  readonly coverage: readonly FieldCoverage[];
  /** Count is the number of distinct values; items carry each value's rows. */
  readonly outsideMapping: IssueList<OutsideValue>;
  readonly futureDates: IssueList<DateIssue>;
  readonly earlyDates: IssueList<DateIssue>;
  readonly duplicates: IssueList<DuplicateKey>;
  /** Lines whose record id is empty: keyed by a fingerprint instead. */
  readonly missingKeys: IssueList<number>;
  /** Set once the records are merged into the dataset. */
  readonly merge: MergeCounts | null;
}
