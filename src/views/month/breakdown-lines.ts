/**
 * The breakdown table's lines as shown and exported: each value with what a shared
 * copy hides, then the month's total.
 */
import type { SuppressionPreset } from '../../stats';
import {
  suppressBreakdown,
  type BreakdownRow,
  type GroupSuppression,
} from './month-suppression';

/** One line of the breakdown table; the last one is the total. */
export interface BreakdownLine extends BreakdownRow {
  readonly hidden: GroupSuppression;
  readonly isTotal: boolean;
}

/** The breakdown as shown, for the month review's CSV. */
export interface ShownBreakdown {
  readonly column: string;
  readonly lines: readonly BreakdownLine[];
}

/** The breakdown's value lines with their suppression, and a total line. */
export function breakdownLines(
  rows: readonly BreakdownRow[],
  preset: SuppressionPreset,
): BreakdownLine[] {
  if (rows.length === 0) return [];
  const suppression = suppressBreakdown(rows, preset);
  const total: BreakdownLine = {
    group: 'Total',
    events: rows.reduce((sum, row) => sum + row.events, 0),
    outcomes: rows.reduce((sum, row) => sum + row.outcomes, 0),
    priorEvents: null,
    lastYearEvents: null,
    hidden: { ...suppression.total, vsPrior: false, vsLastYear: false },
    isTotal: true,
  };
  return [
    ...rows.map((row, index) => ({
      ...row,
      hidden: suppression.rows[index]!,
      isTotal: false,
    })),
    total,
  ];
}
