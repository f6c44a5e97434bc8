/**
 * Finds hidden cells that published figures still pin down. Read the table with its
 * totals as a bipartite graph: one node per row and per column (the totals row and
 * column included), one edge per hidden cell. Every row and column sums to its total,
 * so a hidden cell can be shifted up and down around any cycle of hidden cells without
 * changing a published figure; a hidden cell on no cycle (a bridge) is fixed by adding
 * up the lines on one side of it, even when every line has two hidden cells.
 */

/** A hidden cell that can be recovered, and the rows and columns on each side of it. */
export interface Bridge {
  readonly row: number;
  readonly column: number;
  /** Columns joined to `row` by hidden cells once the bridge is removed. */
  readonly rowSideColumns: readonly number[];
  /** Rows joined to `column` by hidden cells once the bridge is removed. */
  readonly columnSideRows: readonly number[];
}

/** The first hidden cell, in row-major order, that lies on no cycle; null if none. */
export function findBridge(hidden: readonly (readonly boolean[])[]): Bridge | null {
  for (const [row, line] of hidden.entries()) {
    for (const [column, isHidden] of line.entries()) {
      if (!isHidden) continue;
      const reached = reachableWithout(hidden, row, column);
      if (reached.columns.has(column)) continue;
      return {
        row,
        column,
        rowSideColumns: [...reached.columns],
        columnSideRows: rowsJoinedTo(hidden, row, column),
      };
    }
  }
  return null;
}

interface Reached {
  readonly rows: Set<number>;
  readonly columns: Set<number>;
}

/** Rows and columns reachable from `row` along hidden cells, skipping (row, column). */
function reachableWithout(
  hidden: readonly (readonly boolean[])[],
  row: number,
  column: number,
): Reached {
  const rows = new Set([row]);
  const columns = new Set<number>();
  const queue: ['row' | 'column', number][] = [['row', row]];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    const [kind, index] = next;
    for (const [other, isHidden] of neighbours(hidden, kind, index)) {
      const skip = kind === 'row' ? index === row && other === column : false;
      if (!isHidden || skip) continue;
      const seen = kind === 'row' ? columns : rows;
      if (seen.has(other)) continue;
      seen.add(other);
      queue.push([kind === 'row' ? 'column' : 'row', other]);
    }
  }
  return { rows, columns };
}

function neighbours(
  hidden: readonly (readonly boolean[])[],
  kind: 'row' | 'column',
  index: number,
): [number, boolean][] {
  if (kind === 'row') return [...(hidden[index] ?? []).entries()];
  return hidden.map((line, row) => [row, line[index] ?? false]);
}

/** Rows on the column's side of a bridge: reachable from it without the bridge. */
function rowsJoinedTo(
  hidden: readonly (readonly boolean[])[],
  row: number,
  column: number,
): number[] {
  // Searching from the transposed table turns the column into a row.
  const transposed = (hidden[0] ?? []).map((_, j) =>
    hidden.map((line) => line[j] ?? false),
  );
  return [...reachableWithout(transposed, column, row).columns];
}
