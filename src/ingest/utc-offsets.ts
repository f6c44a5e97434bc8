/**
 * UTC instants to the agency's local wall-clock time without DuckDB's ICU extension,
 * which duckdb-wasm cannot load offline. The zone's UTC offsets are computed in JS
 * with @date-fns/tz for the years the data covers and written into the SQL as a CASE
 * over the instants the offset changes (daylight saving transitions).
 */
import { tzOffset, tzScan } from '@date-fns/tz';
import { quoteLiteral } from '../model/sql';

/** From fromUTC on (until the next span), local time is UTC plus offsetMinutes. */
export interface OffsetSpan {
  readonly fromUTC: Date;
  readonly offsetMinutes: number;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** The first minute the new offset applies: tzScan reports changes to the hour. */
function exactChange(zone: string, observedAt: Date): Date {
  let before = observedAt.getTime() - 60 * MINUTE;
  let after = observedAt.getTime();
  const oldOffset = tzOffset(zone, new Date(before));
  while (after - before > MINUTE) {
    const middle = before + Math.floor((after - before) / 2 / MINUTE) * MINUTE;
    if (tzOffset(zone, new Date(middle)) === oldOffset) before = middle;
    else after = middle;
  }
  return new Date(after);
}

/**
 * The zone's offsets from the start of fromYear to the end of toYear (IANA name such
 * as `America/New_York`). Instants outside the range use the nearest span's offset.
 */
export function offsetSpans(
  zone: string,
  fromYear: number,
  toYear: number,
): OffsetSpan[] {
  if (!Number.isInteger(fromYear) || !Number.isInteger(toYear) || toYear < fromYear) {
    throw new Error(`The years ${fromYear} to ${toYear} are not a range of years.`);
  }
  // A day's margin each side covers local dates that fall on another UTC day.
  const start = new Date(Date.UTC(fromYear, 0, 1) - DAY);
  const end = new Date(Date.UTC(toYear + 1, 0, 1) + DAY);
  const first = tzOffset(zone, start);
  if (!Number.isFinite(first)) throw new Error(`The time zone "${zone}" is not known.`);

  const changes = tzScan(zone, { start, end }).map((change) => ({
    fromUTC: exactChange(zone, change.date),
    offsetMinutes: change.offset,
  }));
  return [{ fromUTC: start, offsetMinutes: first }, ...changes];
}

const timestampLiteral = (instant: Date) =>
  `TIMESTAMP ${quoteLiteral(instant.toISOString().slice(0, 19).replace('T', ' '))}`;

function minutes(value: number): string {
  if (!Number.isInteger(value))
    throw new Error(`An offset of ${value} minutes is not whole.`);
  return String(value);
}

/**
 * SQL turning a UTC TIMESTAMP expression into the local wall-clock TIMESTAMP. The
 * instant is bound once through a lambda so the CASE does not repeat the expression.
 */
export function utcToLocalSQL(
  utcTimestampSQL: string,
  spans: readonly OffsetSpan[],
): string {
  const [base, ...changes] = spans;
  if (!base) throw new Error('A time zone needs at least one offset.');
  if (changes.length === 0)
    return `(${utcTimestampSQL} + to_minutes(${minutes(base.offsetMinutes)}))`;

  const branches = [...changes]
    .reverse()
    .map(
      (s) =>
        `WHEN utc_instant >= ${timestampLiteral(s.fromUTC)} THEN ${minutes(s.offsetMinutes)}`,
    );
  const offset = `CASE ${branches.join(' ')} ELSE ${minutes(base.offsetMinutes)} END`;
  return (
    `list_transform([${utcTimestampSQL}], ` +
    `utc_instant -> utc_instant + to_minutes(${offset}))[1]`
  );
}
