/**
 * The one place SQL text is made safe. Identifiers come from CSV headers, which are
 * untrusted input: they always pass through quoteIdentifier. Values are bound as
 * parameters; SqlQuery carries them beside the text so no layer splices them.
 */

/** A value that can be bound to a `?` placeholder. Dates travel as ISO strings. */
export type SqlValue = string | number | boolean | null;

/** SQL text with `?` placeholders and the values bound to them, in order. */
export interface SqlQuery {
  readonly text: string;
  readonly params: readonly SqlValue[];
}

/** Double-quotes an identifier, doubling any quote inside it. */
export function quoteIdentifier(name: string): string {
  if (name.includes('\u0000'))
    throw new Error('An identifier cannot contain a NUL byte.');
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * Single-quotes a string literal, for the few places DuckDB cannot bind a parameter
 * (a file name inside read_csv, a column type inside a struct literal).
 */
export function quoteLiteral(value: string): string {
  if (value.includes('\u0000')) throw new Error('A literal cannot contain a NUL byte.');
  return `'${value.replaceAll("'", "''")}'`;
}

/** A query with no bound values. */
export function sql(text: string, params: readonly SqlValue[] = []): SqlQuery {
  return { text, params };
}
