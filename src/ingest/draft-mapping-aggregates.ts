/**
 * The parts of a first mapping only an aggregates file has: the measures of a wide
 * export (one column per measure) and the grain of its periods.
 */
import { matchesDateFormat, type DateFormatId } from './date-catalog';
import type { ColumnMapping, MeasureColumn } from './import-mapping';
import { normalizeHeader } from './suggest';
import { measureKindOf, presentValues } from './suggest-values';

/** The length of the period an aggregates record covers. */
export type PeriodGrain = 'day' | 'week' | 'month' | 'year';

/** Where the day of the month sits in each date-only format that has one. */
const DAY_OF_MONTH: Partial<Record<DateFormatId, RegExp>> = {
  'iso-date': /^\d{4}-\d{2}-(\d{2})$/,
  'year-month-day-slash': /^\d{4}\/\d{1,2}\/(\d{1,2})$/,
  'month-day-year': /^\d{1,2}\/(\d{1,2})\/\d{4}$/,
  'day-month-year': /^(\d{1,2})\/\d{1,2}\/\d{4}$/,
  'day-mon-year': /^(\d{1,2})-[A-Za-z]{3}-\d{4}$/,
};

function dayOfMonth(value: string, formats: readonly DateFormatId[]): number | null {
  const format = formats.find((id) => matchesDateFormat(value, id));
  const match = format ? DAY_OF_MONTH[format]?.exec(value) : null;
  return match ? Number(match[1]) : null;
}

/**
 * The grain of a period column. Year-months (`2024-03`) and month names (`Mar-24`)
 * are months, years are years and ISO weeks are weeks. Full dates are months when
 * every one falls on the first of a month and there are two or more of them (a
 * single `2024-01-01` could be a day); any other dates are days.
 */
export function periodGrain(
  formats: readonly DateFormatId[],
  values: readonly string[],
): PeriodGrain {
  const [first] = formats;
  if (first === 'year-month' || first === 'mon-year') return 'month';
  if (first === 'year') return 'year';
  if (first === 'iso-week') return 'week';

  const present = [...new Set(presentValues(values))];
  const firsts = present.filter((v) => dayOfMonth(v, formats) === 1);
  return present.length >= 2 && firsts.length === present.length ? 'month' : 'day';
}

/**
 * The measures of a wide aggregates file: each column left as an extra that holds
 * whole-number counts or percents, unless a column already holds the value (a long
 * file, one measure per row). Ids, codes and years are never measures.
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
    const valueKind = measureKindOf(
      normalizeHeader(c.column),
      presentValues(valuesOf(c.column)),
    );
    if (valueKind === 'rate') {
      const numberStyle = { decimalMark: '.', percent: 'points' } as const;
      return [{ column: c.column, measure: c.column, valueKind, unit: '%', numberStyle }];
    }
    return valueKind ? [{ column: c.column, measure: c.column, valueKind }] : [];
  });
}
