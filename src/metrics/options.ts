/** Reading metric-specific options (MetricRequest.options) with defaults and bounds. */
import { MetricRequestError } from './metric-request-error';
import type {
  MetricDefinition,
  MetricRequest,
  NumberOptionRule,
  NumberOptionSpec,
} from './metric';

export type { NumberOptionRule } from './metric';

/** The allowed values of a rule in words, e.g. "a whole number from 0 to 17". */
export function ruleWords(rule: NumberOptionRule): string {
  if (rule.oneOf) return `one of ${rule.oneOf.join(', ')}`;
  const kind = rule.integer ? 'a whole number' : 'a number';
  return `${kind} from ${rule.min} to ${rule.max}`;
}

/** Whether `value` meets `rule`. */
export function meetsRule(value: number, rule: NumberOptionRule): boolean {
  if (!Number.isFinite(value) || value < rule.min || value > rule.max) return false;
  if (rule.integer && !Number.isInteger(value)) return false;
  return !rule.oneOf || rule.oneOf.includes(value);
}

/**
 * A plain sentence saying why `value` cannot be used for the option, or null when it
 * can; `label` names the option the way the reader knows it.
 */
export function optionValueProblem(
  spec: NumberOptionSpec,
  value: number,
  label: string = spec.key,
): string | null {
  if (meetsRule(value, spec.rule)) return null;
  return `${label} must be ${ruleWords(spec.rule)}, not ${String(value)}.`;
}

/** A numeric option, or its default when absent; throws when present but out of bounds. */
export function numberOption(
  request: MetricRequest,
  spec: NumberOptionSpec & { readonly defaultValue: number },
): number;
/** A numeric option, or null when absent and unset by default. */
export function numberOption(
  request: MetricRequest,
  spec: NumberOptionSpec,
): number | null;
export function numberOption(
  request: MetricRequest,
  spec: NumberOptionSpec,
): number | null {
  const raw = request.options?.[spec.key];
  if (raw === undefined) return spec.defaultValue;

  const value = typeof raw === 'number' ? raw : Number(raw);
  if (!meetsRule(value, spec.rule)) {
    throw new MetricRequestError(
      `The option ${spec.key} must be ${ruleWords(spec.rule)}, not "${String(raw)}".`,
    );
  }
  return value;
}

/**
 * The values among `values` (workspace or program settings) that a metric reads, so
 * a request carries no option its metric would not understand.
 */
export function optionsRead<Value extends number | string>(
  definition: MetricDefinition,
  values: Readonly<Record<string, Value>>,
): Record<string, Value> {
  const read: Record<string, Value> = {};
  for (const { key } of definition.options ?? []) {
    if (values[key] !== undefined) read[key] = values[key];
  }
  return read;
}
