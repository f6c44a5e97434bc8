import { useEffect, useState } from 'react';
import type { PlainRow } from '../../engine/plain-rows';
import type { ImportMapping } from '../../ingest/import-mapping';

interface Props {
  readonly mapping: ImportMapping;
  readonly preview: (mapping: ImportMapping, signal: AbortSignal) => Promise<PlainRow[]>;
}

type State =
  | { readonly status: 'loading' }
  | { readonly status: 'done'; readonly rows: readonly PlainRow[] }
  | { readonly status: 'failed'; readonly message: string };

const HIDDEN = new Set(['import_id', 'extra']);
const shown = (value: PlainRow[string]) =>
  value === null ? '' : Array.isArray(value) ? JSON.stringify(value) : String(value);

/** The first records as the current mapping makes them, refreshed as it changes. */
export function MappingPreview({ mapping, preview }: Props) {
  const [state, setState] = useState<State>({ status: 'loading' });
  const key = JSON.stringify(mapping);

  useEffect(() => {
    let current = true;
    const superseded = new AbortController();
    // Waits for the analyst to stop changing the mapping before reading the file again.
    const timer = setTimeout(() => {
      preview(mapping, superseded.signal).then(
        (rows) => current && setState({ status: 'done', rows }),
        (error: unknown) =>
          current &&
          setState({
            status: 'failed',
            message: error instanceof Error ? error.message : String(error),
          }),
      );
    }, 300);
    return () => {
      current = false;
      clearTimeout(timer);
      superseded.abort();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, preview]);

  if (state.status === 'loading') return <p className="hint">Preparing a preview…</p>;
  if (state.status === 'failed') {
    return <p className="warning">The preview could not be made: {state.message}</p>;
  }
  const columns = Object.keys(state.rows[0] ?? {}).filter(
    (name) => !HIDDEN.has(name) && state.rows.some((row) => row[name] !== null),
  );
  return (
    <details className="mapping-preview" open>
      <summary>Preview: the first records as they will be loaded</summary>
      <div className="preview-scroll">
        <table data-testid="mapping-preview">
          <thead>
            <tr>
              {columns.map((name) => (
                <th key={name}>{name}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {state.rows.map((row, index) => (
              <tr key={index}>
                {columns.map((name) => (
                  <td key={name}>{shown(row[name] ?? null)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
