/**
 * An event source: a table with one row per event (a contact, a stop, an arrest),
 * its local date, a yes/no outcome and the columns it can be broken down by. The
 * month view reads any event source the same way.
 */

import type { SqlQuery } from './sql';

/** Rows the month view can read: `occurred_on DATE`, `outcome BOOLEAN`, breakdowns. */
export interface EventSource {
  readonly id: string;
  /** What the user sees, e.g. the file name or "Sample workspace (synthetic)". */
  readonly label: string;
  /** A SELECT giving `occurred_on`, `outcome` and the breakdown columns. */
  readonly relation: SqlQuery;
  /** What one row is, in the plural: "contacts", "stops", "arrests". */
  readonly eventNoun: string;
  /** What the outcome means, e.g. "use of force" or "Age < 18". */
  readonly outcomeLabel: string;
  /** Columns of the table usable as breakdowns and filters. */
  readonly breakdowns: readonly string[];
  readonly synthetic: boolean;
}

/** An equality filter on one breakdown column. */
export interface BreakdownFilter {
  readonly column: string;
  readonly value: string;
}
