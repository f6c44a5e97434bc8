/**
 * The SELECT that turns a staged export into canonical rows of its dataset, read from
 * a confirmed ImportMapping: every canonical column in table order, then `extra`.
 * Values that do not fit become NULL here; validation-report.ts lists them.
 */
import { EXTRA_COLUMN } from '../model/create-tables';
import { datasetColumns } from '../model/datasets';
import { quoteIdentifier as q, quoteLiteral } from '../model/sql';
import type { LocalZone } from './date-sql';
import type { ImportMapping } from './import-mapping';
import { presentTextSQL } from './missing';
import { planTransform, type TransformPlan } from './transform-plan';
import { MEASURE_INDEX } from './transform-rules';
import { BASE_KEY, SPLIT_POSITION, sourceRowsSQL } from './transform-source';

export { planTransform, type TransformPlan } from './transform-plan';

/** Where the staged rows are and which import writes them. */
export interface TransformTarget {
  readonly stageTable: string;
  /** Letters, digits and underscores, as staging requires. */
  readonly importId: string;
  /** The agency's zone as offset spans; needed only when a column holds UTC stamps. */
  readonly zone?: LocalZone;
}

/**
 * The record key: the base key, then `#<position>` for split records and
 * `/<measure>` for unpivoted measures, so each derived record keeps its own key.
 */
export function recordKeySQL(plan: TransformPlan): string {
  const parts = [BASE_KEY];
  if (plan.mapping.split?.columns.some((c) => plan.columns.includes(c)))
    parts.push(`'#'`, `CAST(${SPLIT_POSITION} AS VARCHAR)`);
  const measures = plan.mapping.measures ?? [];
  if (measures.length > 0) {
    const names = `[${measures.map((m) => quoteLiteral(m.measure)).join(', ')}]`;
    parts.push(`'/'`, `${names}[${MEASURE_INDEX}]`);
  }
  return parts.join(' || ');
}

/** The `extra` MAP of a row: each extra column's present text, missing ones left out. */
export function extraMapSQL(plan: TransformPlan): string {
  const entries = plan.extras.map(
    (e) => `{'k': ${quoteLiteral(e.column)}, 'v': ${presentTextSQL(e.ref)}}`,
  );
  if (entries.length === 0) return 'CAST(MAP {} AS MAP(VARCHAR, VARCHAR))';
  return `map_from_entries(list_filter([${entries.join(', ')}], e -> e.v IS NOT NULL))`;
}

/** The canonical columns of a plan, selected from its source rows (alias `src`). */
export function canonicalRowsSQL(
  plan: TransformPlan,
  sourceRows: string,
  importId: string,
): string {
  const special: Record<string, string> = {
    record_key: recordKeySQL(plan),
    source_record: BASE_KEY,
    import_id: quoteLiteral(importId),
    source_line: 'source_line',
  };
  const columns = datasetColumns(plan.mapping.dataset).map((spec) => {
    const value = special[spec.name] ?? plan.fields.get(spec.name) ?? 'NULL';
    return `CAST(${value} AS ${spec.type}) AS ${q(spec.name)}`;
  });
  columns.push(`${extraMapSQL(plan)} AS ${q(EXTRA_COLUMN)}`);
  return `SELECT ${columns.join(',\n  ')}\nFROM (${sourceRows}) src`;
}

/** The whole SELECT from the staged table to canonical rows of the mapping's dataset. */
export function transformSQL(mapping: ImportMapping, target: TransformTarget): string {
  const plan = planTransform(mapping, target.zone);
  return canonicalRowsSQL(plan, sourceRowsSQL(plan, target.stageTable), target.importId);
}
