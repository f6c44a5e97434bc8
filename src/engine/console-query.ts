/**
 * The record workbench's SQL console runs what the analyst types, so it accepts one
 * read-only statement and nothing that could change or remove data. The words checked
 * here say why a query is refused; what makes the console read-only is that every
 * query runs in a transaction that is rolled back (runConsoleQuery), so a write that
 * slips past the words (inside WITH or EXPLAIN ANALYZE) changes nothing.
 */
import { sql, type SqlQuery } from '../model/sql';
import type { SharedRunner } from './exclusive-access';
import type { PlainRow } from './plain-rows';
import type { QueryRunner } from './query-runner';

/** A console entry that is not one read-only statement. */
export class ConsoleQueryError extends Error {
  readonly code = 'console-not-read-only';
}

const READ_ONLY = /^(select|with|from|describe|summarize|show|values|explain)\b/i;

// Strips comments and string literals so a `;` or keyword inside them is not judged.
function code(text: string): string {
  return text
    .replace(/--[^\n]*/g, ' ')
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/'(?:[^']|'')*'/g, "''")
    .replace(/"(?:[^"]|"")*"/g, '""');
}

/** Checks a console entry and returns it as a query; throws ConsoleQueryError otherwise. */
export function consoleQuery(text: string): SqlQuery {
  const statement = code(text).trim().replace(/;\s*$/, '');
  if (statement === '') throw new ConsoleQueryError('Type a query first.');
  if (statement.includes(';')) {
    throw new ConsoleQueryError('Run one statement at a time.');
  }
  if (!READ_ONLY.test(statement)) {
    throw new ConsoleQueryError(
      'The console only reads: start with SELECT, WITH, FROM, DESCRIBE, SUMMARIZE or SHOW.',
    );
  }
  if (/\b(copy|attach|detach|install|load|export|import)\b/i.test(statement)) {
    throw new ConsoleQueryError('The console cannot read or write files or extensions.');
  }
  if (WRITES.test(statement)) {
    throw new ConsoleQueryError(
      'The console only reads: it cannot add, change or remove records, tables or settings.',
    );
  }
  return sql(text.trim().replace(/;\s*$/, ''));
}

// Bare keywords only: strings and quoted names were blanked by code().
const WRITES =
  /\b(insert|update|delete|merge|upsert|create|drop|alter|truncate|vacuum|checkpoint|set|reset|pragma|call|begin|commit|rollback|abort|use|grant|revoke)\b/i;

/** Runs a query and rolls back whatever it did, with the connection to itself. */
export async function readInRolledBackTransaction(
  runner: SharedRunner,
  query: SqlQuery,
): Promise<PlainRow[]> {
  return runner.exclusive(async (inside: QueryRunner) => {
    await inside.execute('BEGIN TRANSACTION');
    try {
      return await inside.rows(query);
    } finally {
      await inside.execute('ROLLBACK');
    }
  });
}

/** Checks a console entry and runs it so that it cannot change the workspace. */
export function runConsoleQuery(runner: SharedRunner, text: string): Promise<PlainRow[]> {
  return readInRolledBackTransaction(runner, consoleQuery(text));
}
