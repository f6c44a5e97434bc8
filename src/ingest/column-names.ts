/**
 * Column names for an export's headers. Preview and loaded table must name columns
 * identically, so this is the only place names are made.
 */

const BOM = /^\uFEFF+/;

/** Trims a raw header cell and removes a byte-order mark left by the export. */
export function cleanHeader(raw: string): string {
  return raw.replace(BOM, '').trim();
}

/**
 * Gives every column a distinct, predictable name: trimmed, empty ones become
 * `column_<position>`, repeats become `Name_2`, `Name_3` in order of appearance.
 */
export function distinctColumnNames(rawHeaders: readonly string[]): string[] {
  const cleaned = rawHeaders.map(cleanHeader);
  // DuckDB identifiers are case-insensitive, so `Name` and `NAME` would collide.
  const key = (name: string) => name.toLowerCase();
  // A later header keeps its own name, so a generated name must not take it.
  const reserved = new Set(cleaned.filter((name) => name !== '').map(key));
  const taken = new Set<string>();
  const isFree = (name: string) => !taken.has(key(name)) && !reserved.has(key(name));

  return cleaned.map((name, index) => {
    const base = name === '' ? `column_${index + 1}` : name;
    const baseIsFree = name === '' ? isFree(base) : !taken.has(key(base));
    const chosen = baseIsFree ? base : firstFreeSuffix(base, isFree);
    taken.add(key(chosen));
    return chosen;
  });
}

function firstFreeSuffix(base: string, isFree: (name: string) => boolean): string {
  for (let suffix = 2; ; suffix++) {
    const candidate = `${base}_${suffix}`;
    if (isFree(candidate)) return candidate;
  }
}
