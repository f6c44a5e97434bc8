/**
 * The value builder for each mapped column: which canonical fields it fills, the SQL
 * that reads them from the raw text, and the test for a present value that does not
 * fit, so the validation report can list it by line.
 */
import { FIELD_VOCABULARIES, KEY_FIELDS, type FieldSpec } from '../model/datasets';
import { quoteLiteral } from '../model/sql';
import { DATE_FORMATS, type DateFormat, type DateFormatId } from './date-catalog';
import { dateSQL, timestampSQL, type LocalZone } from './date-sql';
import { ImportError } from './import-errors';
import type { ColumnMapping } from './import-mapping';
import { timeOfDaySQL } from './time-of-day';
import {
  ageSQL,
  codeSQL,
  DEFAULT_FLAG_VALUES,
  flagSQL,
  integerSQL,
  keySQL,
  numberSQL,
  unfitValueSQL,
} from './values';

/** One canonical field filled from a column. */
export interface FieldValue {
  readonly field: string;
  readonly sql: string;
}

/** A present raw value that converts to NULL, and why, for the report. */
export interface ValueCheck {
  readonly column: string;
  readonly field: string;
  /** The raw text expression, as the report shows it. */
  readonly raw: string;
  readonly unfit: string;
  readonly reason: string;
  /** A flag or category value the mapping does not list (counted by value). */
  readonly outsideMapping: boolean;
}

/** What one mapped column contributes. */
export interface ColumnValues {
  readonly values: readonly FieldValue[];
  readonly check: ValueCheck | null;
}

/** Date formats for a column, turned round when the mapping fixes the day/month order. */
export function mappedDateFormats(mapping: ColumnMapping): DateFormat[] {
  const ids = mapping.dateFormats ?? [];
  if (ids.length === 0)
    throw new ImportError(
      'load-failed',
      `Choose the date format of the column \`${mapping.column}\` before importing.`,
    );
  const swap: Partial<Record<DateFormatId, DateFormatId>> =
    mapping.dayMonthOrder === 'day-first'
      ? {
          'month-day-year': 'day-month-year',
          'month-day-year-time': 'day-month-year-time',
        }
      : mapping.dayMonthOrder === 'month-first'
        ? {
            'day-month-year': 'month-day-year',
            'day-month-year-time': 'month-day-year-time',
          }
        : {};
  return [...new Set(ids.map((id) => swap[id] ?? id))].map((id) => DATE_FORMATS[id]);
}

function check(
  mapping: ColumnMapping,
  field: string,
  raw: string,
  value: string,
  reason: string,
  outsideMapping = false,
): ValueCheck {
  const unfit = unfitValueSQL(raw, value);
  return { column: mapping.column, field, raw, unfit, reason, outsideMapping };
}

/** `CASE upper(trim(raw)) WHEN … THEN … END` over a value map, or null when it is empty. */
function renamedSQL(
  raw: string,
  renames: Readonly<Record<string, string>>,
): string | null {
  const branches = Object.entries(renames).map(
    ([from, to]) =>
      `WHEN ${quoteLiteral(from.trim().toUpperCase())} THEN ${quoteLiteral(to)}`,
  );
  if (branches.length === 0) return null;
  return `(CASE upper(trim(${raw})) ${branches.join(' ')} END)`;
}

/**
 * A field of a fixed list: a value reads as the word the analyst mapped it to, or as
 * the list's own word written in any case; anything else is left empty (and reported).
 */
function vocabularySQL(
  raw: string,
  vocabulary: readonly string[],
  valueMap: Readonly<Record<string, string>>,
): string {
  const own = Object.fromEntries(vocabulary.map((word) => [word, word]));
  return renamedSQL(raw, { ...own, ...valueMap }) ?? 'CAST(NULL AS VARCHAR)';
}

/** An open field: a mapped value is renamed, every other value kept as written. */
function openTextSQL(
  raw: string,
  valueMap: Readonly<Record<string, string>>,
  read: (column: string) => string,
): string {
  const renamed = renamedSQL(raw, valueMap);
  return renamed ? `coalesce(${renamed}, ${read(raw)})` : read(raw);
}

/** The fields an age column fills: exact age and the band's bounds. */
export function ageValues(mapping: ColumnMapping, raw: string): ColumnValues {
  const ages = ageSQL(raw, mapping.ageWords);
  const values = [
    { field: 'age', sql: ages.age },
    { field: 'age_min', sql: ages.ageMin },
    { field: 'age_max', sql: ages.ageMax },
  ];
  const reason = 'not an age, an age band or an age word of the mapping';
  return {
    values,
    check: {
      column: mapping.column,
      field: 'age',
      raw,
      unfit: ages.unfit,
      reason,
      outsideMapping: false,
    },
  };
}

/** SQL giving the TIME of a `time_of_day` column, and its check. */
export function timeOfDayValue(mapping: ColumnMapping, raw: string): ColumnValues {
  if (!mapping.timeFormat)
    throw new ImportError(
      'load-failed',
      `Choose how the column \`${mapping.column}\` writes the time of day before importing.`,
    );
  const value = timeOfDaySQL(raw, mapping.timeFormat);
  return {
    values: [{ field: 'time_of_day', sql: value }],
    check: check(mapping, 'occurred_at', raw, value, 'not a time of day'),
  };
}

/** The value and check of a column mapped to one typed canonical field. */
export function typedValue(
  mapping: ColumnMapping,
  spec: FieldSpec,
  raw: string,
  zone: LocalZone | undefined,
): ColumnValues {
  const one = (value: string, reason: string, outside = false): ColumnValues => ({
    values: [{ field: spec.name, sql: value }],
    check: check(mapping, spec.name, raw, value, reason, outside),
  });
  const style = mapping.numberStyle;

  switch (spec.type) {
    case 'DATE':
      return one(
        dateSQL(raw, mappedDateFormats(mapping), zone),
        'not a date in the chosen formats',
      );
    case 'TIMESTAMP':
      return one(
        timestampSQL(raw, mappedDateFormats(mapping), zone),
        'not a date and time in the chosen formats',
      );
    case 'BOOLEAN':
      return one(
        flagSQL(raw, mapping.flagValues ?? DEFAULT_FLAG_VALUES),
        'not a yes or no value of the mapping',
        true,
      );
    case 'INTEGER':
      return one(integerSQL(raw, style), 'not a whole number');
    case 'DOUBLE':
      return one(numberSQL(raw, style), 'not a number');
    case 'VARCHAR': {
      const valueMap = mapping.valueMap ?? {};
      const vocabulary = FIELD_VOCABULARIES[spec.name];
      const read = KEY_FIELDS.has(spec.name) ? keySQL : codeSQL;
      if (vocabulary)
        return one(
          vocabularySQL(raw, vocabulary, valueMap),
          `not one of ${vocabulary.join(', ')}, nor mapped to one`,
          true,
        );
      return {
        values: [{ field: spec.name, sql: openTextSQL(raw, valueMap, read) }],
        check: null,
      };
    }
  }
}
