/**
 * Small checked readers for JSON that comes from a file the user picked or from
 * browser storage: every value is untrusted until a reader has accepted it, and a
 * rejection names the path of the bad value.
 */

/** A value that survives JSON.stringify and JSON.parse unchanged. */
export type JsonValue =
  | null
  | boolean
  | number
  | string
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue };

/** Thrown by the readers; callers turn it into their own error with context. */
export class JsonShapeError extends Error {
  constructor(
    readonly path: string,
    expected: string,
  ) {
    super(`${path} must be ${expected}`);
    this.name = 'JsonShapeError';
  }
}

/** Parses JSON text, reporting a syntax error as a shape error at the root. */
export function parseJsonText(text: string, what: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new JsonShapeError(what, 'valid JSON text');
  }
}

/** Accepts a plain object (not an array, not null). */
export function readObject(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new JsonShapeError(path, 'an object');
  return value as Record<string, unknown>;
}

/** Accepts an array and reads each item with `item`. */
export function readArray<T>(
  value: unknown,
  path: string,
  item: (value: unknown, path: string) => T,
): T[] {
  if (!Array.isArray(value)) throw new JsonShapeError(path, 'a list');
  return value.map((entry, index) => item(entry, `${path}[${index}]`));
}

/** Accepts a string. */
export function readString(value: unknown, path: string): string {
  if (typeof value !== 'string') throw new JsonShapeError(path, 'text');
  return value;
}

/** Accepts a string with at least one non-space character. */
export function readName(value: unknown, path: string): string {
  const text = readString(value, path);
  if (text.trim() === '') throw new JsonShapeError(path, 'non-empty text');
  return text;
}

/** Accepts a finite number. */
export function readNumber(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new JsonShapeError(path, 'a number');
  return value;
}

/** Accepts a whole number from `min` to `max`. */
export function readInteger(value: unknown, path: string, min: number, max: number) {
  const number = readNumber(value, path);
  if (!Number.isInteger(number) || number < min || number > max)
    throw new JsonShapeError(path, `a whole number from ${min} to ${max}`);
  return number;
}

/** Accepts a value made only of JSON types (no undefined, functions or NaN). */
export function readJsonValue(value: unknown, path: string): JsonValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean')
    return value;
  if (typeof value === 'number') return readNumber(value, path);
  if (Array.isArray(value))
    return value.map((item, index) => readJsonValue(item, `${path}[${index}]`));
  const record = readObject(value, path);
  return Object.fromEntries(
    Object.entries(record).map(([key, item]) => [
      key,
      readJsonValue(item, `${path}.${key}`),
    ]),
  );
}

/** Accepts a string holding an ISO `YYYY-MM-DD` calendar date that exists. */
export function readIsoDate(value: unknown, path: string): string {
  const text = readString(value, path);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const day = match ? new Date(`${text}T00:00:00Z`) : null;
  if (!day || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== text)
    throw new JsonShapeError(path, 'a date written YYYY-MM-DD');
  return text;
}

/** Accepts a string holding an ISO date-time that parses. */
export function readIsoInstant(value: unknown, path: string): string {
  const text = readString(value, path);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text) || Number.isNaN(Date.parse(text)))
    throw new JsonShapeError(path, 'a date and time written YYYY-MM-DDTHH:mm:ssZ');
  return text;
}
