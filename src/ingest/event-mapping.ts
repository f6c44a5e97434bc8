/**
 * Turns a loaded text table into an event source, following what the analyst said
 * in the preview: which column is the date, which are breakdowns, what the outcome is.
 */
import type { QueryRunner } from '../engine/query-runner';
import type { EventSource } from '../model/event-source';
import { quoteIdentifier, quoteLiteral, sql, type SqlValue } from '../model/sql';

/** How the date column writes its dates. */
export type DateOrder = 'ymd' | 'mdy' | 'dmy';

/** What makes an event count as an outcome. */
export type OutcomeRule =
  | {
      readonly kind: 'flag';
      readonly column: string;
      readonly yesValues: readonly string[];
    }
  | { readonly kind: 'below'; readonly column: string; readonly threshold: number };

/** The analyst's answers from the preview. */
export interface EventMapping {
  readonly dateColumn: string;
  readonly dateOrder: DateOrder;
  readonly breakdownColumns: readonly string[];
  readonly outcome: OutcomeRule;
  readonly eventNoun: string;
}

/** Rows whose date could not be read, listed by line. */
export interface UnreadableDates {
  readonly count: number;
  readonly firstLines: readonly number[];
}

const FORMATS: Record<DateOrder, string> = {
  ymd: '%Y-%m-%d',
  mdy: '%m/%d/%Y',
  dmy: '%d/%m/%Y',
};

// Exports put a time after the date (`2015-03-30T21:08:00`, `11/23/2019 12:00 AM`);
// the calendar date is the part before it, read without any time zone.
function dateSQL(column: string, order: DateOrder): string {
  const datePart = `regexp_extract(trim(${quoteIdentifier(column)}), '^[^ T,]+')`;
  // ISO exports also write `2024/03/31`; one format then reads both.
  const normalised = order === 'ymd' ? `replace(${datePart}, '/', '-')` : datePart;
  return `CAST(try_strptime(${normalised}, ${quoteLiteral(FORMATS[order])}) AS DATE)`;
}

const MISSING = `('', 'NULL', '-', 'NA', 'N/A')`;

function outcomeSQL(rule: OutcomeRule): { text: string; params: SqlValue[] } {
  const column = quoteIdentifier(rule.column);
  if (rule.kind === 'below') {
    return { text: `TRY_CAST(trim(${column}) AS DOUBLE) < ?`, params: [rule.threshold] };
  }
  if (rule.yesValues.length === 0) return { text: 'false', params: [] };
  const placeholders = rule.yesValues.map(() => '?').join(', ');
  return {
    text: `coalesce(upper(trim(${column})) IN (${placeholders}), false)`,
    params: rule.yesValues.map((value) => value.trim().toUpperCase()),
  };
}

function breakdownSQL(column: string): string {
  const quoted = quoteIdentifier(column);
  return `CASE WHEN upper(trim(${quoted})) IN ${MISSING} OR ${quoted} IS NULL THEN NULL
    ELSE trim(${quoted}) END AS ${quoted}`;
}

/** Creates `events_<importId>` from `raw_<importId>` and describes it as an event source. */
export async function createEventTable(
  runner: QueryRunner,
  importId: string,
  rawTable: string,
  mapping: EventMapping,
  label: string,
): Promise<EventSource> {
  const table = `events_${importId}`;
  const outcome = outcomeSQL(mapping.outcome);
  const breakdowns = mapping.breakdownColumns.map(breakdownSQL).join(',\n');
  await runner.rows(
    sql(
      `CREATE TABLE ${quoteIdentifier(table)} AS SELECT row_index + 1 AS source_line,
         ${dateSQL(mapping.dateColumn, mapping.dateOrder)} AS occurred_on,
         ${outcome.text} AS outcome${breakdowns ? `,\n${breakdowns}` : ''}
       FROM ${quoteIdentifier(rawTable)}`,
      outcome.params,
    ),
  );
  return {
    id: importId,
    label,
    table,
    eventNoun: mapping.eventNoun,
    outcomeLabel: describeOutcome(mapping.outcome),
    breakdowns: mapping.breakdownColumns,
    synthetic: false,
  };
}

/** Says what the outcome rule counts, in the analyst's words. */
export function describeOutcome(rule: OutcomeRule): string {
  return rule.kind === 'below'
    ? `${rule.column} < ${rule.threshold}`
    : `${rule.column} = ${rule.yesValues.join(' or ')}`;
}

/** Counts events whose date could not be read and names their first lines. */
export async function findUnreadableDates(
  runner: QueryRunner,
  source: EventSource,
): Promise<UnreadableDates> {
  const rows = await runner.rows(
    sql(`SELECT count(*) AS n, list(source_line ORDER BY source_line)[1:10] AS lines
         FROM ${quoteIdentifier(source.table)} WHERE occurred_on IS NULL`),
  );
  const first = rows[0];
  return {
    count: Number(first?.n ?? 0),
    firstLines: Array.isArray(first?.lines) ? first.lines.map(Number) : [],
  };
}
