/**
 * Finds which canonical datasets hold records and lists the month view's sources
 * over them, with their extra attributes as breakdowns.
 */
import type { QueryRunner } from '../engine/query-runner';
import {
  datasetCountSource,
  datasetEventSources,
  EVENT_DATASET_KINDS,
  extraKeysQuery,
  notMonthlySource,
} from '../metrics/event-sources';
import { fieldPresenceQuery } from '../metrics/data-extent';
import type { EventSource } from '../model/event-source';
import { sql } from '../model/sql';

async function tablesWithRows(runner: QueryRunner): Promise<Set<string>> {
  const rows = await runner.rows(
    sql(`SELECT table_name FROM duckdb_tables()
         WHERE schema_name = 'main' AND estimated_size > 0`),
  );
  return new Set(rows.map((row) => String(row.table_name)));
}

/**
 * Event sources of every dataset that has records, contacts first; a dataset whose
 * records hold no outcome the month review offers gets an events-only source, and
 * records with no month (fiscal-year releases, published figures) a not-monthly one.
 */
export async function listEventSources(
  runner: QueryRunner,
  synthetic: boolean,
): Promise<EventSource[]> {
  const tables = await tablesWithRows(runner);
  const sources: EventSource[] = [];
  for (const dataset of EVENT_DATASET_KINDS) {
    if (!tables.has(dataset)) continue;
    const keys = await runner.rows(extraKeysQuery(dataset));
    const [presence] = await runner.rows(fieldPresenceQuery(dataset));
    const present = Object.keys(presence ?? {}).filter((f) => Number(presence![f]) > 0);
    if (dataset === 'releases' && !present.includes('released_on')) {
      sources.push(notMonthlySource(dataset, synthetic));
      continue;
    }
    const extraKeys = keys.map((row) => String(row.key));
    const offered = datasetEventSources(dataset, extraKeys, synthetic, present);
    // Records holding none of the outcomes still show their events per month.
    const counted =
      offered.length > 0 ? null : datasetCountSource(dataset, extraKeys, synthetic);
    sources.push(...offered, ...(counted ? [counted] : []));
  }
  // Published figures have no events, yet the screens open over them too.
  if (tables.has('aggregates')) sources.push(notMonthlySource('aggregates', synthetic));
  if (sources.length === 0 && tables.has('population')) {
    sources.push(notMonthlySource('population', synthetic));
  }
  return sources;
}
