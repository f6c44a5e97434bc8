/**
 * Why DuckDB's CSV reader refused a record, in the analyst's words. DuckDB's own
 * message is kept for anything not recognised, so no reason is ever lost.
 */
const REASONS: readonly [RegExp, (match: RegExpExecArray) => string][] = [
  [
    /Expected Number of Columns: (\d+) Found: (\d+)/,
    ([, expected, found]) => `has ${found} fields where the header has ${expected}`,
  ],
  [
    /Maximum line size of (\d+) bytes exceeded\. Actual Size:\s*(\d+) bytes/,
    ([, limit, size]) =>
      `is ${megabytes(Number(size))} long; a record may be at most ` +
      `${megabytes(Number(limit))}, so a quote may have been left open`,
  ],
  [/unterminated quote/i, () => 'opens a quote that is never closed'],
  [
    /Invalid unicode|invalid UTF-8/i,
    () => 'holds bytes that are not text in the file’s encoding',
  ],
];

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** The reason a record was rejected, as the import report shows it. */
export function rejectReason(raw: string): string {
  for (const [pattern, words] of REASONS) {
    const match = pattern.exec(raw);
    if (match) return words(match);
  }
  return raw;
}
