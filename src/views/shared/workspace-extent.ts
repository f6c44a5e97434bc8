/**
 * Reads what the workspace holds (record datasets, their dates, their areas) through
 * the metrics layer's queries, and picks the CompStat "as of" date from it.
 */
import type { QueryRunner } from '../../engine/query-runner';
import {
  areasQuery,
  dataExtentQuery,
  existingTablesQuery,
} from '../../metrics/data-extent';
import { addDays } from '../../metrics/calendar-date';
import type { DatasetKind } from '../../model/datasets';

/** One record dataset with rows: how many, and the dates they span. */
export interface DatasetExtent {
  readonly dataset: DatasetKind;
  readonly records: number;
  readonly firstDate: string;
  readonly lastDate: string;
}

/** The workspace's record datasets with rows, and the areas they name. */
export interface WorkspaceExtent {
  readonly datasets: readonly DatasetExtent[];
  readonly areas: readonly string[];
  /** The latest record date of any dataset; null when there are no records. */
  readonly lastDataDate: string | null;
}

/** Loads the extent of every record dataset in the workspace. */
export async function loadWorkspaceExtent(runner: QueryRunner): Promise<WorkspaceExtent> {
  const tables = (await runner.rows(existingTablesQuery())).map((row) =>
    String(row.table_name),
  );
  const extentQuery = dataExtentQuery(tables);
  const areaQuery = areasQuery(tables);
  const extentRows = extentQuery ? await runner.rows(extentQuery) : [];
  const areaRows = areaQuery ? await runner.rows(areaQuery) : [];

  const datasets = extentRows
    .filter((row) => Number(row.records) > 0 && row.last_date !== null)
    .map((row) => ({
      dataset: String(row.dataset) as DatasetKind,
      records: Number(row.records),
      firstDate: String(row.first_date),
      lastDate: String(row.last_date),
    }));
  const lastDates = datasets.map((extent) => extent.lastDate).sort();
  return {
    datasets,
    areas: areaRows.map((row) => String(row.area)),
    lastDataDate: lastDates.at(-1) ?? null,
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

/** True when every dataset the metric reads has records. */
export function hasData(
  extent: WorkspaceExtent,
  datasets: readonly DatasetKind[],
): boolean {
  return datasets.every((kind) => extent.datasets.some((d) => d.dataset === kind));
}
