/**
 * The one query runner every part of OutcomeStat uses. The browser runs DuckDB in a
 * Web Worker; tests run the same engine synchronously under Node. Both return plain
 * rows and bind every value as a parameter.
 */
import type { SqlQuery } from '../model/sql';
import type { PlainRow } from './plain-rows';
import { WORK_DIRECTORY } from '../model/work-files';

/** A failed query, carrying its SQL so the details can be shown and logged once. */
export class QueryError extends Error {
  readonly code = 'query-failed';
  constructor(
    message: string,
    readonly query: SqlQuery,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'QueryError';
  }
}

/** Runs SQL against the workspace's DuckDB. */
export interface QueryRunner {
  /** Runs one statement with bound parameters and returns plain rows. */
  rows(query: SqlQuery): Promise<PlainRow[]>;
  /** Runs statements that bind no values (DDL, SET). */
  execute(statements: string): Promise<void>;
  /** Makes bytes readable by DuckDB under a generated file name. */
  registerFile(name: string, bytes: Uint8Array): Promise<void>;
  /** Forgets a registered file. */
  dropFile(name: string): Promise<void>;
  /** Reads the bytes of a file DuckDB wrote, e.g. with COPY ... TO. */
  copyFileToBuffer(name: string): Promise<Uint8Array>;
}

/**
 * Settings applied to every new database: no silent extension fetch, no file or
 * network access outside the work directory, and locked so no query can undo them.
 */
export const STARTUP_STATEMENTS = [
  'SET autoinstall_known_extensions = false',
  'SET autoload_known_extensions = false',
  `SET allowed_directories = ['${WORK_DIRECTORY}']`,
  'SET enable_external_access = false',
  'SET lock_configuration = true',
].join(';\n');

/** Describes a failure in the user's words while keeping the raw message as cause. */
export function queryFailure(query: SqlQuery, cause: unknown): QueryError {
  const raw = cause instanceof Error ? cause.message : String(cause);
  return new QueryError(`The database could not run a query: ${raw}`, query, { cause });
}
