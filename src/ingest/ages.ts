/**
 * Ages as exports write them: whole years (`24`), bands (`1 - 17`, `25-34`), open
 * bands (`56 and Above`, `65+`) and words the mapping defines (`Juvenile`).
 */
import { quoteLiteral } from '../model/sql';
import { unfitValueSQL } from './missing';

/** Age bounds of words such as `Juvenile`, as the mapping defines them. */
export type AgeWords = Readonly<
  Record<string, { min: number | null; max: number | null }>
>;

/** SQL for the canonical age fields and the test for a value that does not fit. */
export interface AgeSQL {
  readonly age: string;
  readonly ageMin: string;
  readonly ageMax: string;
  readonly unfit: string;
}

const EXACT = '\\d{1,3}';
const BAND = '(\\d{1,3}) *(-|–|to) *(\\d{1,3})';
const OPEN_ABOVE = '(\\d{1,3}) *(\\+|(and|or) (above|over|older))';
const UNDER = '(under|below|less than) *(\\d{1,3})';

const READ_AS_AGE = new RegExp(`^(${EXACT}|${BAND}|${OPEN_ABOVE}|${UNDER})$`, 'i');

/** True for a value the import reads as an age or band without a word of the mapping. */
export function readsAsAge(value: string): boolean {
  return READ_AS_AGE.test(value.trim());
}

function bound(value: number | null): string {
  if (value === null) return 'NULL';
  if (!Number.isInteger(value) || value < 0) throw new Error(`${value} is not an age.`);
  return String(value);
}

function wordBranches(text: string, words: AgeWords, side: 'min' | 'max'): string {
  return Object.entries(words)
    .map(
      ([word, ages]) =>
        `WHEN ${text} = ${quoteLiteral(word.trim().toLowerCase())} THEN ${bound(ages[side])}`,
    )
    .join(' ');
}

const group = (text: string, pattern: string, index: number) =>
  `CAST(regexp_extract(${text}, ${quoteLiteral(`^${pattern}$`)}, ${index}) AS INTEGER)`;
const is = (text: string, pattern: string) =>
  `regexp_full_match(${text}, ${quoteLiteral(pattern)})`;

/** SQL for age, age band low and high from one raw age column. */
export function ageSQL(column: string, words: AgeWords = {}): AgeSQL {
  const text = `lower(trim(${column}))`;
  const exact = `CAST(${text} AS INTEGER)`;
  const age = `(CASE WHEN ${is(text, EXACT)} THEN ${exact} END)`;
  const ageMin =
    `(CASE WHEN ${is(text, EXACT)} THEN ${exact} ` +
    `WHEN ${is(text, BAND)} THEN ${group(text, BAND, 1)} ` +
    `WHEN ${is(text, OPEN_ABOVE)} THEN ${group(text, OPEN_ABOVE, 1)} ` +
    `${wordBranches(text, words, 'min')} END)`;
  const ageMax =
    `(CASE WHEN ${is(text, EXACT)} THEN ${exact} ` +
    `WHEN ${is(text, BAND)} THEN ${group(text, BAND, 3)} ` +
    `WHEN ${is(text, UNDER)} THEN ${group(text, UNDER, 2)} - 1 ` +
    `${wordBranches(text, words, 'max')} END)`;
  // A value fits when it gives either bound, or a word maps it to no bounds at all.
  const known = Object.keys(words).map((w) => quoteLiteral(w.trim().toLowerCase()));
  const mapped = known.length > 0 ? `${text} IN (${known.join(', ')})` : 'FALSE';
  const unfit = `(${unfitValueSQL(column, `coalesce(${ageMin}, ${ageMax})`)} AND NOT ${mapped})`;
  return { age, ageMin, ageMax, unfit };
}

/**
 * SQL true when the age, or the band's upper bound, is under the adult age; false
 * when the band starts at or above it; NULL when the value says neither.
 */
export function isJuvenileSQL(ages: AgeSQL, adultAge = 18): string {
  const adult = bound(adultAge);
  return (
    `(CASE WHEN ${ages.age} IS NOT NULL THEN ${ages.age} < ${adult} ` +
    `WHEN ${ages.ageMax} IS NOT NULL THEN ${ages.ageMax} < ${adult} ` +
    `WHEN ${ages.ageMin} >= ${adult} THEN FALSE END)`
  );
}
