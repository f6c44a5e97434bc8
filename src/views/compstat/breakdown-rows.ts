/**
 * Shapes a CompStat line broken down by one column: one row per group, the window
 * against a year earlier, classed as the CompStat table classes a line. Suppression
 * treats the groups as one table (groups × current/prior, with totals), so a small
 * group also hides enough others that the line's total cannot give it back.
 */
import type { MetricDefinition, MetricRow } from '../../metrics/metric';
import { suppressTable, type SuppressionPreset } from '../../stats';
import type { PairSuppression } from '../shared/pair-suppression';
import { compStatRow, type CompStatRow } from './compstat-row';

const NOT_RECORDED = 'not recorded';

function hiddenPairs(
  counts: readonly (readonly [number, number])[],
  present: readonly (readonly [boolean, boolean])[],
  preset: SuppressionPreset,
): PairSuppression[] {
  if (counts.length === 0) return [];
  const table = suppressTable(counts, preset);
  return table.cells.map((cells, index) => ({
    current: present[index]![0] && cells[0]!.suppressed,
    prior: present[index]![1] && cells[1]!.suppressed,
  }));
}

/** The groups of a breakdown, in the order of the larger window's counts. */
export function breakdownRows(
  definition: MetricDefinition,
  current: readonly MetricRow[],
  prior: readonly MetricRow[],
  preset: SuppressionPreset,
): CompStatRow[] {
  const groups = [...new Set([...current, ...prior].map((row) => row.group))];
  const find = (rows: readonly MetricRow[], group: string | null) =>
    rows.find((row) => row.group === group);
  const lines = groups.map((group) =>
    compStatRow(
      definition,
      group ?? NOT_RECORDED,
      find(current, group),
      find(prior, group),
      preset,
    ),
  );
  const present = lines.map(
    (line) => [line.current !== null, line.prior !== null] as const,
  );
  const numbers = (pick: (line: CompStatRow, side: 'current' | 'prior') => number) =>
    lines.map((line) => [pick(line, 'current'), pick(line, 'prior')] as const);
  const events = hiddenPairs(
    numbers((line, side) => line[side]?.numerator ?? 0),
    present,
    preset,
  );
  const bases =
    definition.denominator === null
      ? lines.map(() => ({ current: false, prior: false }))
      : hiddenPairs(
          numbers((line, side) => line[side]?.denominator ?? 0),
          present,
          preset,
        );
  return lines
    .map((line, index) => {
      const suppressedEvents = events[index]!;
      const suppressedBases = bases[index]!;
      const suppressDerived = [suppressedEvents, suppressedBases].some(
        (pair) => pair.current || pair.prior,
      );
      return { ...line, suppressedEvents, suppressedBases, suppressDerived };
    })
    .sort((a, b) => (b.current?.numerator ?? 0) - (a.current?.numerator ?? 0));
}
