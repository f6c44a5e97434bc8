/**
 * The source rows of a transform: the staged columns a mapping uses under generated
 * names `c<i>`, each row's base record key, and one row per split position and per
 * measure. Both the canonical rows and the value checks read these rows.
 */
import { quoteIdentifier as q, quoteLiteral } from '../model/sql';
import { presentTextSQL } from './missing';
import type { TransformPlan } from './transform-plan';
import { MEASURE_INDEX } from './transform-rules';

/** Source-row column holding the record id text, or the fingerprint key. */
export const BASE_KEY = 'base_key';
/** Source-row column that is true when the mapping names an id column the row leaves empty. */
export const KEY_MISSING = 'key_missing';
/** Source-row column numbering the position within split cells (1-based). */
export const SPLIT_POSITION = 'split_position';

/**
 * The row's fingerprint: md5 of the trimmed text of every column the mapping uses
 * (fields, extras, measures, in that plan's column order), each written as
 * `<length>:<text>` or `~` when NULL, joined with `|` — so no two different rows
 * give the same text.
 */
export function fingerprintSQL(plan: TransformPlan): string {
  const parts = plan.columns.map(
    (_, i) => `coalesce(length(trim(c${i}))::VARCHAR || ':' || trim(c${i}), '~')`,
  );
  return `md5(concat_ws('|', ${parts.join(', ')}))`;
}

/**
 * The record id text, or `fp:<fingerprint>:<n>` for the n-th identical row by line:
 * identical rows stay separate records (Iowa lists many people with the same
 * attributes), and the same export imported again gives the same keys.
 */
function baseKeySQL(plan: TransformPlan): string {
  const fingerprint =
    `'fp:' || fingerprint || ':' || ` +
    'row_number() OVER (PARTITION BY fingerprint ORDER BY source_line)';
  if (!plan.idColumn) return fingerprint;
  return `coalesce(${presentTextSQL(`c${plan.columns.indexOf(plan.idColumn)}`)}, ${fingerprint})`;
}

function keyedRowsSQL(plan: TransformPlan, stageTable: string): string {
  const columns = plan.columns.map((name, i) => `${q(name)} AS c${i}`);
  const idRef = plan.idColumn ? `c${plan.columns.indexOf(plan.idColumn)}` : null;
  const missing = idRef ? `(${presentTextSQL(idRef)} IS NULL)` : 'FALSE';
  return `SELECT *, ${baseKeySQL(plan)} AS ${BASE_KEY}, ${missing} AS ${KEY_MISSING}
FROM (SELECT source_line, ${columns.join(', ')}, ${fingerprintSQL(plan)} AS fingerprint
  FROM ${q(stageTable)}) raw`;
}

/** A cell's packed values as a list; a trailing delimiter adds no position. */
function packedListSQL(ref: string, delimiter: string): string {
  const parts =
    `list_transform(string_split(${presentTextSQL(ref)}, ${quoteLiteral(delimiter)}), ` +
    'x -> trim(x))';
  return (
    `list_transform([${parts}], ` +
    `l -> CASE WHEN len(l) > 1 AND l[len(l)] = '' THEN l[1:len(l) - 1] ELSE l END)[1]`
  );
}

function splitRowsSQL(plan: TransformPlan, keyed: string): string {
  const split = plan.mapping.split;
  const refs = plan.columns.map((_, i) => `c${i}`);
  const packed = (split?.columns ?? [])
    .map((name) => plan.columns.indexOf(name))
    .filter((index) => index >= 0);
  const fixed = ['source_line', 'fingerprint', BASE_KEY, KEY_MISSING];
  if (!split || packed.length === 0)
    return `SELECT *, 1 AS ${SPLIT_POSITION} FROM (${keyed}) keyed`;

  const lists = packed.map((i) => `${packedListSQL(`c${i}`, split.delimiter)} AS l${i}`);
  const count = `greatest(1, ${packed.map((i) => `coalesce(len(l${i}), 0)`).join(', ')})`;
  const cells = refs.map((ref, i) =>
    packed.includes(i) ? `l${i}[${SPLIT_POSITION}] AS ${ref}` : ref,
  );
  return `SELECT ${[...fixed, SPLIT_POSITION, ...cells].join(', ')}
FROM (SELECT *, unnest(range(1, ${count} + 1)) AS ${SPLIT_POSITION}
  FROM (SELECT *, ${lists.join(', ')} FROM (${keyed}) keyed) listed) positioned`;
}

/** The SELECT of the source rows of a plan over a staged table. */
export function sourceRowsSQL(plan: TransformPlan, stageTable: string): string {
  const rows = splitRowsSQL(plan, keyedRowsSQL(plan, stageTable));
  const measures = plan.mapping.measures?.length ?? 0;
  if (measures === 0)
    return `SELECT *, NULL::INTEGER AS ${MEASURE_INDEX} FROM (${rows}) split`;
  return `SELECT *, unnest(range(1, ${measures + 1})) AS ${MEASURE_INDEX} FROM (${rows}) split`;
}
