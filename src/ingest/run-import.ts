/**
 * One import from file to dataset: stage the file, build its canonical rows, validate
 * them and merge them into the dataset's table. All or nothing: the transform and the
 * merge run in one transaction, so a failed or cancelled import leaves every
 * canonical table exactly as it was; the staging and work tables are dropped either way.
 */
import type { QueryRunner } from '../engine/query-runner';
import type { DatasetKind } from '../model/datasets';
import { quoteIdentifier as q } from '../model/sql';
import type { TextEncodingName } from './decode';
import { ImportError } from './import-errors';
import type { ImportMapping } from './import-mapping';
import { mergeRecords } from './merge-records';
import type { ReaderDialect } from './read-csv-sql';
import type { ByteSource } from './record-chunks';
import { stageFile, type StageProgress, type StageResult } from './stage-file';
import { dropStageTablesSQL, stageTables } from './stage-sql';
import { canonicalRowsSQL, planTransform, type TransformPlan } from './transform-sql';
import { sourceRowsSQL } from './transform-source';
import { buildValidationReport, type ValidationReport } from './validation-report';
import { issuesTableSQL } from './validation-sql';

/** A file to import, how to read it, and the confirmed mapping. */
export interface ImportRequest {
  /** Letters, digits and underscores; names every table of the import. */
  readonly importId: string;
  /** Shown in the log only; never reaches SQL. */
  readonly fileName: string;
  readonly source: ByteSource;
  readonly dialect: ReaderDialect;
  readonly encoding: TextEncodingName;
  readonly mapping: ImportMapping;
  readonly profileName?: string;
  /** Local calendar date `YYYY-MM-DD`; later dates are reported. Defaults to today. */
  readonly today?: string;
  readonly onProgress?: (progress: StageProgress) => void;
  readonly signal?: AbortSignal;
  readonly chunkBytes?: number;
}

/** The import log's entry for one finished import, plain JSON. */
export interface ImportLogEntry {
  readonly importId: string;
  readonly fileName: string;
  readonly dataset: DatasetKind;
  readonly rowsRead: number;
  readonly rowsRejected: number;
  readonly recordsLoaded: number;
  readonly newRecords: number;
  readonly updatedRecords: number;
  readonly unchangedRecords: number;
  readonly valuesNotFitting: number;
  readonly profileName: string | null;
  /** ISO instant, e.g. `2024-03-31T21:08:00.000Z`. */
  readonly finishedAt: string;
}

/** The report and log entry of a committed import. */
export interface ImportResult {
  readonly report: ValidationReport;
  readonly log: ImportLogEntry;
}

/** Tables an import creates beside the staging tables. */
export function importWorkTables(importId: string) {
  return {
    source: `import_source_${importId}`,
    rows: `import_rows_${importId}`,
    issues: `import_issues_${importId}`,
    duplicates: `import_duplicates_${importId}`,
  };
}

function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function checkColumns(plan: TransformPlan, dialect: ReaderDialect): void {
  const missing = plan.columns.find((name) => !dialect.columnNames.includes(name));
  if (missing === undefined) return;
  throw new ImportError(
    'load-failed',
    `The mapping uses the column \`${missing}\`, which this file does not have. ` +
      'Check that the file is the export the mapping was made for.',
  );
}

/** Imports a file into its dataset and returns the report; throws, changing nothing, on failure. */
export async function runImport(
  runner: QueryRunner,
  request: ImportRequest,
): Promise<ImportResult> {
  const plan = planTransform(request.mapping);
  checkColumns(plan, request.dialect);

  const stage = await stageFile(runner, request);
  const work = importWorkTables(request.importId);
  try {
    request.signal?.throwIfAborted();
    await runner.execute('BEGIN TRANSACTION');
    try {
      const report = await transformAndMerge(runner, request, plan, stage);
      request.signal?.throwIfAborted();
      await runner.execute('COMMIT');
      return { report, log: logEntry(request, report) };
    } catch (error) {
      await runner.execute('ROLLBACK');
      throw error;
    }
  } finally {
    const drops = Object.values(work).map((t) => `DROP TABLE IF EXISTS ${q(t)}`);
    await runner.execute(
      [dropStageTablesSQL(stageTables(request.importId)), ...drops].join(';\n'),
    );
  }
}

async function transformAndMerge(
  runner: QueryRunner,
  request: ImportRequest,
  plan: TransformPlan,
  stage: StageResult,
): Promise<ValidationReport> {
  const { importId, signal } = request;
  const work = importWorkTables(importId);
  await runner.execute(`CREATE TEMP TABLE ${q(work.source)} AS
${sourceRowsSQL(plan, stage.table)}`);
  await runner.execute(`CREATE TEMP TABLE ${q(work.rows)} AS
${canonicalRowsSQL(plan, `SELECT * FROM ${q(work.source)}`, importId)}`);
  await runner.execute(issuesTableSQL(plan, work.source, work.issues));
  signal?.throwIfAborted();

  const report = await buildValidationReport(runner, {
    plan,
    importId,
    stage,
    sourceTable: work.source,
    rowsTable: work.rows,
    issuesTable: work.issues,
    duplicatesTable: work.duplicates,
    today: request.today ?? localToday(),
  });
  signal?.throwIfAborted();
  const merge = await mergeRecords(runner, {
    dataset: plan.mapping.dataset,
    incomingTable: work.rows,
    importId,
  });
  return { ...report, merge };
}

function logEntry(request: ImportRequest, report: ValidationReport): ImportLogEntry {
  const merge = report.merge ?? { new: 0, updated: 0, unchanged: 0 };
  return {
    importId: request.importId,
    fileName: request.fileName,
    dataset: report.dataset,
    rowsRead: report.rowsRead,
    rowsRejected: report.rejected.count,
    recordsLoaded: merge.new + merge.updated + merge.unchanged,
    newRecords: merge.new,
    updatedRecords: merge.updated,
    unchangedRecords: merge.unchanged,
    valuesNotFitting: report.unfitValues.count,
    profileName: request.profileName ?? null,
    finishedAt: new Date().toISOString(),
  };
}
