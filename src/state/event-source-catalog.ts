/**
 * Finds which canonical datasets hold records and lists the month view's sources
 * over them, with their extra attributes as breakdowns.
 */
import type { QueryRunner } from '../engine/query-runner';
import {
  datasetEventSources,
  EVENT_DATASET_KINDS,
  extraKeysQuery,
} from '../metrics/event-sources';
import type { EventSource } from '../model/event-source';
import { sql } from '../model/sql';

async function tablesWithRows(runner: QueryRunner): Promise<Set<string>> {
  const rows = await runner.rows(
    sql(`SELECT table_name FROM duckdb_tables()
         WHERE schema_name = 'main' AND estimated_size > 0`),
  );
  return new Set(rows.map((row) => String(row.table_name)));
}

/** Event sources of every dataset that has records, contacts first. */
export async function listEventSources(
  runner: QueryRunner,
  synthetic: boolean,
): Promise<EventSource[]> {
  const present = await tablesWithRows(runner);
  const sources: EventSource[] = [];
  for (const dataset of EVENT_DATASET_KINDS) {
    if (!present.has(dataset)) continue;
    const keys = await runner.rows(extraKeysQuery(dataset));
    sources.push(
      ...datasetEventSources(
        dataset,
        keys.map((row) => String(row.key)),
        synthetic,
      ),
    );
  }
  return sources;
}
