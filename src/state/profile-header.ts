/**
 * Header comparison for mapping profiles: the normalised signature that decides an
 * exact match, and the diff a user reviews when a header has changed.
 */

/** How a file's header differs from a profile's, in the user's column spellings. */
export interface HeaderDiff {
  /** In the file, not in the profile. */
  readonly added: readonly string[];
  /** In the profile, not in the file. */
  readonly removed: readonly string[];
  /** A different name at the same position: probably the same column renamed. */
  readonly renamed: readonly { readonly from: string; readonly to: string }[];
  /** In both, but moved relative to the other columns (the fewest such columns). */
  readonly reordered: readonly string[];
}

/** A column name as compared: BOM stripped, trimmed, NFC, case-folded. */
export function normaliseColumnName(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .trim()
    .normalize('NFC')
    .toLowerCase();
}

/** Identifies a header by its normalised names in order; commas in names stay unambiguous. */
export function headerSignature(columns: readonly string[]): string {
  return JSON.stringify(columns.map(normaliseColumnName));
}

// A repeated name gets its occurrence number so `Date, Date` differs from `Date`.
function comparisonKeys(columns: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return columns.map((column) => {
    const name = normaliseColumnName(column);
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return `${name}\u0000${count}`;
  });
}

// Longest common subsequence: the largest set of shared columns that kept their order.
function keptInOrder(before: readonly string[], after: readonly string[]): Set<string> {
  const table = before.map(() => new Array<number>(after.length + 1).fill(0));
  table.push(new Array<number>(after.length + 1).fill(0));
  for (let i = before.length - 1; i >= 0; i--) {
    for (let j = after.length - 1; j >= 0; j--) {
      table[i]![j] =
        before[i] === after[j]
          ? table[i + 1]![j + 1]! + 1
          : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const kept = new Set<string>();
  for (let i = 0, j = 0; i < before.length && j < after.length;) {
    if (before[i] === after[j]) {
      kept.add(before[i]!);
      i++;
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  return kept;
}

/** Compares a profile's header with a file's; an empty diff means the same header. */
export function diffHeaders(
  profileColumns: readonly string[],
  fileColumns: readonly string[],
): HeaderDiff {
  const before = comparisonKeys(profileColumns);
  const after = comparisonKeys(fileColumns);
  const beforeSet = new Set(before);
  const afterSet = new Set(after);

  const renamed: { from: string; to: string }[] = [];
  const pairedBefore = new Set<number>();
  const pairedAfter = new Set<number>();
  before.forEach((key, index) => {
    const other = after[index];
    if (afterSet.has(key) || other === undefined || beforeSet.has(other)) return;
    renamed.push({ from: profileColumns[index]!, to: fileColumns[index]! });
    pairedBefore.add(index);
    pairedAfter.add(index);
  });

  const shared = (keys: string[], other: Set<string>) => keys.filter((k) => other.has(k));
  const kept = keptInOrder(shared(before, afterSet), shared(after, beforeSet));
  return {
    added: fileColumns.filter((_, i) => !beforeSet.has(after[i]!) && !pairedAfter.has(i)),
    removed: profileColumns.filter(
      (_, i) => !afterSet.has(before[i]!) && !pairedBefore.has(i),
    ),
    renamed,
    reordered: fileColumns.filter(
      (_, i) => beforeSet.has(after[i]!) && !kept.has(after[i]!),
    ),
  };
}

/** True when a diff has no difference of any kind. */
export function isEmptyDiff(diff: HeaderDiff): boolean {
  return (
    diff.added.length +
      diff.removed.length +
      diff.renamed.length +
      diff.reordered.length ===
    0
  );
}
