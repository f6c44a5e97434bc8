/**
 * Time-of-day columns kept apart from their date: an HHMM integer (`5` is 00:05,
 * `0005` too), a clock `21:08:00.0000000`, or a 12-hour `1:05 PM`.
 */
import { isMissingText } from './missing';

/** How a time-of-day column is written. */
export type TimeFormat = 'hhmm' | 'clock' | 'clock-12h';

const SHAPES: Record<TimeFormat, RegExp> = {
  hhmm: /^\d{1,4}$/,
  clock: /^\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$/,
  'clock-12h': /^\d{1,2}:\d{2}(:\d{2})? *[AaPp][Mm]$/,
};

function isValidHHMM(text: string): boolean {
  const padded = text.padStart(4, '0');
  return Number(padded.slice(0, 2)) < 24 && Number(padded.slice(2)) < 60;
}

/** Infers the time-of-day format every present sample value fits, or null. */
export function inferTimeFormat(values: readonly string[]): TimeFormat | null {
  const present = values.map((v) => v.trim()).filter((v) => !isMissingText(v));
  if (present.length === 0) return null;
  const fits = (format: TimeFormat) => present.every((v) => SHAPES[format].test(v));
  if (fits('hhmm')) return present.every(isValidHHMM) ? 'hhmm' : null;
  if (fits('clock')) return 'clock';
  if (fits('clock-12h')) return 'clock-12h';
  return null;
}

/** SQL giving a TIME from a raw time-of-day column, or NULL when it does not fit. */
export function timeOfDaySQL(column: string, format: TimeFormat): string {
  const text = `trim(${column})`;
  if (format === 'hhmm') {
    // lpad makes `5` and `0005` both 00:05; try_cast turns `2460` into NULL.
    const padded = `lpad(${text}, 4, '0')`;
    const clock = `substr(${padded}, 1, 2) || ':' || substr(${padded}, 3, 2)`;
    return `(CASE WHEN regexp_full_match(${text}, '\\d{1,4}') THEN try_cast(${clock} AS TIME) END)`;
  }
  if (format === 'clock') {
    return (
      `(CASE WHEN regexp_full_match(${text}, '\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?') ` +
      `THEN try_cast(${text} AS TIME) END)`
    );
  }
  return `CAST(try_strptime(upper(${text}), ['%I:%M %p', '%I:%M:%S %p', '%I:%M%p']) AS TIME)`;
}
