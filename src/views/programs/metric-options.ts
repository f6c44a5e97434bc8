/**
 * The metric options a user may set for a workspace or a program: every numeric
 * option the registry's metrics read, once per key, with the metrics that read it.
 */
import { METRICS } from '../../metrics/registry';

/** One settable option, as the settings screens list it. */
export interface EditableOption {
  readonly key: string;
  readonly description: string;
  /** The registry default; null when the option is unset by default. */
  readonly defaultValue: number | null;
  /** Names of the metrics that read it. */
  readonly metrics: readonly string[];
}

// Set elsewhere: follow-up by the program's own field, data-through by the view, and
// the youth population group follows from the lower age.
const SET_ELSEWHERE = new Set(['followUpMonths', 'dataThrough', 'youthAgeGroup']);

/** The options the settings screens offer, in registry order. */
export function editableOptions(): EditableOption[] {
  const byKey = new Map<string, EditableOption>();
  for (const metric of METRICS) {
    for (const option of metric.options ?? []) {
      if (SET_ELSEWHERE.has(option.key)) continue;
      const seen = byKey.get(option.key);
      const defaultValue =
        typeof option.defaultValue === 'number' ? option.defaultValue : null;
      byKey.set(option.key, {
        key: option.key,
        description: option.description,
        defaultValue,
        metrics: [...(seen?.metrics ?? []), metric.name],
      });
    }
  }
  return [...byKey.values()];
}

/** Sets an option's value, or removes it (back to the default) when null. */
export function setMetricOption(
  values: Readonly<Record<string, number>> | undefined,
  key: string,
  value: number | null,
): Record<string, number> {
  const rest = Object.fromEntries(
    Object.entries(values ?? {}).filter(([k]) => k !== key),
  );
  return value === null ? rest : { ...rest, [key]: value };
}
