/**
 * What a published figure's header says about how it may be added up: a rate (per
 * 100,000, a percent) is never summed, a stock (people actively homeless, a census)
 * is a point-in-time count never summed across periods, and a flow (newly
 * identified, moved to housing) is a count.
 */
import type { ValueKind } from '../model/datasets';
import { normalizeHeader } from './suggest';
import { isNumberColumn, isPercentColumn, presentValues } from './suggest-values';

const RATE = /\b(rate|rates|per|percent|percentage|pct|share|ratio)\b/;
// On the header as written, so `per 100,000` keeps its comma; `_` may join the words.
const PER =
  /(?:^|[^a-z])per[\s_]*(\d[\d,]*(?:\.\d+)?)[\s_]*(k|m|thousand|million)?(?![a-z])/i;
const STOCK =
  /\b(actively|active|census|currently|current|on hand|population|caseload|case load|beds occupied|occupied|occupancy|in shelter|in custody|point in time|snapshot)\b/;
const FLOW =
  /\b(newly|new|became|moved|returned|entered|entries|exited|exits|admitted|admissions|released|placed|identified)\b/;

const SCALE: Readonly<Record<string, number>> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  million: 1e6,
};

/** The unit a rate's header or values name (`per 100,000`, `%`), or null. */
export function rateUnitOf(column: string, values: readonly string[]): string | null {
  const per = PER.exec(column);
  if (per) {
    const base = Number((per[1] ?? '').replaceAll(',', ''));
    const scale = SCALE[(per[2] ?? '').toLowerCase()] ?? 1;
    return `per ${(base * scale).toLocaleString('en-US')}`;
  }
  const present = presentValues(values);
  if (column.includes('%') || isPercentColumn(present)) return '%';
  return /\b(percent|percentage|pct)\b/.test(normalizeHeader(column)) ? '%' : null;
}

/** True when a header or its values name a rate: `rate`, `per 1,000`, `%`. */
export function namesRate(column: string, values: readonly string[]): boolean {
  return (
    RATE.test(normalizeHeader(column)) ||
    column.includes('%') ||
    isPercentColumn(presentValues(values))
  );
}

/** True when a count's header names a point-in-time count and no flow. */
export function namesStock(column: string): boolean {
  const header = normalizeHeader(column);
  return STOCK.test(header) && !FLOW.test(header);
}

/**
 * The kind of a column of published figures: a rate when its header or values say
 * so (and its values are numbers), a stock or a count for whole-number counts by
 * header, null for any other column.
 */
export function figureKindOf(
  column: string,
  values: readonly string[],
  counted: boolean,
): ValueKind | null {
  const present = presentValues(values);
  if (namesRate(column, present) && isNumberColumn(present)) return 'rate';
  if (!counted) return null;
  return namesStock(column) ? 'stock' : 'count';
}

/** The percent style of a rate column: `31.8%` reads as 31.8 points, as published. */
export const PERCENT_POINTS = { decimalMark: '.', percent: 'points' } as const;
