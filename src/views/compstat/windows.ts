/** The CompStat window choices and how they are named on screen. */
import type { CompStatWindowKind, DateRange } from '../../metrics/periods';

/** Window kinds in the order they are offered. */
export const WINDOW_CHOICES: readonly { kind: CompStatWindowKind; label: string }[] = [
  { kind: 'week', label: 'Week to date' },
  { kind: '28_days', label: 'Last 28 days' },
  { kind: 'month', label: 'Month to date' },
  { kind: 'year_to_date', label: 'Year to date' },
];

/** `2025-01-01 – 2025-12-31`. */
export function rangeLabel(range: DateRange): string {
  return `${range.from} – ${range.to}`;
}
