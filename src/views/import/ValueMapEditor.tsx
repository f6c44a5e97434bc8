interface Props {
  readonly values: readonly [string, number][];
  readonly valueMap: Readonly<Record<string, string>>;
  /** Canonical values to choose from; empty lets the analyst type any value. */
  readonly choices: readonly string[];
  readonly onChange: (next: Record<string, string>) => void;
}

/** What a value left unmapped becomes: the list's own word, or empty and reported. */
function unmappedLabel(value: string, choices: readonly string[]): string {
  const own = choices.find(
    (choice) => choice.toUpperCase() === value.trim().toUpperCase(),
  );
  return own ? `(reads as ${own})` : '(none: left empty and reported)';
}

/**
 * Maps an export's category values to canonical ones (e.g. a destination to its class).
 * With choices, a value must become one of them; without, it may be renamed.
 */
export function ValueMapEditor({ values, valueMap, choices, onChange }: Props) {
  const set = (value: string, mapped: string) => {
    const next = { ...valueMap };
    if (mapped === '') delete next[value];
    else next[value] = mapped;
    onChange(next);
  };
  return (
    <span className="value-editor">
      {values.slice(0, 20).map(([value, count]) => (
        <label key={value} className="value-choice">
          <code>{value}</code> <span className="count">×{count}</span> →{' '}
          {choices.length > 0 ? (
            <select
              aria-label={`Canonical value for ${value}`}
              value={valueMap[value] ?? ''}
              onChange={(event) => set(value, event.target.value)}
            >
              <option value="">{unmappedLabel(value, choices)}</option>
              {choices.map((choice) => (
                <option key={choice}>{choice}</option>
              ))}
            </select>
          ) : (
            <input
              aria-label={`Canonical value for ${value}`}
              value={valueMap[value] ?? ''}
              placeholder="(keep as written)"
              onChange={(event) => set(value, event.target.value)}
            />
          )}
        </label>
      ))}
    </span>
  );
}
