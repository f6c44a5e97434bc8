/**
 * The workspace's disclosure rule as the views apply it: what is printed or exported
 * is always suppressed by the preset, the screen only when the workspace asks.
 */
import type { WorkspaceSettings } from '../../model/workspace-settings';
import {
  isPrimarySuppressed,
  SUPPRESSION_PRESETS,
  suppressionRule,
  type SuppressionPreset,
} from '../../stats';

/** Written in place of a hidden figure in anything shared. */
export const SUPPRESSED = 'suppressed';

/** How a view hides small counts. */
export interface SharingRule {
  readonly preset: SuppressionPreset;
  readonly onScreen: boolean;
}

/** The sharing rule of a workspace's settings. */
export function sharingRule(
  settings: Pick<WorkspaceSettings, 'suppression' | 'suppressOnScreen'>,
): SharingRule {
  return { preset: settings.suppression, onScreen: settings.suppressOnScreen };
}

/** The note under a shared view, e.g. "Counts from 1 to 10 are suppressed in print". */
export function suppressionNote(rule: SharingRule): string {
  const largest = SUPPRESSION_PRESETS[rule.preset].largest;
  const where = rule.onScreen ? 'print, CSV and on screen' : 'print and CSV';
  return (
    `Counts from 1 to ${largest}, and any figure they could be worked back from, ` +
    `are suppressed in ${where}.`
  );
}

/** True when a charted figure rests on a count the preset hides (numerator or base). */
export function restsOnSmallCount(
  numerator: number,
  denominator: number | null,
  preset: SuppressionPreset,
): boolean {
  const rule = suppressionRule(preset);
  return (
    isPrimarySuppressed(numerator, rule) ||
    (denominator !== null && isPrimarySuppressed(denominator, rule))
  );
}
