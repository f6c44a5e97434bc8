/**
 * The parts of a first mapping only an aggregates file has: the measures of a wide
 * export (one column per measure) and the grain of its periods.
 */
import type { FigureGrain } from '../model/datasets';
import { matchesDateFormat, type DateFormatId } from './date-catalog';
import type { ColumnMapping, MeasureColumn } from './import-mapping';
import { normalizeHeader } from './suggest';
import { figureKindOf, namesRate, PERCENT_POINTS, rateUnitOf } from './measure-kinds';
import { measureKindOf, presentValues } from './suggest-values';

const GRAIN_WORDS: Readonly<Record<string, FigureGrain>> = {
  day: 'day',
  daily: 'day',
  week: 'week',
  weekly: 'week',
  month: 'month',
  monthly: 'month',
  quarter: 'quarter',
  quarterly: 'quarter',
  year: 'year',
  yearly: 'year',
  annual: 'year',
  annually: 'year',
  calendar_year: 'year',
};

/**
 * How a period grain column's sample values read as the model's grains, keyed by
 * the value as written; a value it does not know is left out, so the import reports
 * it rather than storing a grain no metric reads.
 */
export function grainValueMap(values: readonly string[]): Record<string, string> {
  const entries = [...new Set(presentValues(values))].flatMap((value) => {
    const grain = GRAIN_WORDS[value.toLowerCase().replace(/[\s-]+/g, '_')];
    return grain ? [[value, grain] as const] : [];
  });
  return Object.fromEntries(entries);
}

/** Where the month and the day of the month sit in each date-only format with both. */
const DATE_PARTS: Partial<Record<DateFormatId, [RegExp, number, number]>> = {
  'iso-date': [/^\d{4}-(\d{2})-(\d{2})$/, 1, 2],
  'year-month-day-slash': [/^\d{4}\/(\d{1,2})\/(\d{1,2})$/, 1, 2],
  'month-day-year': [/^(\d{1,2})\/(\d{1,2})\/\d{4}$/, 1, 2],
  'day-month-year': [/^(\d{1,2})\/(\d{1,2})\/\d{4}$/, 2, 1],
  'day-mon-year': [/^(\d{1,2})-([A-Za-z]{3})-\d{4}$/, 2, 1],
};

/** The date's month (`jan` or `1`) and day of the month, or null when unread. */
function dateParts(value: string, formats: readonly DateFormatId[]) {
  const format = formats.find((id) => matchesDateFormat(value, id));
  const parts = format ? DATE_PARTS[format] : undefined;
  const match = parts?.[0].exec(value);
  if (!parts || !match) return null;
  const month = (match[parts[1]] ?? '').toLowerCase();
  return {
    january: month === 'jan' || Number(month) === 1,
    day: Number(match[parts[2]]),
  };
}

/**
 * The grain of a period column. Year-months (`2024-03`) and month names (`Mar-24`)
 * are months, years are years and ISO weeks are weeks. Full dates are months when
 * every one falls on the first of a month and there are two or more of them (a
 * single `2024-01-01` could be a day), years when every one is the first of January;
 * any other dates are days.
 */
export function periodGrain(
  formats: readonly DateFormatId[],
  values: readonly string[],
): FigureGrain {
  const [first] = formats;
  if (first === 'year-month' || first === 'mon-year') return 'month';
  if (first === 'year') return 'year';
  if (first === 'iso-week') return 'week';

  const present = [...new Set(presentValues(values))];
  const parts = present.map((v) => dateParts(v, formats));
  if (present.length < 2 || !parts.every((p) => p?.day === 1)) return 'day';
  // Firsts of January only, in two or more years, are years: months would show others.
  return parts.every((p) => p?.january) ? 'year' : 'month';
}

/**
 * The measures of a wide aggregates file: each column left as an extra that holds
 * whole-number counts or percents, or numbers under a header that names a rate,
 * unless a column already holds the value (a long file, one measure per row). Ids,
 * codes and years are never measures. A count whose header names a point-in-time
 * count (`actively_homeless`) is a stock.
 */
export function draftMeasures(
  columns: readonly ColumnMapping[],
  valuesOf: (column: string) => readonly string[],
): MeasureColumn[] {
  const long = columns.some(
    (c) => c.target.kind === 'field' && c.target.field === 'value',
  );
  if (long) return [];
  return columns.flatMap((c): MeasureColumn[] => {
    if (c.target.kind !== 'extra') return [];
    const values = valuesOf(c.column);
    const shape = measureKindOf(normalizeHeader(c.column), presentValues(values));
    const valueKind =
      shape === 'rate' ? 'rate' : figureKindOf(c.column, values, shape === 'count');
    if (!valueKind) return [];
    const measure = { column: c.column, measure: c.column, valueKind };
    return [
      valueKind === 'rate' ? { ...measure, ...rateParts(c.column, values) } : measure,
    ];
  });
}

/** A rate's unit, and the percent style that keeps `31.8%` as 31.8 points. */
function rateParts(column: string, values: readonly string[]) {
  const unit = rateUnitOf(column, values);
  if (unit === '%') return { unit, numberStyle: PERCENT_POINTS };
  return unit ? { unit } : {};
}

/**
 * The kind and unit every row of a long file (one value column) shares, as fixed
 * values: a rate when the value column's header or values, or every unit the file
 * gives, name one. Empty when the file holds the kind, or nothing names a rate.
 */
export function longValueKind(
  value: ColumnMapping,
  valuesOf: (column: string) => readonly string[],
  unit: ColumnMapping | undefined,
): { constants: Record<string, string>; value: ColumnMapping } {
  const values = valuesOf(value.column);
  const units = presentValues(unit ? valuesOf(unit.column) : []);
  const unitsRate = units.length > 0 && units.every((u) => namesRate(u, []));
  if (!namesRate(value.column, values) && !unitsRate) return { constants: {}, value };
  const parts = rateParts(value.column, values);
  const constants: Record<string, string> = { value_kind: 'rate' };
  if (parts.unit && !unit) constants.unit = parts.unit;
  const numberStyle = parts.numberStyle;
  return { constants, value: numberStyle ? { ...value, numberStyle } : value };
}
