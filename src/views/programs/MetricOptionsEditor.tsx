import { editableOptions, setMetricOption } from './metric-options';

const OPTIONS = editableOptions();

interface Props {
  /** Distinguishes the inputs of the workspace from each program's. */
  readonly idPrefix: string;
  readonly values: Readonly<Record<string, number>> | undefined;
  /** What an empty field falls back to, in words (registry default, or workspace). */
  readonly fallbackWords: string;
  readonly onChange: (values: Record<string, number>) => void;
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
        {OPTIONS.map((option) => {
          const id = `${idPrefix}-option-${option.key}`;
          const placeholder =
            option.defaultValue === null ? 'unset' : String(option.defaultValue);
          return [
            <label key={`${id}-label`} htmlFor={id} title={option.metrics.join('; ')}>
              {option.description}
            </label>,
            <input
              key={id}
              id={id}
              name={option.key}
              type="number"
              value={values?.[option.key] ?? ''}
              placeholder={placeholder}
              onChange={(e) => {
                const raw = e.target.value;
                if (raw !== '' && !Number.isFinite(Number(raw))) return;
                onChange(
                  setMetricOption(values, option.key, raw === '' ? null : Number(raw)),
                );
              }}
            />,
          ];
        })}
      </div>
    </fieldset>
  );
}
