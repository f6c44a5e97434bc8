/**
 * The metrics a CompStat table reviews, in the order a chief reads them. Each entry
 * names a registry metric; what it counts and how is the registry's business.
 */

/** One line of the CompStat table. */
export interface CompStatLine {
  readonly metricId: string;
  /** Overrides the registry name where two metrics are easy to confuse. */
  readonly label?: string;
  /**
   * Release cohorts need their whole follow-up inside the data, so recidivism compares
   * the cohorts released this many months before each window.
   */
  readonly cohortLagFromFollowUp?: boolean;
}

/** The CompStat lines; a line whose datasets have no records is left out. */
export const COMPSTAT_LINES: readonly CompStatLine[] = [
  { metricId: 'contacts' },
  { metricId: 'crisis_contacts_with_force_pct', label: 'Crisis contacts with force' },
  { metricId: 'force_incidents' },
  { metricId: 'force_per_1000_contacts' },
  {
    metricId: 'force_crisis_related_share_pct',
    label: 'Force incidents that were crisis-related (share of force, not of contacts)',
  },
  { metricId: 'assessments_pct_of_contacts' },
  { metricId: 'referrals' },
  { metricId: 'placements_permanent' },
  { metricId: 'response_minutes_median' },
  { metricId: 'responses_within_target_pct' },
  { metricId: 'juvenile_arrests' },
  { metricId: 'recidivism_returned', cohortLagFromFollowUp: true },
];
