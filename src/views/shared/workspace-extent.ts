/**
 * Reads what the workspace holds (record datasets, their dates, their areas) through
 * the metrics layer's queries, and picks the CompStat "as of" date from it.
 */
import type { PlainRow } from '../../engine/plain-rows';
import type { QueryRunner } from '../../engine/query-runner';
import {
  areasQuery,
  dataExtentQuery,
  existingTablesQuery,
  fieldPresenceQuery,
  referenceExtentQuery,
} from '../../metrics/data-extent';
import { addDays } from '../../metrics/calendar-date';
import type { DatasetKind } from '../../model/datasets';

/** One record dataset with rows: how many, and the dates they span. */
export interface DatasetExtent {
  readonly dataset: DatasetKind;
  readonly records: number;
  readonly firstDate: string;
  readonly lastDate: string;
  /** Model fields at least one record holds a value in. */
  readonly presentFields: readonly string[];
}

/** The workspace's record datasets with rows, and the areas they name. */
export interface WorkspaceExtent {
  readonly datasets: readonly DatasetExtent[];
  readonly areas: readonly string[];
  /** The latest record date of any dataset; null when there are no records. */
  readonly lastDataDate: string | null;
  /**
   * Reference tables with rows (population, aggregates): metrics may read them, but
   * they set neither the "as of" date nor the first date of the records.
   */
  readonly reference?: readonly DatasetExtent[];
}

async function extentsOf(
  runner: QueryRunner,
  rows: readonly PlainRow[],
): Promise<DatasetExtent[]> {
  const extents: DatasetExtent[] = [];
  for (const row of rows) {
    if (!(Number(row.records) > 0) || row.last_date === null) continue;
    const dataset = String(row.dataset) as DatasetKind;
    const [presence] = await runner.rows(fieldPresenceQuery(dataset));
    extents.push({
      dataset,
      records: Number(row.records),
      firstDate: String(row.first_date),
      lastDate: String(row.last_date),
      presentFields: Object.keys(presence ?? {}).filter(
        (field) => Number(presence![field]) > 0,
      ),
    });
  }
  return extents;
}

/** Loads the extent of every record dataset in the workspace. */
export async function loadWorkspaceExtent(runner: QueryRunner): Promise<WorkspaceExtent> {
  const tables = (await runner.rows(existingTablesQuery())).map((row) =>
    String(row.table_name),
  );
  const extentQuery = dataExtentQuery(tables);
  const areaQuery = areasQuery(tables);
  const extentRows = extentQuery ? await runner.rows(extentQuery) : [];
  const referenceQuery = referenceExtentQuery(tables);
  const referenceRows = referenceQuery ? await runner.rows(referenceQuery) : [];
  const areaRows = areaQuery ? await runner.rows(areaQuery) : [];

  const datasets = await extentsOf(runner, extentRows);
  const reference = await extentsOf(runner, referenceRows);
  const lastDates = datasets.map((extent) => extent.lastDate).sort();
  return {
    datasets,
    areas: areaRows.map((row) => String(row.area)),
    lastDataDate: lastDates.at(-1) ?? null,
    reference,
  };
}

/**
 * The CompStat "as of" date: the last day with data, or yesterday when the data runs
 * into today, since today's records are still arriving.
 */
export function lastCompleteDay(lastDataDate: string, today: string): string {
  const yesterday = addDays(today, -1);
  return lastDataDate < today ? lastDataDate : yesterday;
}

const allExtents = (extent: WorkspaceExtent) => [
  ...extent.datasets,
  ...(extent.reference ?? []),
];

/**
 * True when every dataset the metric reads has records, and each field it requires
 * holds values in one of them: a field the exports never carried gives no figure.
 */
export function hasData(
  extent: WorkspaceExtent,
  datasets: readonly DatasetKind[],
  requires: readonly string[] = [],
): boolean {
  const held = allExtents(extent).filter((d) => datasets.includes(d.dataset));
  if (held.length < datasets.length) return false;
  const holds = (field: string) => held.some((d) => d.presentFields.includes(field));
  return requires.every((entry) => entry.split('|').some(holds));
}

/**
 * The dates every dataset of a metric covers: from the latest first date to the
 * earliest last date, since a ratio needs both of its datasets. Null when one is empty.
 */
export function dataSpan(
  extent: WorkspaceExtent,
  datasets: readonly DatasetKind[],
): { firstDate: string; lastDate: string } | null {
  const spans = datasets.map((kind) =>
    allExtents(extent).find((d) => d.dataset === kind),
  );
  if (spans.length === 0 || spans.some((span) => span === undefined)) return null;
  const firsts = spans.map((span) => span!.firstDate).sort();
  const lasts = spans.map((span) => span!.lastDate).sort();
  return { firstDate: firsts.at(-1)!, lastDate: lasts[0]! };
}
