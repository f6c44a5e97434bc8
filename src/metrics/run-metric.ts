/**
 * Runs a metric's SQL and shapes the rows as MetricRow. The runner is described by its
 * shape alone so this layer never imports the engine (it stays testable with any
 * object that can answer a query).
 */
import type { MetricDefinition, MetricRequest, MetricRow } from './metric';
import type { SqlQuery } from '../model/sql';

/** Anything that can run a query and return plain rows, such as the engine's QueryRunner. */
export interface MetricRowSource {
  rows(query: SqlQuery): Promise<Record<string, unknown>[]>;
}

const CORE_COLUMNS = new Set([
  'period_start',
  'grp',
  'numerator',
  'denominator',
  'value',
]);

// DuckDB returns counts as numbers, but very large integers arrive as decimal strings.
function finiteOrNull(raw: unknown): number | null {
  if (raw === null || raw === undefined || raw === '') return null;
  const value = typeof raw === 'number' ? raw : Number(raw);
  return Number.isFinite(value) ? value : null;
}

function textOf(raw: unknown): string | null {
  if (typeof raw === 'string') return raw;
  return typeof raw === 'number' || typeof raw === 'boolean' ? String(raw) : null;
}

function notesOf(row: Record<string, unknown>): Record<string, number> | undefined {
  const entries = Object.entries(row)
    .filter(([name]) => !CORE_COLUMNS.has(name))
    .map(([name, raw]) => [name, finiteOrNull(raw) ?? 0] as const);
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/** Converts one result row; numbers are finite or null, never NaN or Infinity. */
export function toMetricRow(row: Record<string, unknown>): MetricRow {
  const notes = notesOf(row);
  const shaped: MetricRow = {
    periodStart: textOf(row.period_start) ?? '',
    group: textOf(row.grp),
    numerator: finiteOrNull(row.numerator) ?? 0,
    denominator: finiteOrNull(row.denominator),
    value: finiteOrNull(row.value),
  };
  return notes ? { ...shaped, notes } : shaped;
}

/** Builds a metric's SQL for a request, runs it and returns its rows. */
export async function runMetric(
  source: MetricRowSource,
  definition: MetricDefinition,
  request: MetricRequest,
): Promise<MetricRow[]> {
  const rows = await source.rows(definition.buildQuery(request));
  return rows.map(toMetricRow);
}
