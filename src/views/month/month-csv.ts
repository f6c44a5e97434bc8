/**
 * The month review as CSV rows for sharing: the summary, the breakdown as shown and
 * the monthly figures. Suppression always applies here, whatever the on-screen
 * setting: a hidden count and every figure derived from it read "suppressed".
 */
import type { CSVValue } from '../../export/csv';
import { outcomeRate, type MonthCounts } from '../../metrics/month-comparison';
import type { BreakdownFilter, EventSource } from '../../model/event-source';
import { isUnstable, wilsonInterval, type SuppressionPreset } from '../../stats';
import { monthLabel } from '../format';
import { SUPPRESSED } from '../shared/sharing-rule';
import type { ShownBreakdown } from './breakdown-lines';
import { suppressMonthLine, type LineSuppression } from './month-suppression';
import type { SummaryLine } from './month-summary-lines';

/** The header row of the month review's export. */
export function monthCSVHeader(source: EventSource): string[] {
  const outcome =
    source.outcomeLabel === null
      ? []
      : [
          source.outcomeLabel,
          'Rate (%)',
          'Rate 95% CI lower',
          'Rate 95% CI upper',
          'Rate unstable (20 or fewer events)',
        ];
  return [
    'Table',
    'Line',
    source.eventNoun,
    ...outcome,
    `Change in ${source.eventNoun} vs month before`,
    `Change in ${source.eventNoun} vs same month last year`,
  ];
}

type Change = { readonly difference: number; readonly hidden: boolean } | null;

const percent = (value: number | null) =>
  value === null ? null : Math.round(value * 1000) / 10;
// A figure that does not exist (no interval, no rate) stays empty rather than hidden.
const hide = (hidden: boolean, value: CSVValue) =>
  value !== null && hidden ? SUPPRESSED : value;
const changeCell = (change: Change) =>
  change === null ? null : hide(change.hidden, change.difference);

function figureCells(
  counts: MonthCounts | { events: number; outcomes: number },
  hidden: LineSuppression,
  withInterval: boolean,
  withOutcome: boolean,
): CSVValue[] {
  if (!withOutcome) return [hide(hidden.events, counts.events)];
  const rate = outcomeRate(counts);
  const interval = withInterval ? wilsonInterval(counts.outcomes, counts.events) : null;
  return [
    hide(hidden.events, counts.events),
    hide(hidden.outcomes, counts.outcomes),
    hide(hidden.rate, percent(rate)),
    hide(hidden.rate, percent(interval?.lower ?? null)),
    hide(hidden.rate, percent(interval?.upper ?? null)),
    // The flag says whether the count is 20 or fewer, so it goes with the rate.
    hide(hidden.rate, rate === null ? null : isUnstable(counts.outcomes) ? 'yes' : 'no'),
  ];
}

function summaryRows(
  month: string,
  lines: readonly SummaryLine[],
  withOutcome: boolean,
): CSVValue[][] {
  const table = `${monthLabel(month)} compared`;
  return lines.map((line, index) => {
    const changes =
      index === 0 ? [changeCell(lines[1]!.change), changeCell(lines[2]!.change)] : [];
    if (!line.counts) return [table, `${line.label}: ${line.absent ?? ''}`];
    return [
      table,
      line.label,
      ...figureCells(line.counts, line.hidden, true, withOutcome),
      ...changes,
    ];
  });
}

function breakdownRows(
  month: string,
  breakdown: ShownBreakdown,
  withOutcome: boolean,
): CSVValue[][] {
  const table = `${monthLabel(month)} by ${breakdown.column}`;
  return breakdown.lines.map((line) => {
    const vs = (earlier: number | null, hidden: boolean): Change =>
      line.isTotal || earlier === null
        ? null
        : { difference: line.events - earlier, hidden };
    return [
      table,
      line.group,
      ...figureCells(line, line.hidden, false, withOutcome),
      changeCell(vs(line.priorEvents, line.hidden.vsPrior)),
      changeCell(vs(line.lastYearEvents, line.hidden.vsLastYear)),
    ];
  });
}

/** Everything the month review shows, as one CSV table with a header row. */
export function monthCSVRows(input: {
  readonly source: EventSource;
  readonly month: string;
  readonly summary: readonly SummaryLine[];
  readonly breakdown: ShownBreakdown | null;
  readonly months: readonly MonthCounts[];
  readonly filters: readonly BreakdownFilter[];
  readonly preset: SuppressionPreset;
}): CSVValue[][] {
  const withOutcome = input.source.outcomeLabel !== null;
  const filters = input.filters.map((filter) => `${filter.label}: ${filter.value}`);
  const monthly = input.months.map((counts) => [
    'Monthly figures',
    monthLabel(counts.month),
    ...figureCells(counts, suppressMonthLine(counts, input.preset), false, withOutcome),
  ]);
  return [
    monthCSVHeader(input.source),
    ['Filters', filters.length === 0 ? 'All records' : filters.join('; ')],
    ...summaryRows(input.month, input.summary, withOutcome),
    ...(input.breakdown ? breakdownRows(input.month, input.breakdown, withOutcome) : []),
    ...monthly,
  ];
}
