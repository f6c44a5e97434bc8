/**
 * The validation report as one CSV for download: a row per count and per listed
 * issue. Cells are formula-safe, since the file is opened in spreadsheet software and
 * its values come from the uploaded export.
 */
import { toCSV, type CSVValue } from '../export/csv';
import type { ValidationReport } from './validation-types';

const HEADER = ['section', 'line', 'column', 'field', 'value', 'reason', 'count'];

type Cell = CSVValue;

function summaryRows(report: ValidationReport): Cell[][] {
  const count = (name: string, n: number): Cell[] => [
    name,
    null,
    null,
    null,
    null,
    null,
    n,
  ];
  const rows = [
    count('rows read', report.rowsRead),
    count('rows staged', report.rowsStaged),
    count('records built', report.recordsBuilt),
    count('rows rejected', report.rejected.count),
    count('short rows', report.shortRows.count),
    count('values that do not fit', report.unfitValues.count),
    count('values outside the mapping', report.outsideMapping.count),
    count('dates in the future', report.futureDates.count),
    count('dates before the earliest plausible date', report.earlyDates.count),
    count('duplicate keys', report.duplicates.count),
    count('missing record ids', report.missingKeys.count),
  ];
  if (report.merge) {
    rows.push(count('new records', report.merge.new));
    rows.push(count('updated records', report.merge.updated));
    rows.push(count('unchanged records', report.merge.unchanged));
  }
  return rows;
}

function issueRows(report: ValidationReport): Cell[][] {
  return [
    ...report.rejected.items.map((r) => [
      'rejected',
      r.line,
      r.column,
      null,
      null,
      r.reason,
      null,
    ]),
    ...report.shortRows.items.map((line) => [
      'short row',
      line,
      null,
      null,
      null,
      'fewer fields than the header',
      null,
    ]),
    ...report.unfitValues.items.map((u) => [
      'does not fit',
      u.line,
      u.column,
      u.field,
      u.value,
      u.reason,
      null,
    ]),
    ...report.outsideMapping.items.map((o) => [
      'outside the mapping',
      null,
      o.column,
      o.field,
      o.value,
      null,
      o.count,
    ]),
    ...report.futureDates.items.map((d) => [
      'future date',
      d.line,
      null,
      d.field,
      d.value,
      null,
      null,
    ]),
    ...report.earlyDates.items.map((d) => [
      'early date',
      d.line,
      null,
      d.field,
      d.value,
      null,
      null,
    ]),
    ...report.duplicates.items.map((d) => [
      'duplicate',
      d.lines[0] ?? null,
      null,
      d.resolution === 'both figures kept' ? 'measure' : 'record_key',
      d.key,
      `lines ${d.lines.join(' ')}; ${d.resolution}`,
      d.lines.length,
    ]),
    ...report.missingKeys.items.map((line) => [
      'missing record id',
      line,
      null,
      'record_key',
      null,
      'keyed by a fingerprint',
      null,
    ]),
    ...report.coverage.map((c) => [
      'coverage',
      null,
      null,
      c.field,
      `${c.percent}%`,
      null,
      c.present,
    ]),
  ] as Cell[][];
}

/** The report as CSV text (CRLF line ends, formula-safe cells). */
export function reportToCSV(report: ValidationReport): string {
  const rows = [HEADER, ...summaryRows(report), ...issueRows(report)];
  return toCSV(rows);
}
