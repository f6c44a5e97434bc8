/**
 * CSV for files people open in a spreadsheet. Text that starts with = + - @, a tab
 * or a carriage return is read by Excel, LibreOffice and Sheets as a formula, so such
 * cells get a leading apostrophe (OWASP "CSV injection"). Numbers passed as numbers
 * are written as numerals: a negative difference stays a number, and a number cannot
 * carry a formula.
 */

/** A cell of an exported table: text, a number, or nothing. */
export type CSVValue = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** Text made inert for spreadsheets: a formula-like start is prefixed with `'`. */
export function formulaSafe(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One cell as CSV: formula-safe, quoted when it holds a quote, comma or line break. */
export function csvCell(value: CSVValue): string {
  if (value === null) return '';
  const text =
    typeof value === 'number'
      ? Number.isFinite(value)
        ? String(value)
        : ''
      : formulaSafe(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows as RFC 4180 CSV text with CRLF line ends and a final line break. */
export function toCSV(rows: readonly (readonly CSVValue[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
