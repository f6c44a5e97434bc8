/**
 * Column types a workspace snapshot can carry through CSV exactly, and the reversible
 * text form of the `extra` MAP(VARCHAR, VARCHAR) column, which CSV cannot hold.
 *
 * A map is written as `key=value&key=value`, each key and value percent-encoded with
 * DuckDB's url_encode; a NULL value is written `key!`. Encoded text never contains
 * `=`, `!` or `&`, so the split back is unambiguous. An empty map is the empty string;
 * a NULL map is a NULL field.
 */
import { quoteIdentifier } from '../model/sql';
import { WorkspaceError } from './workspace-errors';
import type { ColumnSchema } from './workspace-manifest';

/** The one nested type snapshots support: the canonical tables' `extra` column. */
export const TEXT_MAP_TYPE = 'MAP(VARCHAR, VARCHAR)';

// Types whose CSV text DuckDB reads back to the identical value. TIMESTAMPTZ is left
// out: its text depends on the session time zone, and ICU is not available offline.
const EXACT_IN_CSV = new RegExp(
  String.raw`^(VARCHAR|BOOLEAN|TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|` +
    String.raw`UTINYINT|USMALLINT|UINTEGER|UBIGINT|FLOAT|DOUBLE|DATE|TIME|TIMESTAMP|` +
    String.raw`UUID|DECIMAL\(\d{1,2},\d{1,2}\))$`,
);

/** True when a snapshot can save and restore a column of this type exactly. */
export function isSupportedType(type: string): boolean {
  return type === TEXT_MAP_TYPE || EXACT_IN_CSV.test(type);
}

/** Throws a WorkspaceError naming the first column a snapshot cannot hold. */
export function assertSupportedColumns(table: string, columns: readonly ColumnSchema[]) {
  const unsupported = columns.find((column) => !isSupportedType(column.type));
  if (!unsupported) return;
  throw new WorkspaceError(
    'unsupported-column',
    `The column "${unsupported.name}" of table "${table}" ` +
      `has type ${unsupported.type}, which a workspace cannot save.`,
  );
}

/** The expression that writes a column to CSV. */
export function columnToCSVText(column: ColumnSchema): string {
  const name = quoteIdentifier(column.name);
  if (column.type !== TEXT_MAP_TYPE) return name;
  const entries = `list_transform(map_entries(${name}),
    e -> url_encode(e.key) || coalesce('=' || url_encode(e.value), '!'))`;
  // array_to_string gives NULL for an empty list; an empty map must stay non-NULL.
  return `CASE WHEN ${name} IS NULL THEN NULL
    ELSE coalesce(array_to_string(${entries}, '&'), '') END AS ${name}`;
}

/** The type read_csv reads a column as before columnFromCSVText converts it. */
export function csvReadType(column: ColumnSchema): string {
  return column.type === TEXT_MAP_TYPE ? 'VARCHAR' : column.type;
}

/** The expression that turns a column read from CSV back into its saved type. */
export function columnFromCSVText(column: ColumnSchema): string {
  const name = quoteIdentifier(column.name);
  if (column.type !== TEXT_MAP_TYPE) return name;
  const parts = `CASE WHEN ${name} = '' THEN []::VARCHAR[] ELSE string_split(${name}, '&') END`;
  const entry = `e -> {'key': url_decode(regexp_extract(e, '^[^=!]*')),
    'value': CASE WHEN e[-1:] = '!' THEN NULL ELSE url_decode(split_part(e, '=', 2)) END}`;
  return `CAST(map_from_entries(list_transform(${parts}, ${entry})) AS ${TEXT_MAP_TYPE})`;
}
