import { describe, expect, it } from 'vitest';
import { startNodeRunner } from '../engine/node-runner';
import { quoteLiteral, sql } from '../model/sql';
import { ageSQL, readsAsAge } from './ages';

// Seattle's bands, LAPD's ages, NJ's words and the forms other exports use.
const VALUES = [
  '24',
  '1 - 17',
  '25-34',
  '18 to 25',
  '56 and Above',
  '65+',
  '60 or older',
  'Under 18',
  'less than 12',
  ' 36 - 45 ',
  'Juvenile',
  'Unknown',
  '-',
  'adult',
  '12.5',
];

describe('which age values need a word of the mapping', () => {
  it('are exactly those the import cannot read as an age or band by itself', async () => {
    const runner = await startNodeRunner();
    const ages = ageSQL('v');
    const rows = await runner.rows(
      sql(
        `SELECT v, coalesce(${ages.ageMin}, ${ages.ageMax}) IS NOT NULL AS read
        FROM (VALUES ${VALUES.map((v) => `(${quoteLiteral(v)})`).join(', ')}) AS t(v)`,
      ),
    );
    const readByImport = Object.fromEntries(
      rows.map((r) => [String(r.v), r.read] as const),
    );
    expect(Object.fromEntries(VALUES.map((v) => [v, readsAsAge(v)]))).toEqual(
      readByImport,
    );
    expect(readsAsAge('56 and Above')).toBe(true);
    expect(readsAsAge('Juvenile')).toBe(false);
  });
});
