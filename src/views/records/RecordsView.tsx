import { useState } from 'react';
import type { PlainRow } from '../../engine/plain-rows';
import { runConsoleQuery } from '../../engine/console-query';
import type { SharedRunner } from '../../engine/exclusive-access';
import type { QueryRunner } from '../../engine/query-runner';
import { toCSV } from '../../export/csv';
import { existingTablesQuery } from '../../metrics/data-extent';
import { useQueryRows } from '../../state/useQueryRows';
import { downloadText } from '../shared/download';

interface Props {
  readonly runner: SharedRunner;
}

/** The names of the tables the workspace holds now. */
function TableList({ runner }: { readonly runner: QueryRunner }) {
  const tables = useQueryRows(runner, existingTablesQuery());
  if (tables.status !== 'done') return <>…</>;
  return <>{tables.rows.map((row) => String(row.table_name)).join(', ') || 'none yet'}</>;
}

const SHOWN_ROWS = 500;
const EXAMPLE = `SELECT program, area, count(*) AS contacts
FROM contacts
GROUP BY ALL
ORDER BY contacts DESC`;

type Result =
  | {
      readonly kind: 'rows';
      readonly rows: readonly PlainRow[];
      readonly seconds: number;
    }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'running' };

// Numbers stay numbers in the CSV, so a negative one is not taken for a formula.
const csvValue = (value: PlainRow[string]) =>
  typeof value === 'number' ? value : value === null ? null : cellText(value);

const cellText = (value: PlainRow[string]) =>
  value === null ? '' : Array.isArray(value) ? JSON.stringify(value) : String(value);

/**
 * The record workbench: read-only SQL over the workspace's canonical tables. Its
 * results and CSV are deliberately not suppressed (an analyst needs the records), so
 * the screen says they are not for sharing.
 */
export function RecordsView({ runner }: Props) {
  const [text, setText] = useState(EXAMPLE);
  const [result, setResult] = useState<Result | null>(null);

  const run = async () => {
    // The last result goes at once, so nobody reads it as this query's.
    setResult({ kind: 'running' });
    const started = performance.now();
    try {
      const rows = await runConsoleQuery(runner, text);
      setResult({ kind: 'rows', rows, seconds: (performance.now() - started) / 1000 });
    } catch (error) {
      setResult({
        kind: 'error',
        message: error instanceof Error ? error.message : String(error),
      });
    }
  };

  const columns = result?.kind === 'rows' ? Object.keys(result.rows[0] ?? {}) : [];
  return (
    <section aria-label="Records" className="records-view">
      <h2>Records</h2>
      <p className="hint">
        Read-only SQL over this workspace’s tables: <TableList runner={runner} />. Nothing
        leaves the browser.
      </p>
      <p className="hint" data-testid="unsuppressed-warning">
        <strong>Not for sharing:</strong> query results and their CSV are unsuppressed,
        record-level data for the analyst. Small counts are not hidden here; share the
        Month review, CompStat or Pilot results (printed or exported) instead.
      </p>
      <textarea
        name="sql"
        aria-label="SQL query"
        rows={6}
        spellCheck={false}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <div className="actions">
        <button type="button" onClick={() => void run()}>
          Run query
        </button>
        {result?.kind === 'rows' && (
          <button
            type="button"
            onClick={() =>
              downloadText(
                'outcomestat-query.csv',
                toCSV([
                  columns,
                  ...result.rows.map((row) =>
                    columns.map((c) => csvValue(row[c] ?? null)),
                  ),
                ]),
                'text/csv',
              )
            }
            title="Unsuppressed record-level data, not for sharing"
          >
            Download CSV (unsuppressed, not for sharing)
          </button>
        )}
      </div>
      {result?.kind === 'running' && <p role="status">Running the query…</p>}
      {result?.kind === 'error' && (
        <p role="alert" className="error">
          {result.message}
        </p>
      )}
      {result?.kind === 'rows' && (
        <>
          <p role="status">
            {result.rows.length.toLocaleString('en-US')} rows in{' '}
            {result.seconds.toFixed(2)} s
            {result.rows.length > SHOWN_ROWS && `; the first ${SHOWN_ROWS} are shown`}.
          </p>
          <div className="preview-scroll">
            <table data-testid="query-result">
              <thead>
                <tr>
                  {columns.map((column) => (
                    <th key={column}>{column}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {result.rows.slice(0, SHOWN_ROWS).map((row, index) => (
                  <tr key={index}>
                    {columns.map((column) => (
                      <td key={column}>{cellText(row[column] ?? null)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
