/**
 * Small-count suppression of the month review, by the workspace's preset, through the
 * stats layer's suppressTable. A month (or a breakdown value) is read as the row
 * [events with the outcome, events without it] whose total is its events, so the
 * count without the outcome, which anyone can work out by subtraction, is protected
 * too. The breakdown is one table whose totals row is the month itself: that row is
 * fixed to the month's own suppression, so the summary and the monthly figures, which
 * publish the same month, agree with it and give none of its hidden cells away.
 *
 * Known limitation: each table is protected on its own. A reader who combines two
 * printouts (the breakdown by two columns, or the view filtered to one of its values)
 * can sometimes narrow or recover a complementary figure.
 */
import {
  isPrimarySuppressed,
  suppressionRule,
  suppressTable,
  type SuppressedTable,
  type SuppressionPreset,
} from '../../stats';

/** Events and outcomes of one month or one breakdown value. */
export interface EventCounts {
  readonly events: number;
  readonly outcomes: number;
}

/** One breakdown value's figures for the reviewed month. */
export interface BreakdownRow extends EventCounts {
  readonly group: string;
  /** Null when the data does not wholly cover that month. */
  readonly priorEvents: number | null;
  readonly lastYearEvents: number | null;
}

/** Which figures of a line are hidden in anything shared. */
export interface LineSuppression {
  readonly events: boolean;
  readonly outcomes: boolean;
  /** The rate and its interval: hidden whenever any count of the line is. */
  readonly rate: boolean;
}

/** A breakdown value's hidden figures, with its changes against earlier months. */
export interface GroupSuppression extends LineSuppression {
  readonly vsPrior: boolean;
  readonly vsLastYear: boolean;
}

/** The breakdown table's hidden figures: one entry per row, then its total. */
export interface BreakdownSuppression {
  readonly rows: readonly GroupSuppression[];
  readonly total: LineSuppression;
}

const split = ({ events, outcomes }: EventCounts) => [
  outcomes,
  Math.max(0, events - outcomes),
];

function lineOf(table: SuppressedTable, row: number): LineSuppression {
  const [outcomes, others] = table.cells[row]!;
  const events = table.rowTotals[row]!.suppressed;
  return {
    events,
    outcomes: outcomes!.suppressed,
    rate: events || outcomes!.suppressed || others!.suppressed,
  };
}

/** Hidden figures of one month's line: its events, outcomes and rate. */
export function suppressMonthLine(
  counts: EventCounts,
  preset: SuppressionPreset,
): LineSuppression {
  return lineOf(suppressTable([split(counts)], preset), 0);
}

/** True when a change against an earlier count must be hidden. */
function changeHidden(
  eventsHidden: boolean,
  earlier: number | null,
  preset: SuppressionPreset,
): boolean {
  if (earlier === null) return false;
  // The change gives the earlier count back, so a small one hides it.
  return eventsHidden || isPrimarySuppressed(earlier, suppressionRule(preset));
}

/** Hidden figures of the breakdown table, its totals row matching the month's own. */
export function suppressBreakdown(
  rows: readonly BreakdownRow[],
  preset: SuppressionPreset,
): BreakdownSuppression {
  const sum = (key: keyof EventCounts) => rows.reduce((total, r) => total + r[key], 0);
  const month = { events: sum('events'), outcomes: sum('outcomes') };
  const total = suppressMonthLine(month, preset);
  if (rows.length === 0) return { rows: [], total };
  const fixed = suppressTable([split(month)], preset);
  const fixedTotalsRow = [
    ...fixed.cells[0]!.map((cell) => cell.suppressed),
    fixed.rowTotals[0]!.suppressed,
  ];

  const lines = tableLines(rows, preset, fixedTotalsRow);
  return {
    rows: rows.map((row, index) => ({
      ...lines[index]!,
      vsPrior: changeHidden(lines[index]!.events, row.priorEvents, preset),
      vsLastYear: changeHidden(lines[index]!.events, row.lastYearEvents, preset),
    })),
    total,
  };
}

const ALL_HIDDEN: LineSuppression = { events: true, outcomes: true, rate: true };

function tableLines(
  rows: readonly BreakdownRow[],
  preset: SuppressionPreset,
  fixedTotalsRow: readonly boolean[],
): LineSuppression[] {
  try {
    const table = suppressTable(rows.map(split), preset, { fixedTotalsRow });
    return rows.map((_, index) => lineOf(table, index));
  } catch (error) {
    if (error instanceof RangeError) throw error;
    // No complement is left once the month's own figures are fixed (a breakdown
    // that mirrors its total): hiding every value's figures is the safe answer.
    return rows.map(() => ALL_HIDDEN);
  }
}
