/**
 * Program settings: what a partnership is, where it runs and when it started.
 * Stored with the workspace and read by the metrics and pilot views.
 */

/** The kinds of partnership OutcomeStat reports on. */
export type ProgramKind =
  | 'crisis_intervention'
  | 'co_responder'
  | 'homeless_outreach'
  | 'juvenile_diversion'
  | 'reentry';

/** Settings of one program. Dates are ISO `YYYY-MM-DD` local calendar dates. */
export interface ProgramSettings {
  readonly name: string;
  readonly kind: ProgramKind;
  readonly launchDate?: string;
  readonly pilotAreas: readonly string[];
  readonly comparisonAreas: readonly string[];
  /** Metric id to target value, in the metric's unit. */
  readonly targets: Readonly<Record<string, number>>;
  readonly followUpMonths?: 6 | 12 | 24 | 36;
  /**
   * Values of metric options (MetricOptionSpec keys such as juvenileMinimumAge or
   * policeTargetMinutes) for this program, over the workspace's and the defaults.
   */
  readonly metricOptions?: Readonly<Record<string, number>>;
  /** 1 = January. */
  readonly fiscalYearStartMonth: number;
}
