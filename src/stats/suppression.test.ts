import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { SuppressedCell, SuppressedTable } from './suppression';
import { suppressTable } from './suppression';
import { isPrimarySuppressed, SUPPRESSION_PRESETS } from './suppression-rules';

/** The shared table as one grid with its totals row and column, as a reader sees it. */
function grid(table: SuppressedTable): SuppressedCell[][] {
  return [
    ...table.cells.map((line, row) => [...line, table.rowTotals[row]!]),
    [...table.columnTotals, table.grandTotal],
  ];
}

/** The counts with totals appended, computed independently of the code under test. */
function withTotals(counts: number[][]): number[][] {
  const rows = counts.map((line) => [...line, line.reduce((a, b) => a + b, 0)]);
  return [...rows, rows[0]!.map((_, j) => rows.reduce((a, line) => a + line[j]!, 0))];
}

function rank(matrix: number[][]): number {
  const m = matrix.map((line) => [...line]);
  let r = 0;
  for (let column = 0; column < (m[0]?.length ?? 0); column += 1) {
    const pivot = m.findIndex((line, i) => i >= r && Math.abs(line[column]!) > 1e-9);
    if (pivot < 0) continue;
    [m[r], m[pivot]] = [m[pivot]!, m[r]!];
    for (let i = 0; i < m.length; i += 1) {
      if (i === r) continue;
      const factor = m[i]![column]! / m[r]![column]!;
      m[i] = m[i]!.map((value, j) => value - factor * m[r]![j]!);
    }
    r += 1;
  }
  return r;
}

/**
 * Hidden figures a reader can solve for exactly from the published ones, by linear
 * algebra on every row and column equation together (not only one line at a time):
 * figure k is determined when its unit vector lies in the row space of the equations
 * restricted to the hidden figures.
 */
function recoverable(shown: SuppressedCell[][]): [number, number][] {
  const lastRow = shown.length - 1;
  const lastColumn = shown[0]!.length - 1;
  const hidden = shown.flatMap((line, i) =>
    line.flatMap((cell, j): [number, number][] => (cell.suppressed ? [[i, j]] : [])),
  );
  const sign = (i: number, j: number) =>
    (i === lastRow) !== (j === lastColumn) ? -1 : 1;
  const equations = [
    ...shown.map((_, i) => hidden.map(([r, c]) => (r === i ? sign(r, c) : 0))),
    ...shown[0]!.map((_, j) => hidden.map(([r, c]) => (c === j ? sign(r, c) : 0))),
  ];
  const base = rank(equations);
  return hidden.filter((_, k) => {
    const unit = hidden.map((__, index) => (index === k ? 1 : 0));
    return rank([...equations, unit]) === base;
  });
}

const smallTables = fc
  .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }))
  .chain(([rows, columns]) =>
    fc.array(
      fc.array(fc.integer({ min: 0, max: 40 }), {
        minLength: columns,
        maxLength: columns,
      }),
      {
        minLength: rows,
        maxLength: rows,
      },
    ),
  );

describe('suppression presets', () => {
  it('hides 1 to 10 and shows 0 and 11 under the CMS rule', () => {
    const rule = SUPPRESSION_PRESETS.cms;
    expect([0, 1, 10, 11].map((n) => isPrimarySuppressed(n, rule))).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });

  it('hides 1 to 9 under 10, and 1 to 4 under 5', () => {
    expect(isPrimarySuppressed(9, SUPPRESSION_PRESETS.under10)).toBe(true);
    expect(isPrimarySuppressed(10, SUPPRESSION_PRESETS.under10)).toBe(false);
    expect(isPrimarySuppressed(4, SUPPRESSION_PRESETS.under5)).toBe(true);
    expect(isPrimarySuppressed(5, SUPPRESSION_PRESETS.under5)).toBe(false);
    expect(isPrimarySuppressed(0, SUPPRESSION_PRESETS.under5)).toBe(false);
  });
});

describe('suppressTable', () => {
  it('shows a table with no small counts unchanged', () => {
    const table = suppressTable([
      [20, 30],
      [0, 45],
    ]);
    expect(
      grid(table)
        .flat()
        .map((cell) => cell.value),
    ).toEqual([20, 30, 50, 0, 45, 45, 20, 75, 95]);
    expect(
      grid(table)
        .flat()
        .every((cell) => !cell.suppressed && cell.reason === null),
    ).toBe(true);
  });

  it('closes a rectangle around one small count', () => {
    // Worked by hand: 3 is primary; its row takes 15 (smallest), its column 22
    // (smallest), and row 3 then takes 35, whose column already hides one figure.
    const table = suppressTable([
      [20, 3, 15],
      [25, 30, 40],
      [18, 22, 35],
    ]);
    const reasons = table.cells.map((line) => line.map((cell) => cell.reason));
    expect(reasons).toEqual([
      [null, 'primary', 'complementary'],
      [null, null, null],
      [null, 'complementary', 'complementary'],
    ]);
    expect(table.rowTotals.every((cell) => !cell.suppressed)).toBe(true);
    expect(table.cells[0]![1]).toEqual({
      value: null,
      suppressed: true,
      reason: 'primary',
    });
  });

  it('hides a second figure when one line alone would give a count away', () => {
    // Worked by hand: a 1 x 2 table with one small count; the row total is large, so
    // the other count (the smallest open figure in the row) must go too.
    const table = suppressTable([[4, 30]]);
    expect(table.cells[0]!.map((cell) => cell.reason)).toEqual([
      'primary',
      'complementary',
    ]);
    expect(table.rowTotals[0]!.suppressed).toBe(false);
    // Each column total equals its one count: 4 is small itself, 30 goes as its pair.
    expect(table.columnTotals.every((cell) => cell.suppressed)).toBe(true);
  });

  it('protects a count that every line shields but the lines together give away', () => {
    // Worked by hand: two 2 x 2 blocks of small counts joined by the 9 at row 2,
    // column 3. Every line hides two or more figures, yet rows 1-2 minus columns 1-2
    // leaves exactly the 9. Hiding 40 (row 3, column 1) puts it on a cycle.
    const counts = [
      [5, 6, 50, 60],
      [7, 8, 9, 70],
      [40, 45, 3, 4],
      [41, 46, 2, 8],
    ];
    const table = suppressTable(counts);
    const complements = table.cells.flatMap((line, i) =>
      line.flatMap((cell, j) => (cell.reason === 'complementary' ? [[i, j]] : [])),
    );
    expect(complements).toEqual([[2, 0]]);
    expect(recoverable(grid(table))).toEqual([]);
  });

  it('has a recovery check that finds the 9 when only small counts are hidden', () => {
    const counts = [
      [5, 6, 50, 60],
      [7, 8, 9, 70],
      [40, 45, 3, 4],
      [41, 46, 2, 8],
    ];
    const primaryOnly = withTotals(counts).map((line) =>
      line.map((value): SuppressedCell => {
        const small = value >= 1 && value <= 10;
        return { value: small ? null : value, suppressed: small, reason: null };
      }),
    );
    expect(recoverable(primaryOnly)).toEqual([[1, 2]]);
  });

  it('keeps a totals row fixed as published elsewhere and picks no complement in it', () => {
    const counts = [
      [5, 32],
      [0, 0],
      [32, 0],
    ];
    const reasons = (cells: readonly SuppressedCell[]) =>
      cells.map((cell) => cell.reason?.[0] ?? '.').join('');
    // Left free, the complements fall on the totals (32 and 69), which another table
    // already shows; fixed, they move inside.
    const free = suppressTable(counts);
    expect(reasons([...free.columnTotals, free.grandTotal])).toBe('.cc');
    const table = suppressTable(counts, 'cms', { fixedTotalsRow: [false, false, false] });
    expect(table.cells.map(reasons)).toEqual(['pc', '.c', 'c.']);
    expect(reasons(table.rowTotals)).toBe('.cc');
    expect(reasons([...table.columnTotals, table.grandTotal])).toBe('...');
    expect(recoverable(grid(table))).toEqual([]);
  });

  it('hides a fixed totals row figure where the other table hides it', () => {
    const table = suppressTable(
      [
        [4, 26],
        [3, 37],
      ],
      'cms',
      { fixedTotalsRow: [true, true, false] },
    );
    expect(table.columnTotals.map((cell) => cell.reason)).toEqual([
      'primary',
      'complementary',
    ]);
    expect(table.grandTotal).toEqual({ value: 70, suppressed: false, reason: null });
    expect(table.rowTotals.map((cell) => cell.value)).toEqual([30, 40]);
    expect(recoverable(grid(table))).toEqual([]);
  });

  it('rejects a fixed totals row of the wrong width', () => {
    expect(() => suppressTable([[1, 2]], 'cms', { fixedTotalsRow: [true] })).toThrow(
      RangeError,
    );
  });

  it('rejects ragged, empty and fractional tables', () => {
    expect(() => suppressTable([])).toThrow(RangeError);
    expect(() => suppressTable([[1, 2], [3]])).toThrow(RangeError);
    expect(() => suppressTable([[1.5]])).toThrow(RangeError);
    expect(() => suppressTable([[-1]])).toThrow(RangeError);
  });

  it('accepts a custom rule that also hides zeros', () => {
    const table = suppressTable([[0, 30, 40]], { smallest: 0, largest: 9 });
    expect(table.cells[0]![0]!.reason).toBe('primary');
  });

  it('leaves every row and column hiding no figure or at least two', () => {
    fc.assert(
      fc.property(smallTables, (counts) => {
        const shown = grid(suppressTable(counts));
        const lines = [
          ...shown,
          ...shown[0]!.map((_, j) => shown.map((line) => line[j]!)),
        ];
        return lines.every((line) => {
          const hidden = line.filter((cell) => cell.suppressed).length;
          return hidden === 0 || hidden >= 2;
        });
      }),
    );
  });

  it('leaves no hidden figure that row and column totals together can recover', () => {
    fc.assert(
      fc.property(
        smallTables,
        (counts) => recoverable(grid(suppressTable(counts))).length === 0,
      ),
    );
  });

  it('keeps a totals row fixed from its own one-line table and leaves nothing recoverable', () => {
    fc.assert(
      fc.property(smallTables, (counts) => {
        const totals = withTotals(counts).at(-1)!.slice(0, -1);
        const own = suppressTable([totals]);
        const fixed = [...own.cells[0]!, own.rowTotals[0]!].map(
          (cell) => cell.suppressed,
        );
        let table: SuppressedTable;
        try {
          table = suppressTable(counts, 'cms', { fixedTotalsRow: fixed });
        } catch (error) {
          // The caller hides the whole table then; only this error is allowed.
          return !(error instanceof RangeError);
        }
        const shown = [...table.columnTotals, table.grandTotal];
        return (
          shown.every((cell, k) => cell.suppressed === fixed[k]) &&
          recoverable(grid(table)).length === 0
        );
      }),
    );
  });

  it('hides every small count, shows the rest exactly, and marks why', () => {
    fc.assert(
      fc.property(smallTables, (counts) => {
        const expected = withTotals(counts).flat();
        return grid(suppressTable(counts))
          .flat()
          .every((cell, k) => {
            const small = expected[k]! >= 1 && expected[k]! <= 10;
            if (small && cell.reason !== 'primary') return false;
            if (!cell.suppressed)
              return cell.value === expected[k] && cell.reason === null;
            return cell.value === null && (cell.reason === 'primary') === small;
          });
      }),
    );
  });
});
