import { useState } from 'react';
import { fieldType } from '../../ingest/draft-mapping';
import type { ConstantValue } from '../../ingest/import-mapping';
import { DATASET_FIELDS, type DatasetKind } from '../../model/datasets';

interface Props {
  readonly dataset: DatasetKind;
  readonly constants: Readonly<Record<string, ConstantValue>>;
  readonly onChange: (next: Record<string, ConstantValue>) => void;
  /** Why a value was suggested, by field, shown under it so the analyst can judge it. */
  readonly notes?: Readonly<Record<string, string>>;
}

function typed(dataset: DatasetKind, field: string, text: string): ConstantValue {
  const type = fieldType(dataset, field);
  if (type === 'INTEGER' || type === 'DOUBLE') return Number(text);
  if (type === 'BOOLEAN') return text.trim().toLowerCase() === 'true';
  return text;
}

/** Values every record gets for fields the file does not hold (e.g. a 36-month follow-up). */
export function ConstantsEditor({ dataset, constants, onChange, notes = {} }: Props) {
  const fields = DATASET_FIELDS[dataset].map((spec) => spec.name);
  const [field, setField] = useState(fields[0] ?? '');
  const [text, setText] = useState('');
  const entries = Object.entries(constants);

  return (
    <details className="constants" open={entries.length > 0}>
      <summary>Values the file does not hold ({entries.length})</summary>
      <ul>
        {entries.map(([name, value]) => (
          <li key={name} data-constant={name}>
            {name} = <code>{String(value)}</code>{' '}
            <button
              type="button"
              onClick={() =>
                onChange(Object.fromEntries(entries.filter(([key]) => key !== name)))
              }
            >
              Remove
            </button>
            {notes[name] && (
              <p className="hint" data-testid="constant-note">
                {notes[name]}
              </p>
            )}
          </li>
        ))}
      </ul>
      <label>
        Field{' '}
        <select
          name="constant-field"
          value={field}
          onChange={(event) => setField(event.target.value)}
        >
          {fields.map((name) => (
            <option key={name}>{name}</option>
          ))}
        </select>
      </label>{' '}
      <label>
        Value{' '}
        <input
          name="constant-value"
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </label>{' '}
      <button
        type="button"
        disabled={text.trim() === ''}
        onClick={() => {
          onChange({ ...constants, [field]: typed(dataset, field, text) });
          setText('');
        }}
      >
        Add value
      </button>
    </details>
  );
}
