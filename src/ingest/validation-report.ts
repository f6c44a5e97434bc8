/**
 * The report every import ends with: what was read, loaded and rejected, and every
 * value that did not fit, by line. Nothing is dropped without being listed: a record
 * with a value that does not fit stays loaded with that field NULL — a record whose
 * event date cannot be read too (it then counts in no month, and is listed here) —
 * and only the records DuckDB cannot split into fields are left out.
 */
import type { QueryRunner } from '../engine/query-runner';
import type { DatasetKind } from '../model/datasets';
import { quoteIdentifier as q, sql, type SqlValue } from '../model/sql';
import type { MergeCounts } from './merge-records';
import type { StageResult } from './stage-file';
import type { TransformPlan } from './transform-plan';
import {
  coverageFields,
  coverageSQL,
  dateIssuesSQL,
  duplicatesSQL,
} from './validation-sql';

export { reportToCSV } from './validation-csv';

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

/** A record key found on more than one row of the file. */
export interface DuplicateKey {
  readonly key: string;
  readonly lines: readonly number[];
  /** `later line kept` for an id seen twice; identical rows without an id are all kept. */
  readonly resolution: 'later line kept' | 'kept as separate records';
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

/** The tables an import's validation reads. */
export interface ValidationInput {
  readonly plan: TransformPlan;
  readonly importId: string;
  readonly stage: StageResult;
  readonly sourceTable: string;
  readonly rowsTable: string;
  readonly issuesTable: string;
  /** Local calendar date `YYYY-MM-DD` after which a date is in the future. */
  readonly today: string;
}

async function issueList<T>(
  runner: QueryRunner,
  from: string,
  params: readonly SqlValue[],
  order: string,
  shape: (row: Record<string, unknown>) => T,
): Promise<IssueList<T>> {
  const [total] = await runner.rows(sql(`SELECT count(*) AS n FROM (${from})`, params));
  const rows = await runner.rows(
    sql(`SELECT * FROM (${from}) ORDER BY ${order} LIMIT ${REPORT_LIST_LIMIT}`, params),
  );
  return { count: Number(total?.n ?? 0), items: rows.map(shape) };
}

const text = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : '';

/** Builds the report of an import from its staged, source, canonical and issue tables. */
export async function buildValidationReport(
  runner: QueryRunner,
  input: ValidationInput,
): Promise<ValidationReport> {
  const { plan, stage } = input;
  const [built] = await runner.rows(
    sql(`SELECT count(*) AS n FROM ${q(input.rowsTable)}`),
  );
  const rejected = await issueList(
    runner,
    `SELECT source_line, any_value(column_name ORDER BY column_position) AS column_name,
      string_agg(reason, '; ' ORDER BY column_position) AS reason
    FROM ${q(stage.rejectsTable)} GROUP BY source_line`,
    [],
    'source_line',
    (r) => ({
      line: Number(r.source_line),
      column: r.column_name === null ? null : text(r.column_name),
      reason: text(r.reason),
    }),
  );
  const dates = `SELECT * FROM (${dateIssuesSQL(plan, input.rowsTable)})`;
  const dateParams = [input.today, plan.mapping.earliestPlausibleDate];
  const dateIssue = (r: Record<string, unknown>) => ({
    line: Number(r.source_line),
    field: text(r.field),
    value: text(r.value),
  });

  return {
    importId: input.importId,
    dataset: plan.mapping.dataset,
    rowsRead: stage.rowsStaged + stage.rowsRejected,
    rowsStaged: stage.rowsStaged,
    recordsBuilt: Number(built?.n ?? 0),
    rejected,
    shortRows: { count: stage.shortRows.count, items: stage.shortRows.firstLines },
    unfitValues: await issueList(
      runner,
      `SELECT * FROM ${q(input.issuesTable)}`,
      [],
      'source_line, column_name',
      (r) => ({
        line: Number(r.source_line),
        column: text(r.column_name),
        field: text(r.field),
        value: text(r.value),
        reason: text(r.reason),
      }),
    ),
    coverage: await coverage(runner, plan, input.rowsTable),
    outsideMapping: await issueList(
      runner,
      `SELECT column_name, field, value, count(*) AS n FROM ${q(input.issuesTable)}
        WHERE outside GROUP BY ALL`,
      [],
      'n DESC, column_name, value',
      (r) => ({
        column: text(r.column_name),
        field: text(r.field),
        value: text(r.value),
        count: Number(r.n),
      }),
    ),
    futureDates: await issueList(
      runner,
      `${dates} WHERE kind = 'future'`,
      dateParams,
      'source_line, field',
      dateIssue,
    ),
    earlyDates: await issueList(
      runner,
      `${dates} WHERE kind = 'early'`,
      dateParams,
      'source_line, field',
      dateIssue,
    ),
    duplicates: await issueList(
      runner,
      duplicatesSQL(plan, input.sourceTable),
      [],
      'lines[1]',
      (r) => ({
        key: text(r.key),
        lines: Array.isArray(r.lines) ? r.lines.map(Number) : [],
        resolution:
          plan.idColumn && !text(r.key).startsWith('fp:')
            ? 'later line kept'
            : 'kept as separate records',
      }),
    ),
    missingKeys: await issueList(
      runner,
      `SELECT DISTINCT source_line FROM ${q(input.sourceTable)} WHERE key_missing`,
      [],
      'source_line',
      (r) => Number(r.source_line),
    ),
    merge: null,
  };
}

async function coverage(
  runner: QueryRunner,
  plan: TransformPlan,
  rowsTable: string,
): Promise<FieldCoverage[]> {
  const [row] = await runner.rows(sql(coverageSQL(plan, rowsTable)));
  const total = Number(row?.total ?? 0);
  return coverageFields(plan).map((field, i) => {
    const present = Number(row?.[`n${i}`] ?? 0);
    const percent = total === 0 ? 0 : Math.round((present / total) * 1000) / 10;
    return { field, present, total, percent };
  });
}
