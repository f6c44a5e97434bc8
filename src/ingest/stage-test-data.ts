/**
 * Test support: a seeded CSV full of what breaks chunked readers (quoted line breaks,
 * CRLF and LF, doubled quotes, multi-byte characters, blank, short and long records),
 * written together with the line each record starts on. Used only by *.test.ts files.
 */

/** A generated file and what a correct staging of it holds. */
export interface TrickyCSV {
  readonly text: string;
  readonly columns: readonly string[];
  /** Data records kept, in order, by start line with their expected values. */
  readonly kept: readonly { line: number; values: readonly (string | null)[] }[];
  /** Start lines of records with more fields than columns. */
  readonly longLines: readonly number[];
}

const VALUES = [
  'plain',
  'two words',
  'é€ — ünïcödé',
  '😀 emoji',
  'has, comma',
  'say "hi"',
  'line\nbreak',
  'crlf\r\ninside',
  '',
  '  ',
  '\n',
];

/** A small deterministic generator (mulberry32), so a failing seed can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const needsQuotes = (value: string) => /[",\r\n]/.test(value) || value === '';
const cell = (value: string) =>
  needsQuotes(value) ? `"${value.replaceAll('"', '""')}"` : value;

/** Writes `records` records of three columns after a header, seeded. */
export function trickyCSV(seed: number, records: number): TrickyCSV {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const columns = ['id', 'note', 'place'];
  const kept: TrickyCSV['kept'][number][] = [];
  const longLines: number[] = [];
  // DuckDB reads one record terminator per file, so the file keeps one throughout;
  // quoted values still mix CRLF and LF.
  const eol = random() < 0.5 ? '\r\n' : '\n';
  let text = `${columns.join(',')}${eol}`;
  let line = 2;

  for (let id = 1; id <= records; id++) {
    if (random() < 0.1) {
      text += eol;
      line++;
    }
    const width = random() < 0.1 ? 2 : random() < 0.05 ? 4 : 3;
    const values = [String(id), pick(VALUES), pick(VALUES), 'extra'].slice(0, width);
    if (width > 3) longLines.push(line);
    else
      kept.push({
        line,
        // DuckDB reads a quoted empty value as NULL (allow_quoted_nulls).
        values: [0, 1, 2].map((i) => (i < width && values[i] !== '' ? values[i]! : null)),
      });
    const record = values.map(cell).join(',');
    text += record + eol;
    line += (record.match(/\n/g)?.length ?? 0) + 1;
  }
  return { text, columns, kept, longLines };
}
