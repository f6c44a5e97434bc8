/**
 * The shape of a metric definition. The registry (registry.ts) is the only place
 * metrics are defined; every view asks it for SQL and never writes its own.
 */
import type { DatasetKind } from '../model/datasets';
import type { SqlQuery } from '../model/sql';

/** Units a metric's value is expressed in. */
export type MetricUnit =
  'count' | 'percent' | 'per_1000' | 'per_100000' | 'minutes' | 'days';

/** Calendar buckets a metric can be reported by. */
export type PeriodGrain = 'month' | 'quarter' | 'year' | 'fiscal_year';

/** A breakdown or filter over a canonical column (program, area, or an extra attribute). */
export interface ColumnRef {
  readonly column: string;
  /** Set when the column is an unmapped attribute kept in the `extra` map. */
  readonly extraKey?: string;
}

/** An equality filter on one column. */
export interface Filter extends ColumnRef {
  readonly value: string;
}

/** What a view asks of a metric. Dates are ISO `YYYY-MM-DD`, both ends inclusive. */
export interface MetricRequest {
  /** Calendar buckets, or 'window' for one total over [from, to] (CompStat windows). */
  readonly grain: PeriodGrain | 'window';
  readonly from?: string;
  readonly to?: string;
  readonly breakdown?: ColumnRef;
  readonly filters: readonly Filter[];
  /** 1 = January; used by the fiscal_year grain. */
  readonly fiscalYearStartMonth: number;
  /** Metric-specific options, e.g. follow-up months, target minutes, juvenile lower age. */
  readonly options?: Readonly<Record<string, number | string>>;
}

/**
 * One row of a metric's result. A proportion or rate has numerator and denominator;
 * a count has numerator only; a time metric (median minutes) carries `value` and the
 * count it was computed from in `numerator`.
 */
export interface MetricRow {
  /** First day of the bucket, or the window's `from` for grain 'window'. */
  readonly periodStart: string;
  /** Breakdown value; null when there is no breakdown. */
  readonly group: string | null;
  readonly numerator: number;
  readonly denominator: number | null;
  /** value = numerator ÷ denominator × unit scale, or the time statistic. */
  readonly value: number | null;
  /** Counts a reader must see beside the figure, e.g. calls missing an arrival time. */
  readonly notes?: Readonly<Record<string, number>>;
}

/** Bounds a numeric option must respect; the metric and the settings screens share them. */
export interface NumberOptionRule {
  readonly min: number;
  readonly max: number;
  readonly integer?: boolean;
  /** When set, only these values (all within min–max) are accepted. */
  readonly oneOf?: readonly number[];
}

/** A numeric option, with the bounds its metric accepts. */
export interface NumberOptionSpec {
  readonly kind: 'number';
  readonly key: string;
  readonly description: string;
  /** null when the option is unset by default. */
  readonly defaultValue: number | null;
  readonly rule: NumberOptionRule;
}

/** A text option (a date, a population group): its metric checks its own shape. */
export interface TextOptionSpec {
  readonly kind: 'text';
  readonly key: string;
  readonly description: string;
  readonly defaultValue: string;
}

/** An option a metric reads from MetricRequest.options, documented for views and docs. */
export type MetricOptionSpec = NumberOptionSpec | TextOptionSpec;

/** A metric, defined once. */
export interface MetricDefinition {
  readonly id: string;
  readonly name: string;
  /** What is counted on top, in plain words. */
  readonly numerator: string;
  /** What it is divided by, named; null for a plain count. */
  readonly denominator: string | null;
  readonly unit: MetricUnit;
  readonly datasets: readonly DatasetKind[];
  readonly fields: readonly string[];
  /** Which date puts a record in a period, in plain words. */
  readonly periodRule: string;
  readonly lowerIsBetter: boolean;
  /** Smallest prior count from which a percentage change is shown (default 5). */
  readonly minimumForChange: number;
  readonly defaultTarget?: number;
  readonly caveats: readonly string[];
  /**
   * Fields that must hold values for the figure to mean anything: a dataset whose
   * export never carried them gives no figure, not a zero. An entry `a|b` is met
   * when either field holds values (age, or date of birth, or an age band).
   */
  readonly requires?: readonly string[];
  /** Columns this metric is meant to be broken down by, beyond program and area. */
  readonly breakdowns?: readonly string[];
  /** Options the metric reads, with their defaults. */
  readonly options?: readonly MetricOptionSpec[];
  /** Builds the SQL whose rows become MetricRow: columns period_start, grp, numerator, denominator, value. */
  readonly buildQuery: (request: MetricRequest) => SqlQuery;
}
