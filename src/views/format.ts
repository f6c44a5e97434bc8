/**
 * Formatting for the screen. Month labels are built from the `YYYY-MM-01` text, never
 * through a Date in the browser's zone, so no label moves to another month.
 */
const MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];
const whole = new Intl.NumberFormat('en-US');

/** `2024-03-01` → `Mar 2024`. */
export function monthLabel(month: string): string {
  const [year, monthOfYear] = month.split('-');
  return `${MONTHS[Number(monthOfYear) - 1] ?? '?'} ${year ?? ''}`;
}

/** A count with thousands separators. */
export function formatCount(value: number): string {
  return whole.format(value);
}

/** A proportion as a percentage with one decimal, or a dash when there is none. */
export function formatPercent(value: number | null): string {
  return value === null ? '–' : `${(value * 100).toFixed(1)}%`;
}

/** A signed difference in counts, e.g. `+12` or `−3`. */
export function formatDifference(value: number): string {
  if (value === 0) return '±0';
  return value > 0 ? `+${whole.format(value)}` : `−${whole.format(-value)}`;
}
