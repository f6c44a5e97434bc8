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
}
