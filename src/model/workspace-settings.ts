/**
 * Settings that hold for a whole workspace: its programs, calendar and disclosure
 * rules. Stored with the workspace; every view reads them from here.
 */
import type { ProgramSettings } from './programs';

/** Small-count suppression presets (see src/stats/suppression-rules.ts). */
export type SuppressionSetting = 'cms' | 'under10' | 'under5';

/** A workspace's settings. */
export interface WorkspaceSettings {
  readonly programs: readonly ProgramSettings[];
  /** IANA zone of the agency, e.g. America/Chicago: local dates are read in it. */
  readonly timeZone: string;
  /** 1 = January. */
  readonly fiscalYearStartMonth: number;
  /** Applied to everything printed or exported; optionally on screen. */
  readonly suppression: SuppressionSetting;
  readonly suppressOnScreen: boolean;
  /** Metric option values for every program (a program's own values win). */
  readonly metricOptions?: Readonly<Record<string, number>>;
}

/**
 * The metric option values a view passes to the registry: the workspace's, then the
 * filtered program's on top; a key set in neither keeps the registry default.
 */
export function metricOptionValues(
  settings: Pick<WorkspaceSettings, 'metricOptions' | 'programs'>,
  programName: string,
): Readonly<Record<string, number>> {
  const program = settings.programs.find((p) => p.name === programName);
  return { ...settings.metricOptions, ...program?.metricOptions };
}
