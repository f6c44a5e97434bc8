/**
 * The lines of the month summary (the reviewed month, the month before, the same month
 * last year) with what a shared copy hides, for the screen and the CSV alike.
 */
import {
  compareMonth,
  shiftMonth,
  type MonthCounts,
  type MonthCoverage,
} from '../../metrics/month-comparison';
import type { PeriodCoverage } from '../../metrics/periods';
import type { SuppressionPreset } from '../../stats';
import { monthLabel } from '../format';
import { suppressMonthLine, type LineSuppression } from './month-suppression';

/** One line of the summary; counts is null for a month left out, `absent` says why. */
export interface SummaryLine {
  readonly label: string;
  readonly counts: MonthCounts | null;
  readonly absent: string | null;
  readonly hidden: LineSuppression;
  /** The reviewed month's events minus this line's; null on the reviewed month. */
  readonly change: { readonly difference: number; readonly hidden: boolean } | null;
}

const SHOWN: LineSuppression = { events: false, outcomes: false, rate: false };

/** Why a compared month is left out: its own coverage, or the reviewed month's. */
function absentReason(current: PeriodCoverage, compared: PeriodCoverage): string {
  if (current !== 'full') return 'not compared: the month under review is partly covered';
  return compared === 'partial'
    ? 'only partly covered by the data'
    : 'not covered by the data';
}

/** The summary's three lines, or null when the data holds no such month. */
export function summaryLines(
  months: readonly MonthCounts[],
  month: string,
  coverage: MonthCoverage,
  preset: SuppressionPreset,
): SummaryLine[] | null {
  const comparison = compareMonth(months, month);
  if (!comparison) return null;
  const { current } = comparison;
  const currentHidden = suppressMonthLine(current, preset);
  const line = (
    label: string,
    counts: MonthCounts | null,
    isCurrent: boolean,
    compared: PeriodCoverage = 'full',
  ) => {
    const hidden = counts ? suppressMonthLine(counts, preset) : SHOWN;
    const absent = counts ? null : absentReason(coverage.current, compared);
    const change =
      isCurrent || !counts
        ? null
        : {
            difference: current.events - counts.events,
            hidden: currentHidden.events || hidden.events,
          };
    return { label, counts, absent, hidden, change };
  };

  const partly = coverage.current === 'full' ? '' : ' (partly covered by the data)';
  // A month the data does not wholly cover is left out, never shown as a zero.
  return [
    line(`${monthLabel(current.month)}${partly}`, current, true),
    line(
      `Month before (${monthLabel(shiftMonth(month, -1))})`,
      coverage.prior ? comparison.prior : null,
      false,
      coverage.priorCoverage,
    ),
    line(
      `Same month last year (${monthLabel(shiftMonth(month, -12))})`,
      coverage.lastYear ? comparison.lastYear : null,
      false,
      coverage.lastYearCoverage,
    ),
  ];
}
