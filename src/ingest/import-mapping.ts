/**
 * What an analyst confirms on the mapping screen: how one export's columns become a
 * canonical dataset. Saved in profiles (so it must stay plain JSON) and read by the
 * import pipeline, which turns it into DuckDB SQL.
 */
import type { DatasetKind, ValueKind } from '../model/datasets';
import type { AgeWords } from './ages';
import type { DateFormatId, DayMonthOrder } from './date-catalog';
import type { TimeFormat } from './time-of-day';
import type { FlagValues, NumberStyle } from './values';

/** Where a column's values go. */
export type ColumnTarget =
  /** A canonical field of the dataset, or `age_band` / `time_of_day` (see suggest.ts). */
  | { readonly kind: 'field'; readonly field: string }
  /** Kept as an extra attribute, usable as a breakdown and filter. */
  | { readonly kind: 'extra' }
  | { readonly kind: 'ignore' };

/** How one staged column is read. Only the parts its target needs are set. */
export interface ColumnMapping {
  /** The column's distinct name, as in the preview and the staged table. */
  readonly column: string;
  readonly target: ColumnTarget;
  /** Date and date-time fields: the formats, tried in order. */
  readonly dateFormats?: readonly DateFormatId[];
  /** Set when the data cannot show whether day or month comes first. */
  readonly dayMonthOrder?: DayMonthOrder;
  /** `time_of_day`: combined with the date field into occurred_at. */
  readonly timeFormat?: TimeFormat;
  /** Boolean fields: which values mean yes and no; other values are reported. */
  readonly flagValues?: FlagValues;
  /** Category fields: export value → canonical value (e.g. destination → class). */
  readonly valueMap?: Readonly<Record<string, string>>;
  /** Age fields: words such as `Juvenile` and the ages they stand for. */
  readonly ageWords?: AgeWords;
  readonly numberStyle?: NumberStyle;
}

/** Which program a record belongs to. */
export type ProgramRule =
  | { readonly kind: 'column' }
  | { readonly kind: 'whole-file'; readonly program: string }
  | {
      readonly kind: 'by-area';
      readonly programByArea: Readonly<Record<string, string>>;
    };

/** A column of a wide aggregate export whose values become records of one measure. */
export interface MeasureColumn {
  readonly column: string;
  /** Name stored in `measure`, e.g. `moved_to_housing`. */
  readonly measure: string;
  /** `count` may be summed, `stock` only within a period, `rate` never (VALUE_KINDS). */
  readonly valueKind: ValueKind;
  readonly unit?: string;
  readonly numberStyle?: NumberStyle;
}

/** A value every record of the file gets, for a field the export has no column for. */
export type ConstantValue = string | number | boolean;

/** A confirmed mapping of one export type into one dataset. */
export interface ImportMapping {
  readonly dataset: DatasetKind;
  readonly columns: readonly ColumnMapping[];
  /** Column holding the agency's record id; null → a fingerprint of the row. */
  readonly recordIdColumn: string | null;
  readonly program: ProgramRule;
  /** IANA zone of the agency: UTC stamps are turned into its local dates. */
  readonly timeZone: string;
  /**
   * Packed cells (several subjects in one cell, comma-separated): these columns are
   * split in step into one record per position.
   */
  readonly split?: { readonly columns: readonly string[]; readonly delimiter: string };
  /** Dates before this (`YYYY-MM-DD`) are reported as implausible. */
  readonly earliestPlausibleDate: string;
  /** Fields the file implies but does not hold, e.g. Iowa's 36-month follow-up. */
  readonly constants?: Readonly<Record<string, ConstantValue>>;
  /**
   * Wide aggregate exports (one column per measure): each row becomes one record per
   * listed column, with `measure`, `value`, `value_kind` and `unit` filled from here.
   */
  readonly measures?: readonly MeasureColumn[];
}
