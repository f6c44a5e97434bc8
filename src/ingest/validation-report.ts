/**
 * The report every import ends with: what was read, loaded and rejected, and every
 * value that did not fit, by line. Nothing is dropped without being listed: a record
 * with a value that does not fit stays loaded with that field NULL — a record whose
 * event date cannot be read too (it then counts in no month, and is listed here) —
 * and only the records DuckDB cannot split into fields are left out.
 */
import type { QueryRunner } from '../engine/query-runner';
import { quoteIdentifier as q, sql, type SqlValue } from '../model/sql';
import type { StageResult } from './stage-file';
import type { TransformPlan } from './transform-plan';
import {
  coverageFields,
  coverageSQL,
  dateIssuesSQL,
  duplicatesSQL,
} from './validation-sql';

import {
  REPORT_LIST_LIMIT,
  type DuplicateKey,
  type FieldCoverage,
  type IssueList,
  type ValidationReport,
} from './validation-types';
import { rejectReason } from './reject-reasons';

export { reportToCSV } from './validation-csv';
export * from './validation-types';

/** The tables an import's validation reads. */
export interface ValidationInput {
  readonly plan: TransformPlan;
  readonly importId: string;
  readonly stage: StageResult;
  readonly sourceTable: string;
  readonly rowsTable: string;
  readonly issuesTable: string;
  /** Work table the duplicate keys are written to, so they are grouped only once. */
  readonly duplicatesTable: string;
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
      list(reason ORDER BY column_position) AS reasons
    FROM ${q(stage.rejectsTable)} GROUP BY source_line`,
    [],
    'source_line',
    (r) => ({
      line: Number(r.source_line),
      column: r.column_name === null ? null : text(r.column_name),
      reason: (r.reasons as unknown[])
        .map((reason) => rejectReason(text(reason)))
        .join('; '),
    }),
  );
  // Grouping every key is the report's costliest query; its count and first items
  // are both read from one result.
  await runner.execute(`CREATE OR REPLACE TEMP TABLE ${q(input.duplicatesTable)} AS
${duplicatesSQL(plan, input.sourceTable, input.rowsTable)}`);
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
      `SELECT * FROM ${q(input.duplicatesTable)}`,
      [],
      'lines[1], key',
      (r) => ({
        key: text(r.key),
        lines: Array.isArray(r.lines) ? r.lines.map(Number) : [],
        resolution: resolutionOf(plan, text(r.key), r.figure === true),
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

function resolutionOf(
  plan: TransformPlan,
  key: string,
  figure: boolean,
): DuplicateKey['resolution'] {
  if (figure) return 'both figures kept';
  return plan.idColumn && !key.startsWith('fp:')
    ? 'later line kept'
    : 'kept as separate records';
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
