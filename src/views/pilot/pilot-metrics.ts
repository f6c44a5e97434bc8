/** The measures a pilot can be judged on, the first being the default. */
export const PILOT_METRIC_IDS: readonly string[] = [
  'assessments_pct_of_contacts',
  'contacts',
  'force_incidents',
  'force_per_1000_contacts',
  'crisis_contacts_with_force_pct',
  'handled_without_police_pct',
];
