// Monthly figures computed straight from a CSV file with PapaParse, independently of
// the app's DuckDB SQL, for the browser tests to compare against.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

/** Parses a CSV file into objects keyed by header. */
export function readRecords(file) {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  return Papa.parse(text, { header: true, skipEmptyLines: true }).data;
}

/** { 'YYYY-MM': { events, outcomes } } from a month-of-record and an outcome test. */
export function countByMonth(records, monthOf, isOutcome) {
  const months = {};
  for (const record of records) {
    const month = monthOf(record);
    months[month] ??= { events: 0, outcomes: 0 };
    months[month].events += 1;
    if (isOutcome(record)) months[month].outcomes += 1;
  }
  return months;
}

/** Drops the zero months the app shows on its continuous axis, for comparison. */
export function withoutEmptyMonths(figures) {
  return Object.fromEntries(
    Object.entries(figures).filter(([, counts]) => counts.events > 0),
  );
}

/** `11/23/2019` → `2019-11`. */
export const monthOfUSDate = (text) => {
  const [month, , year] = text.split('/');
  return `${year}-${month.padStart(2, '0')}`;
};
