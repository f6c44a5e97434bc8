/** Reading metric-specific options (MetricRequest.options) with defaults and bounds. */
import { MetricRequestError } from './metric-request-error';
import type { MetricDefinition, MetricRequest } from './metric';

/** Bounds an option must respect. */
export interface NumberOptionRule {
  readonly min: number;
  readonly max: number;
  readonly integer?: boolean;
}

/** A numeric option, or its default when absent; throws when present but out of bounds. */
export function numberOption(
  request: MetricRequest,
  key: string,
  fallback: number,
  rule: NumberOptionRule,
): number {
  const raw = request.options?.[key];
  if (raw === undefined) return fallback;

  const value = typeof raw === 'number' ? raw : Number(raw);
  const wholeEnough = !rule.integer || Number.isInteger(value);
  if (!Number.isFinite(value) || !wholeEnough || value < rule.min || value > rule.max) {
    const kind = rule.integer ? 'a whole number' : 'a number';
    throw new MetricRequestError(
      `The option ${key} must be ${kind} from ${rule.min} to ${rule.max}, not "${String(raw)}".`,
    );
  }
  return value;
}

/**
 * The values among `values` (workspace or program settings) that a metric reads, so
 * a request carries no option its metric would not understand.
 */
export function optionsRead(
  definition: MetricDefinition,
  values: Readonly<Record<string, number>>,
): Record<string, number> {
  const read: Record<string, number> = {};
  for (const { key } of definition.options ?? []) {
    if (values[key] !== undefined) read[key] = values[key];
  }
  return read;
}
