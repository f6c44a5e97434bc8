/**
 * One import, start to finish: load the file's rows, build its event table and say
 * what could not be read. All or nothing: a failed import leaves no tables behind.
 */
import type { QueryRunner } from '../engine/query-runner';
import type { EventSource } from '../model/event-source';
import { quoteIdentifier } from '../model/sql';
import {
  createEventTable,
  findUnreadableDates,
  type EventMapping,
  type UnreadableDates,
} from './event-mapping';
import type { FilePreview } from './file-preview';
import { loadCSV, type RejectedRow } from './load-csv';

/** What an import did, for the analyst's report. */
export interface ImportReport {
  readonly source: EventSource;
  readonly rowsLoaded: number;
  readonly rejected: readonly RejectedRow[];
  readonly unreadableDates: UnreadableDates;
  readonly seconds: number;
}

/** Loads a previewed file under a mapping and returns its report. */
export async function importFile(
  runner: QueryRunner,
  importId: string,
  preview: FilePreview,
  bytes: Uint8Array,
  mapping: EventMapping,
): Promise<ImportReport> {
  const started = performance.now();
  await runner.execute('BEGIN TRANSACTION');
  try {
    const loaded = await loadCSV(runner, {
      importId,
      bytes,
      delimiter: preview.delimiter,
      columns: preview.columns,
    });
    const source = await createEventTable(
      runner,
      importId,
      loaded.table,
      mapping,
      preview.fileName,
    );
    const unreadableDates = await findUnreadableDates(runner, source);
    await runner.execute('COMMIT');
    return {
      source,
      rowsLoaded: loaded.rowsLoaded,
      rejected: loaded.rejected,
      unreadableDates,
      seconds: (performance.now() - started) / 1000,
    };
  } catch (error) {
    await runner.execute('ROLLBACK');
    await dropImportTables(runner, importId);
    throw error;
  }
}

// Reject tables are written outside the transaction by DuckDB's CSV reader.
async function dropImportTables(runner: QueryRunner, importId: string): Promise<void> {
  const tables = [`rejects_${importId}`, `rejects_scan_${importId}`];
  await runner.execute(
    tables.map((table) => `DROP TABLE IF EXISTS ${quoteIdentifier(table)}`).join(';\n'),
  );
}
