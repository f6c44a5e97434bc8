/**
 * Turns DuckDB's Arrow results into plain rows so no BigInt, Arrow vector or
 * epoch number reaches React: DATE becomes `YYYY-MM-DD`, TIMESTAMP becomes
 * `YYYY-MM-DDTHH:mm:ss` (wall clock, no zone), integers become numbers.
 */
import { Type, type Table } from 'apache-arrow';

/** A value as the views receive it. */
export type PlainValue = string | number | boolean | null | PlainValue[];

/** One result row keyed by column name. */
export type PlainRow = Record<string, PlainValue>;

const isoDay = (epochMs: number) => new Date(epochMs).toISOString().slice(0, 10);
const isoWallClock = (epochMs: number) => new Date(epochMs).toISOString().slice(0, 19);

function plainNumber(value: bigint): number | string {
  // Record numbers of 14+ digits must keep every digit; counts never get this large.
  const asNumber = Number(value);
  return Number.isSafeInteger(asNumber) ? asNumber : value.toString();
}

function toPlain(value: unknown, typeId: Type): PlainValue {
  if (value === null || value === undefined) return null;
  if (
    typeId === Type.Date ||
    typeId === Type.DateDay ||
    typeId === Type.DateMillisecond
  ) {
    return isoDay(Number(value));
  }
  if (typeId === Type.Timestamp) return isoWallClock(Number(value));
  if (typeof value === 'bigint') return plainNumber(value);
  if (
    typeof value === 'number' ||
    typeof value === 'string' ||
    typeof value === 'boolean'
  ) {
    return value;
  }
  if (typeof value === 'object' && Symbol.iterator in value) {
    return Array.from(value as Iterable<unknown>, (item) => toPlain(item, Type.NONE));
  }
  // Structs and maps are shown as JSON text; no view relies on them yet.
  return JSON.stringify(value);
}

/** Converts an Arrow table to plain rows. */
export function plainRows(table: Table): PlainRow[] {
  const fields = table.schema.fields;
  const rows: PlainRow[] = [];
  for (let index = 0; index < table.numRows; index++) {
    const row: PlainRow = {};
    for (const [column, field] of fields.entries()) {
      row[field.name] = toPlain(table.getChildAt(column)?.get(index), field.typeId);
    }
    rows.push(row);
  }
  return rows;
}
