/**
 * The numeric options of the whole registry, keyed by option: what the settings
 * screens offer and what an imported program file is checked against.
 */
import type { NumberOptionSpec } from './metric';
import { METRICS } from './registry';

let specs: ReadonlyMap<string, NumberOptionSpec> | null = null;

/** Every numeric option the registry's metrics read, once per key, in registry order. */
export function numberOptionSpecs(): ReadonlyMap<string, NumberOptionSpec> {
  if (specs) return specs;
  const byKey = new Map<string, NumberOptionSpec>();
  for (const metric of METRICS) {
    for (const option of metric.options ?? []) {
      if (option.kind === 'number' && !byKey.has(option.key))
        byKey.set(option.key, option);
    }
  }
  specs = byKey;
  return byKey;
}
