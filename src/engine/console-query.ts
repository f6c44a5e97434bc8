/**
 * The record workbench's SQL console runs what the analyst types, so it accepts one
 * read-only statement and nothing that could change or remove data.
 */
import { sql, type SqlQuery } from '../model/sql';

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
  if (/\b(copy|attach|install|load|export|import)\b/i.test(statement)) {
    throw new ConsoleQueryError('The console cannot read or write files or extensions.');
  }
  return sql(text.trim().replace(/;\s*$/, ''));
}
