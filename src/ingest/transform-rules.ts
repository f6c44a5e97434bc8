/**
 * Fields that come from the mapping's rules rather than from one column: the program
 * (a column, the whole file, or by area) and the measure columns of a wide aggregate
 * export, which the source rows unpivot into one record per measure.
 */
import { quoteLiteral } from '../model/sql';
import { ImportError } from './import-errors';
import type { ImportMapping } from './import-mapping';
import type { ValueCheck } from './transform-fields';
import { numberSQL, unfitValueSQL } from './values';

/** Source-row column numbering the measure a row stands for (1-based). */
export const MEASURE_INDEX = 'measure_index';

const listSQL = (items: readonly string[]) => `[${items.map(quoteLiteral).join(', ')}]`;

/** The program expression, and a check when areas are mapped to programs. */
export function programRule(
  mapping: ImportMapping,
  fields: ReadonlyMap<string, string>,
  areaRef: string | null,
): { sql: string; check: ValueCheck | null } {
  const rule = mapping.program;
  if (rule.kind === 'whole-file') return { sql: quoteLiteral(rule.program), check: null };

  const program = fields.get('program');
  if (rule.kind === 'column') {
    if (!program)
      throw new ImportError('load-failed', 'Map the column that names the program.');
    return { sql: program, check: null };
  }

  const area = fields.get('area');
  if (!area || !areaRef)
    throw new ImportError('load-failed', 'Programs by area need the area column mapped.');
  const branches = Object.entries(rule.programByArea).map(
    ([name, to]) => `WHEN ${quoteLiteral(name.trim())} THEN ${quoteLiteral(to)}`,
  );
  const sql = branches.length ? `(CASE ${area} ${branches.join(' ')} END)` : 'NULL';
  const column = mapping.columns.find(
    (c) => c.target.kind === 'field' && c.target.field === 'area',
  )?.column;
  return {
    sql,
    check: {
      column: column ?? 'area',
      field: 'program',
      raw: areaRef,
      unfit: unfitValueSQL(areaRef, sql),
      reason: 'an area with no program in the mapping',
      outsideMapping: true,
    },
  };
}

/** The measure, value, kind and unit of each unpivoted record, and the value checks. */
export function measureFields(
  mapping: ImportMapping,
  ref: (column: string) => string,
): { fields: Map<string, string>; checks: ValueCheck[] } {
  const measures = mapping.measures ?? [];
  const fields = new Map<string, string>();
  if (measures.length === 0) return { fields, checks: [] };
  if (mapping.dataset !== 'aggregates')
    throw new ImportError('load-failed', 'Measure columns belong to aggregate exports.');

  const at = (items: readonly string[]) => `${listSQL(items)}[${MEASURE_INDEX}]`;
  const values = measures.map((m) => numberSQL(ref(m.column), m.numberStyle));
  fields.set('measure', at(measures.map((m) => m.measure)));
  fields.set('value_kind', at(measures.map((m) => m.valueKind)));
  fields.set('unit', `nullif(${at(measures.map((m) => m.unit ?? ''))}, '')`);
  fields.set(
    'value',
    `(CASE ${MEASURE_INDEX} ${values.map((v, i) => `WHEN ${i + 1} THEN ${v}`).join(' ')} END)`,
  );
  const checks = measures.map((m, i) => ({
    column: m.column,
    field: 'value',
    raw: ref(m.column),
    unfit: `(${MEASURE_INDEX} = ${i + 1} AND ${unfitValueSQL(ref(m.column), values[i] ?? 'NULL')})`,
    reason: 'not a number',
    outsideMapping: false,
  }));
  return { fields, checks };
}
