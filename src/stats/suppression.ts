/**
 * Small-count suppression for shared tables: primary suppression of counts inside the
 * rule's range, then complementary suppression so no hidden count can be worked out
 * from the row and column totals. The table is handled with its totals as one grid
 * (totals row and column included), in which every line must hide 0 or at least 2
 * figures; a line's total counts as one of its figures.
 *
 * Known limitation: this stops exact recovery, not bounding. Someone can still learn
 * that a hidden count lies between 0 and the sum of the hidden figures in its line, so
 * a small complement (especially a zero, which is used only when nothing else is left)
 * narrows that range.
 */
import { findBridge } from './suppression-graph';
import type { SuppressionPreset, SuppressionRule } from './suppression-rules';
import { isPrimarySuppressed, suppressionRule } from './suppression-rules';

/** Why a figure is hidden: its own size, or to protect another hidden figure. */
export type SuppressionReason = 'primary' | 'complementary';

/** One figure of a shared table; value is null whenever the figure is hidden. */
export interface SuppressedCell {
  readonly value: number | null;
  readonly suppressed: boolean;
  readonly reason: SuppressionReason | null;
}

/** A table ready to share, with its row, column and grand totals. */
export interface SuppressedTable {
  readonly cells: readonly (readonly SuppressedCell[])[];
  readonly rowTotals: readonly SuppressedCell[];
  readonly columnTotals: readonly SuppressedCell[];
  readonly grandTotal: SuppressedCell;
}

/** How a table is suppressed besides its rule. */
export interface SuppressionOptions {
  /**
   * The totals row (column totals, then the grand total) as already published in
   * another table with its own suppression: true where that figure is hidden there.
   * It is kept exactly so here and never picked as a complement, so the two tables
   * agree and the other one cannot give a hidden figure of this one away.
   */
  readonly fixedTotalsRow?: readonly boolean[];
}

type Grid = number[][];
type Reasons = (SuppressionReason | null)[][];
type Locked = (row: number, column: number) => boolean;

/**
 * Suppresses small counts in a rows × columns table of counts and adds the
 * complementary suppressions that keep them hidden; the totals are computed here.
 */
export function suppressTable(
  counts: readonly (readonly number[])[],
  rule: SuppressionPreset | SuppressionRule = 'cms',
  options: SuppressionOptions = {},
): SuppressedTable {
  assertTable(counts);
  const grid = withTotals(counts);
  const resolved = suppressionRule(rule);
  const reasons: Reasons = grid.map((line) =>
    line.map((value) => (isPrimarySuppressed(value, resolved) ? 'primary' : null)),
  );
  const locked = fixTotalsRow(reasons, options.fixedTotalsRow);

  while (
    protectOneLine(grid, reasons, locked) ||
    protectOneBridge(grid, reasons, locked)
  ) {
    // Each pass hides one more figure, so the loop ends within the grid's size.
  }
  return toTable(grid, reasons);
}

/** Sets the totals row as published elsewhere; returns which figures are locked. */
function fixTotalsRow(reasons: Reasons, fixed: readonly boolean[] | undefined): Locked {
  const lastRow = reasons.length - 1;
  if (fixed === undefined) return () => false;
  if (fixed.length !== reasons[lastRow]!.length) {
    throw new RangeError('A fixed totals row needs one flag per column and the total.');
  }
  reasons[lastRow] = reasons[lastRow]!.map((reason, column) =>
    fixed[column] ? (reason ?? 'complementary') : null,
  );
  return (row) => row === lastRow;
}

function assertTable(counts: readonly (readonly number[])[]): void {
  const width = counts[0]?.length ?? 0;
  if (counts.length === 0 || width === 0) {
    throw new RangeError('A table to suppress needs at least one row and one column.');
  }
  for (const line of counts) {
    if (line.length !== width) throw new RangeError('Every row needs the same columns.');
    if (!line.every((value) => Number.isSafeInteger(value) && value >= 0)) {
      throw new RangeError('A table to suppress holds whole counts of zero or more.');
    }
  }
}

/** The counts with a total column on the right and a total row at the bottom. */
function withTotals(counts: readonly (readonly number[])[]): Grid {
  const rows = counts.map((line) => [...line, sum(line)]);
  const totals = rows[0]!.map((_, column) => sum(rows.map((line) => line[column]!)));
  return [...rows, totals];
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** Every line of the grid as a list of [row, column] positions. */
function lines(grid: Grid): [number, number][][] {
  const byRow = grid.map((line, row) => line.map((_, column) => [row, column]));
  const byColumn = grid[0]!.map((_, column) => grid.map((_, row) => [row, column]));
  return [...byRow, ...byColumn] as [number, number][][];
}

/** Hides a complement in the first line that hides exactly one figure. */
function protectOneLine(grid: Grid, reasons: Reasons, locked: Locked): boolean {
  for (const line of lines(grid)) {
    const hidden = line.filter(([row, column]) => reasons[row]![column] !== null);
    if (hidden.length !== 1) continue;
    const open = line.filter(
      ([row, column]) => reasons[row]![column] === null && !locked(row, column),
    );
    const isRow = line.every(([row]) => row === line[0]![0]);
    hideComplement(grid, reasons, open, isRow ? 'column' : 'row');
    return true;
  }
  return false;
}

/**
 * Hides a complement that puts a recoverable hidden figure on a cycle: any figure in a
 * row on the bridge's column side and a column on its row side.
 */
function protectOneBridge(grid: Grid, reasons: Reasons, locked: Locked): boolean {
  const bridge = findBridge(reasons.map((line) => line.map((reason) => reason !== null)));
  if (bridge === null) return false;
  const open = bridge.columnSideRows.flatMap((row) =>
    bridge.rowSideColumns
      .filter((column) => reasons[row]![column] === null && !locked(row, column))
      .map((column): [number, number] => [row, column]),
  );
  hideComplement(grid, reasons, open, null);
  return true;
}

/**
 * Hides the open figure that loses least: a non-zero one (a reader may know a zero is
 * structural), then one whose crossing line also hides exactly one figure, since it
 * protects both lines at once and closes rectangles instead of spreading, then the
 * smallest, then an inner cell rather than a total.
 */
function hideComplement(
  grid: Grid,
  reasons: Reasons,
  open: [number, number][],
  crossingLine: 'row' | 'column' | null,
): void {
  if (open.length === 0) throw new Error('No figure is left to hide as a complement.');
  const lastRow = grid.length - 1;
  const lastColumn = grid[0]!.length - 1;
  const hiddenIn = (cells: (SuppressionReason | null)[]) =>
    cells.filter((reason) => reason !== null).length;
  const rank = ([row, column]: [number, number]): number[] => {
    const value = grid[row]![column]!;
    const crossingReasons =
      crossingLine === 'row' ? reasons[row]! : reasons.map((line) => line[column]!);
    const crossing = crossingLine !== null && hiddenIn(crossingReasons) === 1;
    const isTotal = row === lastRow || column === lastColumn;
    return [value === 0 ? 1 : 0, crossing ? 0 : 1, value, isTotal ? 1 : 0];
  };
  const best = open.reduce((a, b) => (compareRanks(rank(b), rank(a)) < 0 ? b : a));
  reasons[best[0]]![best[1]] = 'complementary';
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (const [index, value] of a.entries()) {
    const difference = value - b[index]!;
    if (difference !== 0) return difference;
  }
  return 0;
}

function toTable(grid: Grid, reasons: Reasons): SuppressedTable {
  const marked = grid.map((line, row) =>
    line.map((value, column): SuppressedCell => {
      const reason = reasons[row]![column] ?? null;
      return {
        value: reason === null ? value : null,
        suppressed: reason !== null,
        reason,
      };
    }),
  );
  const body = marked.slice(0, -1);
  const totalsRow = marked.at(-1)!;
  return {
    cells: body.map((line) => line.slice(0, -1)),
    rowTotals: body.map((line) => line.at(-1)!),
    columnTotals: totalsRow.slice(0, -1),
    grandTotal: totalsRow.at(-1)!,
  };
}
