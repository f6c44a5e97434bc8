/**
 * Which small counts are hidden before a table is shared. Zero is shown under every
 * preset: a true zero names no one, and hiding zeros would hide most of a sparse table.
 */

/**
 * Named thresholds: 'cms' hides 1 to 10 (the CMS cell-size policy); 'under10' hides
 * 1 to 9; 'under5' hides 1 to 4.
 */
export type SuppressionPreset = 'cms' | 'under10' | 'under5';

/** Counts from `smallest` to `largest` inclusive are hidden. */
export interface SuppressionRule {
  readonly smallest: number;
  readonly largest: number;
}

/** The rules behind each preset. */
export const SUPPRESSION_PRESETS: Readonly<Record<SuppressionPreset, SuppressionRule>> = {
  cms: { smallest: 1, largest: 10 },
  under10: { smallest: 1, largest: 9 },
  under5: { smallest: 1, largest: 4 },
};

/** Resolves a preset name to its rule; a rule passes through unchanged. */
export function suppressionRule(
  rule: SuppressionPreset | SuppressionRule,
): SuppressionRule {
  return typeof rule === 'string' ? SUPPRESSION_PRESETS[rule] : rule;
}

/** True when a count falls inside the rule's hidden range (primary suppression). */
export function isPrimarySuppressed(count: number, rule: SuppressionRule): boolean {
  return count >= rule.smallest && count <= rule.largest;
}
