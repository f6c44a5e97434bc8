/**
 * The part of a first mapping only a releases file has: the follow-up an export
 * states only implicitly, by a reporting year a fixed number of years after each
 * release (Iowa reports FY2010 releases in 2013, a three-year follow-up).
 */
import { matchesDateFormat } from './date-catalog';
import type { ColumnMapping } from './import-mapping';
import { normalizeHeader } from './suggest';
import { presentValues } from './suggest-values';

/** Why a follow-up is suggested: the two columns whose years differ by a fixed amount. */
export interface FollowUpEvidence {
  /** The column read as the release year (its fiscal year, or its date's year). */
  readonly releaseColumn: string;
  /** The column whose header names a reporting or follow-up year. */
  readonly reportingColumn: string;
  /** Reporting year minus release year, the same in every sampled row. */
  readonly years: number;
  readonly months: number;
}

const REPORTING_YEAR = /\b(reporting|follow ?up|followup|tracking) year\b/;
const YEAR = /^\d{4}$/;
const YEAR_IN_DATE = /(?:^|\D)(\d{4})(?:\D|$)/;
/** Follow-ups past ten years are not a recidivism window an export would state. */
const MOST_YEARS = 10;

const fieldColumn = (columns: readonly ColumnMapping[], field: string) =>
  columns.find((c) => c.target.kind === 'field' && c.target.field === field);

/** Each sampled row's release year, or null where the cell is missing or unread. */
function releaseYears(column: ColumnMapping, values: readonly string[]) {
  const isDate = column.target.kind === 'field' && column.target.field === 'released_on';
  return values.map((raw) => {
    const value = raw.trim();
    if (presentValues([value]).length === 0) return null;
    if (!isDate) return YEAR.test(value) ? Number(value) : Number.NaN;
    const read = (column.dateFormats ?? []).some((id) => matchesDateFormat(value, id));
    const year = read ? YEAR_IN_DATE.exec(value)?.[1] : undefined;
    return year ? Number(year) : Number.NaN;
  });
}

/** The one whole number of years every row shows between the two columns, or null. */
function fixedGap(
  released: readonly (number | null)[],
  reported: readonly string[],
): number | null {
  const gaps = new Set<number>();
  released.forEach((year, i) => {
    const value = (reported[i] ?? '').trim();
    if (year === null || presentValues([value]).length === 0) return;
    // A cell that is not a plain year makes the gap unknown, never skipped.
    gaps.add(YEAR.test(value) ? Number(value) - year : Number.NaN);
  });
  const [gap] = gaps;
  if (gaps.size !== 1 || gap === undefined || !Number.isInteger(gap)) return null;
  return gap >= 1 && gap <= MOST_YEARS ? gap : null;
}

/**
 * The follow-up a releases file implies: when a column whose header names a
 * reporting or follow-up year lies the same 1 to 10 whole years after the release
 * year (`release_fiscal_year`, else the year of `released_on`) in every sampled row
 * holding both, that many years in months. Null when no column does, when the gap
 * varies, or when a column already holds each record's follow-up.
 */
export function followUpFromReportingYear(
  columns: readonly ColumnMapping[],
  valuesOf: (column: string) => readonly string[],
): FollowUpEvidence | null {
  if (fieldColumn(columns, 'follow_up_months')) return null;
  const release =
    fieldColumn(columns, 'release_fiscal_year') ?? fieldColumn(columns, 'released_on');
  if (!release) return null;
  const released = releaseYears(release, valuesOf(release.column));
  const found = columns
    .filter((c) => c.target.kind !== 'field' && c.column !== release.column)
    .filter((c) => REPORTING_YEAR.test(normalizeHeader(c.column)))
    .map((c) => ({ column: c.column, years: fixedGap(released, valuesOf(c.column)) }));
  const years = new Set(found.map((f) => f.years));
  const [first] = found;
  // Two reporting-year columns that disagree say nothing certain.
  if (!first || first.years === null || years.size !== 1) return null;
  return {
    releaseColumn: release.column,
    reportingColumn: first.column,
    years: first.years,
    months: 12 * first.years,
  };
}

/** The mapping screen's line on why the follow-up was suggested. */
export function followUpReason(evidence: FollowUpEvidence): string {
  const unit = evidence.years === 1 ? 'year' : 'years';
  return (
    `From the file: “${evidence.reportingColumn}” is ${evidence.years} ${unit} after ` +
    `“${evidence.releaseColumn}” in every sampled row, so ${evidence.months} months. ` +
    'Change it if the export states another follow-up.'
  );
}
