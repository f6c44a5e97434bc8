/**
 * SQL of the validation report, over an import's source rows (raw text by generated
 * name) and its canonical rows. Every issue is found in SQL so the counts are exact
 * however large the file; only the first rows of each list reach JavaScript.
 */
import { datasetColumns, DATASET_FIELDS, RECORD_FIELDS } from '../model/datasets';
import { quoteIdentifier as q, quoteLiteral } from '../model/sql';
import type { TransformPlan } from './transform-plan';
import { MEASURE_INDEX } from './transform-rules';
import { BASE_KEY, KEY_MISSING, SPLIT_POSITION } from './transform-source';

/**
 * A check runs once per staged row, except on a split column (once per position) and
 * on a measure column (once per measure), so an incident's bad date is listed once.
 */
function checkScope(plan: TransformPlan, column: string): string {
  const split = plan.mapping.split?.columns.includes(column) ?? false;
  const measure = (plan.mapping.measures ?? []).some((m) => m.column === column);
  const scope: string[] = [];
  if (!split) scope.push(`${SPLIT_POSITION} = 1`);
  if (!measure) scope.push(`coalesce(${MEASURE_INDEX}, 1) = 1`);
  return scope.length ? scope.join(' AND ') : 'TRUE';
}

/** One row per value that does not fit: line, column, field, raw value, reason. */
export function issuesTableSQL(
  plan: TransformPlan,
  sourceTable: string,
  issuesTable: string,
): string {
  const create = `CREATE OR REPLACE TEMP TABLE ${q(issuesTable)} (source_line INTEGER,
  column_name VARCHAR, field VARCHAR, value VARCHAR, reason VARCHAR, outside BOOLEAN)`;
  if (plan.checks.length === 0) return create;
  const structs = plan.checks.map(
    (c) => `{'hit': coalesce(${c.unfit} AND ${checkScope(plan, c.column)}, FALSE),
    'column_name': ${quoteLiteral(c.column)}, 'field': ${quoteLiteral(c.field)},
    'value': CAST(${c.raw} AS VARCHAR), 'reason': ${quoteLiteral(c.reason)},
    'outside': ${c.outsideMapping}}`,
  );
  return `${create};
INSERT INTO ${q(issuesTable)}
SELECT source_line, i.column_name, i.field, i.value, i.reason, i.outside
FROM (SELECT source_line, unnest(list_filter([${structs.join(',\n  ')}], x -> x.hit)) AS i
  FROM ${q(sourceTable)})`;
}

/** Non-missing count of each field of the dataset (by index), and the record count. */
export function coverageSQL(plan: TransformPlan, rowsTable: string): string {
  const fields = coverageFields(plan);
  const counts = fields.map((f, i) => `count(${q(f)}) AS n${i}`);
  return `SELECT count(*) AS total, ${counts.join(', ')} FROM ${q(rowsTable)}`;
}

/** Fields whose coverage is reported: program, area and the dataset's own fields. */
export function coverageFields(plan: TransformPlan): string[] {
  const own = DATASET_FIELDS[plan.mapping.dataset].map((f) => f.name);
  const record = RECORD_FIELDS.map((f) => f.name).filter(
    (name) => name === 'program' || name === 'area',
  );
  return [...record, ...own];
}

/** Date fields checked against today and the earliest plausible date. */
export function checkedDateFields(plan: TransformPlan): string[] {
  // occurred_at is skipped: it lies on occurred_on, which is checked.
  return datasetColumns(plan.mapping.dataset)
    .filter(
      (f) => (f.type === 'DATE' || f.type === 'TIMESTAMP') && f.name !== 'occurred_at',
    )
    .map((f) => f.name);
}

/** Rows with a date after today (`?` 1) or, birth dates aside, before the earliest (`?` 2). */
export function dateIssuesSQL(plan: TransformPlan, rowsTable: string): string {
  const parts = checkedDateFields(plan).map((field) => {
    const day = `CAST(${q(field)} AS DATE)`;
    const early = field === 'birth_date' ? 'FALSE' : `${day} < CAST($2 AS DATE)`;
    return `SELECT source_line, ${quoteLiteral(field)} AS field, CAST(${day} AS VARCHAR) AS value,
  CASE WHEN ${day} > CAST($1 AS DATE) THEN 'future' ELSE 'early' END AS kind
FROM ${q(rowsTable)} WHERE ${day} > CAST($1 AS DATE) OR ${early}`;
  });
  if (parts.length === 0)
    return (
      'SELECT NULL::INTEGER AS source_line, NULL AS field, NULL AS value, ' +
      'NULL AS kind, $1, $2 LIMIT 0'
    );
  return parts.join('\nUNION ALL\n');
}

/**
 * Keys found on more than one staged row, with `figure` false. With an id column that
 * is the same id twice (the later line is kept); without one, identical rows (all
 * kept, numbered). Aggregates add figureDuplicatesSQL, which covers identical rows.
 */
export function duplicatesSQL(
  plan: TransformPlan,
  sourceTable: string,
  rowsTable: string,
): string {
  const key = plan.idColumn
    ? `CASE WHEN ${KEY_MISSING} THEN 'fp:' || fingerprint ELSE ${BASE_KEY} END`
    : `'fp:' || fingerprint`;
  const aggregates = plan.mapping.dataset === 'aggregates';
  const keys = `SELECT key, list(DISTINCT source_line ORDER BY source_line) AS lines,
  FALSE AS figure
FROM (SELECT ${key} AS key, source_line FROM ${q(sourceTable)}
  WHERE ${SPLIT_POSITION} = 1 AND coalesce(${MEASURE_INDEX}, 1) = 1)
GROUP BY key HAVING count(*) > 1${aggregates ? ` AND NOT starts_with(key, 'fp:')` : ''}`;
  return aggregates ? `${keys}\nUNION ALL\n${figureDuplicatesSQL(rowsTable)}` : keys;
}

/** The fields that say which published figure an aggregates record is. */
const FIGURE_FIELDS = [
  'measure',
  'period_start',
  'period_grain',
  'area',
  'population_group',
  'program',
];

/**
 * Published figures given twice: two records of one measure, period, grain, area,
 * population group and program from different rows (the same id twice is a
 * duplicate key instead). Both are kept, so a count of that period would be doubled.
 */
export function figureDuplicatesSQL(rowsTable: string): string {
  const parts = FIGURE_FIELDS.map((f) => `CAST(${q(f)} AS VARCHAR)`);
  return `SELECT concat_ws(' · ', ${parts.join(', ')}) AS key,
  list(DISTINCT source_line ORDER BY source_line) AS lines, TRUE AS figure
FROM ${q(rowsTable)}
GROUP BY ${FIGURE_FIELDS.map((f) => q(f)).join(', ')}
HAVING count(DISTINCT source_record) > 1`;
}
