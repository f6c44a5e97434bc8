/**
 * The metrics a CompStat table reviews: the key measures in the order a chief reads
 * them, then every other registry metric by family. Each entry names a registry
 * metric; what it counts and how is the registry's business.
 */
import { METRIC_FAMILIES } from '../../metrics/registry';
import type { MetricDefinition } from '../../metrics/metric';

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
  /**
   * Yearly-only metrics (rates over a yearly population estimate) compare the last
   * whole calendar year on or before the as-of date with the year before it.
   */
  readonly calendarYear?: boolean;
}

/** The key CompStat lines; a line whose datasets have no records is left out. */
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

// The registry has no per-metric grain list; these metrics refuse any grain but 'year'.
const YEARLY_ONLY = new Set(['juvenile_arrest_rate']);

const readsOption = (definition: MetricDefinition, key: string) =>
  (definition.options ?? []).some((option) => option.key === key);

/** The CompStat line for a registry metric outside the key lines. */
export function lineOf(definition: MetricDefinition): CompStatLine {
  const yearly = YEARLY_ONLY.has(definition.id);
  return {
    metricId: definition.id,
    ...(yearly ? { label: `${definition.name} (whole calendar year)` } : {}),
    ...(readsOption(definition, 'followUpMonths') ? { cohortLagFromFollowUp: true } : {}),
    ...(yearly ? { calendarYear: true } : {}),
  };
}

/** A titled group of CompStat lines: the key measures, or one registry family. */
export interface CompStatSection {
  readonly title: string;
  readonly lines: readonly CompStatLine[];
}

const KEY_IDS = new Set(COMPSTAT_LINES.map((line) => line.metricId));

/** Every registry metric outside the key lines, grouped by METRIC_FAMILIES. */
export const FAMILY_SECTIONS: readonly CompStatSection[] = METRIC_FAMILIES.map(
  (family) => ({
    title: family.title,
    lines: family.metrics.filter((m) => !KEY_IDS.has(m.id)).map(lineOf),
  }),
).filter((section) => section.lines.length > 0);
