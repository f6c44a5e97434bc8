/**
 * Where the files OutcomeStat hands to DuckDB live: export chunks and snapshots. The
 * engine lets SQL reach this directory and nothing else (STARTUP_STATEMENTS in
 * src/engine/query-runner.ts), above all no URL, so a query typed in the Records
 * console cannot send anything out of the page.
 */
export const WORK_DIRECTORY = '/outcomestat/';

/** A registered file's name inside the work directory. */
export function workFile(name: string): string {
  return `${WORK_DIRECTORY}${name}`;
}

/** Refuses a file name DuckDB could not reach, so every caller uses workFile. */
export function assertWorkFile(name: string): void {
  if (!name.startsWith(WORK_DIRECTORY) || name.includes('..'))
    throw new Error(
      `A registered file must lie in ${WORK_DIRECTORY}: “${name}” does not.`,
    );
}
