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

/** `2024-03` moved by whole months, e.g. `shiftMonth('2024-01', -1)` → `2023-12`. */
export function shiftMonth(month, by) {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The last `YYYY-MM` whose every day lies on or before the latest ISO date given. */
export function latestCompleteMonth(isoDates) {
  const last = isoDates.reduce((latest, date) => (date > latest ? date : latest));
  const [year, month, day] = last.split('-').map(Number);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day === daysInMonth ? last.slice(0, 7) : shiftMonth(last.slice(0, 7), -1);
}
