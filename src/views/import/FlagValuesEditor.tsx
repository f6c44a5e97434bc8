import type { FlagValues } from '../../ingest/values';

interface Props {
  readonly values: readonly [string, number][];
  readonly flagValues: FlagValues;
  readonly onChange: (next: FlagValues) => void;
}

type Meaning = 'yes' | 'no' | 'other';

const meaningOf = (value: string, flags: FlagValues): Meaning => {
  const upper = value.toUpperCase();
  if (flags.trueValues.some((v) => v.toUpperCase() === upper)) return 'yes';
  if (flags.falseValues.some((v) => v.toUpperCase() === upper)) return 'no';
  return 'other';
};

/** Asks what each value of a yes/no column means; other values are reported on import. */
export function FlagValuesEditor({ values, flagValues, onChange }: Props) {
  const set = (value: string, meaning: Meaning) => {
    const upper = value.toUpperCase();
    const without = (list: readonly string[]) =>
      list.filter((v) => v.toUpperCase() !== upper);
    onChange({
      trueValues:
        meaning === 'yes'
          ? [...without(flagValues.trueValues), value]
          : without(flagValues.trueValues),
      falseValues:
        meaning === 'no'
          ? [...without(flagValues.falseValues), value]
          : without(flagValues.falseValues),
    });
  };
  return (
    <span className="value-editor">
      {values.slice(0, 12).map(([value, count]) => (
        <label key={value} className="value-choice">
          <code>{value}</code> <span className="count">×{count}</span>{' '}
          <select
            aria-label={`Meaning of ${value}`}
            value={meaningOf(value, flagValues)}
            onChange={(event) => set(value, event.target.value as Meaning)}
          >
            <option value="yes">yes</option>
            <option value="no">no</option>
            <option value="other">not a yes/no (report)</option>
          </select>
        </label>
      ))}
    </span>
  );
}
