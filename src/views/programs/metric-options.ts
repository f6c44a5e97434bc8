/**
 * The metric options a user may set for a workspace or a program: every numeric
 * option the registry's metrics read, once per key, with the metrics that read it.
 */
import type { NumberOptionRule } from '../../metrics/metric';
import { optionValueProblem } from '../../metrics/options';
import { numberOptionSpecs } from '../../metrics/option-specs';
import { METRICS } from '../../metrics/registry';

/** One settable option, as the settings screens list it. */
export interface EditableOption {
  readonly key: string;
  readonly description: string;
  /** The registry default; null when the option is unset by default. */
  readonly defaultValue: number | null;
  /** The bounds the metrics accept, from the registry's option spec. */
  readonly rule: NumberOptionRule;
  /** Names of the metrics that read it. */
  readonly metrics: readonly string[];
}

// Set elsewhere: follow-up by the program's own field, data-through by the view, and
// the youth population group follows from the lower age.
const SET_ELSEWHERE = new Set(['followUpMonths', 'dataThrough', 'youthAgeGroup']);

/** The options the settings screens offer, in registry order. */
export function editableOptions(): EditableOption[] {
  const readers = new Map<string, string[]>();
  for (const metric of METRICS) {
    for (const option of metric.options ?? []) {
      readers.set(option.key, [...(readers.get(option.key) ?? []), metric.name]);
    }
  }
  return [...numberOptionSpecs().values()]
    .filter((spec) => !SET_ELSEWHERE.has(spec.key))
    .map((spec) => ({
      key: spec.key,
      description: spec.description,
      defaultValue: spec.defaultValue,
      rule: spec.rule,
      metrics: readers.get(spec.key) ?? [],
    }));
}

/**
 * Why what was typed for an option cannot be saved, in words naming the allowed
 * range, or null when it can (an empty field goes back to the default).
 */
export function optionInputProblem(option: EditableOption, typed: string): string | null {
  if (typed.trim() === '') return null;
  const spec = { ...option, kind: 'number' as const };
  const value = Number(typed);
  return optionValueProblem(spec, value, `“${option.description.replace(/\.$/, '')}”`);
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
