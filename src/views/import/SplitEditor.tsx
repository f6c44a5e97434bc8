interface Props {
  readonly columns: readonly string[];
  readonly split:
    { readonly columns: readonly string[]; readonly delimiter: string } | undefined;
  readonly onChange: (next: { columns: string[]; delimiter: string } | undefined) => void;
}

/** Names the columns whose cells pack several values, split in step into records. */
export function SplitEditor({ columns, split, onChange }: Props) {
  const chosen = split?.columns ?? [];
  const delimiter = split?.delimiter ?? ',';
  const set = (nextColumns: string[], nextDelimiter = delimiter) =>
    onChange(
      nextColumns.length > 0
        ? { columns: nextColumns, delimiter: nextDelimiter }
        : undefined,
    );
  return (
    <details className="split" open={chosen.length > 0}>
      <summary>Cells that pack several values ({chosen.length} columns)</summary>
      <p className="hint">
        When one row lists several subjects, each listed column is split at the separator
        and the row becomes one record per position.
      </p>
      <label>
        Separator{' '}
        <input
          name="split-delimiter"
          size={3}
          value={delimiter}
          onChange={(event) => set([...chosen], event.target.value)}
        />
      </label>
      <div>
        {columns.map((column) => (
          <label key={column} className="check">
            <input
              type="checkbox"
              name="split-column"
              value={column}
              checked={chosen.includes(column)}
              onChange={(event) =>
                set(
                  event.target.checked
                    ? [...chosen, column]
                    : chosen.filter((name) => name !== column),
                )
              }
            />
            {column}
          </label>
        ))}
      </div>
    </details>
  );
}
