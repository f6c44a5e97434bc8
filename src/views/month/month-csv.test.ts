import { describe, expect, it } from 'vitest';
import { toCSV } from '../../export/csv';
import type { EventSource } from '../../model/event-source';
import { breakdownLines } from './breakdown-lines';
import { monthCSVRows } from './month-csv';
import { summaryLines } from './month-summary-lines';

const source: EventSource = {
  id: 'contacts:use_of_force',
  label: 'Contacts: use of force',
  dataset: 'contacts',
  outcomeMetric: 'contacts_with_force_pct',
  eventsMetric: 'contacts',
  eventNoun: 'contacts',
  outcomeLabel: 'use of force',
  breakdowns: [{ label: 'Area', column: 'area' }],
  synthetic: false,
};

// Intervals are Wilson's, worked by hand: 23 of 113 gives 14.0–28.7%.
// Nov 2024 has 9 uses of force (hidden); Nov and Dec 2025 have 30 and 23 (shown).
const months = [
  { month: '2024-11-01', events: 400, outcomes: 9 },
  { month: '2024-12-01', events: 410, outcomes: 30 },
  { month: '2025-11-01', events: 380, outcomes: 30 },
  { month: '2025-12-01', events: 113, outcomes: 23 },
];
const coverage = {
  current: 'full' as const,
  prior: true,
  lastYear: true,
  priorCoverage: 'full' as const,
  lastYearCoverage: 'full' as const,
};

function exported() {
  const summary = summaryLines(months, '2025-12-01', coverage, 'cms')!;
  const lines = breakdownLines(
    [
      { group: '=East', events: 43, outcomes: 3, priorEvents: 40, lastYearEvents: 5 },
      { group: 'West', events: 70, outcomes: 20, priorEvents: 65, lastYearEvents: 80 },
    ],
    'cms',
  );
  return monthCSVRows({
    source,
    month: '2025-12-01',
    summary,
    breakdown: { column: 'Area', lines },
    months,
    filters: [{ label: 'Program', column: 'program', value: 'Co-Responder Pilot' }],
    preset: 'cms',
  });
}

describe('monthCSVRows', () => {
  it('writes the filters, the summary, the breakdown with its total and every month, suppressed', () => {
    expect(exported()).toEqual([
      [
        'Table',
        'Line',
        'contacts',
        'use of force',
        'Rate (%)',
        'Rate 95% CI lower',
        'Rate 95% CI upper',
        'Rate unstable (20 or fewer events)',
        'Change in contacts vs month before',
        'Change in contacts vs same month last year',
      ],
      ['Filters', 'Program: Co-Responder Pilot'],
      ['Dec 2025 compared', 'Dec 2025', 113, 23, 20.4, 14, 28.7, 'no', -267, -297],
      ['Dec 2025 compared', 'Month before (Nov 2025)', 380, 30, 7.9, 5.6, 11, 'no'],
      [
        'Dec 2025 compared',
        'Same month last year (Dec 2024)',
        410,
        30,
        7.3,
        5.2,
        10.3,
        'no',
      ],
      [
        'Dec 2025 by Area',
        '=East',
        43,
        'suppressed',
        'suppressed',
        null,
        null,
        'suppressed',
        3,
        'suppressed',
      ],
      [
        'Dec 2025 by Area',
        'West',
        70,
        'suppressed',
        'suppressed',
        null,
        null,
        'suppressed',
        5,
        -10,
      ],
      ['Dec 2025 by Area', 'Total', 113, 23, 20.4, null, null, 'no', null, null],
      [
        'Monthly figures',
        'Nov 2024',
        400,
        'suppressed',
        'suppressed',
        null,
        null,
        'suppressed',
      ],
      ['Monthly figures', 'Dec 2024', 410, 30, 7.3, null, null, 'no'],
      ['Monthly figures', 'Nov 2025', 380, 30, 7.9, null, null, 'no'],
      ['Monthly figures', 'Dec 2025', 113, 23, 20.4, null, null, 'no'],
    ]);
  });

  it('makes a value that starts like a formula inert in the file', () => {
    expect(toCSV(exported())).toContain("\r\nDec 2025 by Area,'=East,43,suppressed,");
  });

  it('writes events alone for a source without an outcome, small counts suppressed', () => {
    const incidents: EventSource = {
      ...source,
      id: 'force_incidents:events',
      dataset: 'force_incidents',
      outcomeMetric: null,
      eventsMetric: 'force_incidents',
      eventNoun: 'force incidents',
      outcomeLabel: null,
    };
    const rows = monthCSVRows({
      source: incidents,
      month: '2025-12-01',
      summary: [],
      breakdown: null,
      months: [
        { month: '2025-11-01', events: 7, outcomes: 0 },
        { month: '2025-12-01', events: 120, outcomes: 0 },
      ],
      filters: [],
      preset: 'cms',
    });
    expect(rows).toEqual([
      [
        'Table',
        'Line',
        'force incidents',
        'Change in force incidents vs month before',
        'Change in force incidents vs same month last year',
      ],
      ['Filters', 'All records'],
      ['Monthly figures', 'Nov 2025', 'suppressed'],
      ['Monthly figures', 'Dec 2025', 120],
    ]);
  });
});
