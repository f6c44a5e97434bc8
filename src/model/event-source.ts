/**
 * An event source: one dataset read by the month review (contacts, arrests, force
 * incidents, placements), with the registry metrics that give its figures and the
 * columns it can be broken down by. It holds no SQL: every figure comes from the
 * metric registry, so the month review and CompStat read an outcome the same way.
 */
import type { DatasetKind } from './datasets';

/** A column the month review breaks down and filters by, under the name users see. */
export interface BreakdownColumn {
  readonly label: string;
  /** A canonical column of the dataset, or `extra` for an unmapped attribute. */
  readonly column: string;
  /** Set when the column is an unmapped attribute kept in the `extra` map. */
  readonly extraKey?: string;
}

/** A chosen breakdown value: the whole month review is filtered to it. */
export interface BreakdownFilter extends BreakdownColumn {
  readonly value: string;
}

/** What the month review shows of one dataset. */
export interface EventSource {
  readonly id: string;
  /** What the user sees, e.g. "Contacts: use of force (all imports)". */
  readonly label: string;
  readonly dataset: DatasetKind;
  /**
   * Registry metric giving the events and the outcome: a share whose denominator is
   * every record of the dataset. Null for a source that shows events only.
   */
  readonly outcomeMetric: string | null;
  /** Registry metric counting the events, used when there is no outcome metric. */
  readonly eventsMetric: string;
  /** What one record is, in the plural: "contacts", "arrests", "force incidents". */
  readonly eventNoun: string;
  /** What the outcome means, e.g. "use of force"; null when there is no outcome. */
  readonly outcomeLabel: string | null;
  /** Columns usable as breakdowns and filters. */
  readonly breakdowns: readonly BreakdownColumn[];
  readonly synthetic: boolean;
  /** Set when the records have no month to count by: why the month review has none. */
  readonly notMonthly?: string;
}
