import { useState } from 'react';
import {
  editableOptions,
  optionInputProblem,
  setMetricOption,
  type EditableOption,
} from './metric-options';

const OPTIONS = editableOptions();

interface Props {
  /** Distinguishes the inputs of the workspace from each program's. */
  readonly idPrefix: string;
  readonly values: Readonly<Record<string, number>> | undefined;
  /** What an empty field falls back to, in words (registry default, or workspace). */
  readonly fallbackWords: string;
  readonly onChange: (values: Record<string, number>) => void;
}

interface FieldProps {
  readonly id: string;
  readonly option: EditableOption;
  readonly saved: number | undefined;
  readonly onSave: (value: number | null) => void;
}

// A value the metrics would refuse stays in the field with its message and is never
// saved, so a typo cannot make every view that reads the option fail.
function OptionField({ id, option, saved, onSave }: FieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const typed = draft ?? (saved === undefined ? '' : String(saved));
  const problem = optionInputProblem(option, typed);
  const placeholder =
    option.defaultValue === null ? 'unset' : String(option.defaultValue);

  return (
    <>
      <label htmlFor={id} title={option.metrics.join('; ')}>
        {option.description}
      </label>
      <div>
        <input
          id={id}
          name={option.key}
          type="number"
          value={typed}
          placeholder={placeholder}
          aria-invalid={problem !== null}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(e) => {
            const raw = e.target.value;
            if (optionInputProblem(option, raw)) {
              setDraft(raw);
              return;
            }
            setDraft(null);
            onSave(raw.trim() === '' ? null : Number(raw));
          }}
        />
        {problem && (
          <p id={`${id}-problem`} className="field-problem" role="alert">
            {problem} Not saved.
          </p>
        )}
      </div>
    </>
  );
}

/** Fields for the metric options (juvenile lower age, target minutes, follow-up days). */
export function MetricOptionsEditor({
  idPrefix,
  values,
  fallbackWords,
  onChange,
}: Props) {
  return (
    <fieldset className="metric-options">
      <legend>Measure options (empty: {fallbackWords})</legend>
      <div className="form-grid">
        {OPTIONS.map((option) => (
          <OptionField
            key={option.key}
            id={`${idPrefix}-option-${option.key}`}
            option={option}
            saved={values?.[option.key]}
            onSave={(value) => onChange(setMetricOption(values, option.key, value))}
          />
        ))}
      </div>
    </fieldset>
  );
}
