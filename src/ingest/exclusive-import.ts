/**
 * The import as the app runs it on the shared connection: whatever must happen first
 * (clearing the synthetic sample) and the import itself run as one exclusive section,
 * after any mapping preview under way has finished and dropped its tables, so nothing
 * can drop a table the import, or the preview, is still using.
 */
import type { SharedRunner } from '../engine/exclusive-access';
import type { QueryRunner } from '../engine/query-runner';
import { runImport, type ImportRequest, type ImportResult } from './run-import';

/** Runs `prepare` and then the import with the connection to themselves. */
export function importExclusively(
  runner: SharedRunner,
  request: ImportRequest,
  prepare: (inside: QueryRunner) => Promise<void> = () => Promise.resolve(),
): Promise<ImportResult> {
  return runner.exclusive(async (inside) => {
    await prepare(inside);
    return runImport(inside, request);
  });
}
