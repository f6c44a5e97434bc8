/**
 * Test support shared by the suites that run tests/fixtures/bad-inputs through the
 * whole import pipeline: a base mapping, column shorthands, and an import that
 * returns its report and a query helper. Used only by tests.
 */
import { startNodeRunner } from '../engine/node-runner';
import type { PlainRow } from '../engine/plain-rows';
import { sql } from '../model/sql';
import type { ColumnMapping, ImportMapping } from './import-mapping';
import { runImport, type ImportRequest } from './run-import';
import { fixtureBytes, importRequest } from './run-import-test-helpers';

/** A column mapped to a canonical field, with any reading options. */
export const field = (
  column: string,
  name: string,
  more: Partial<ColumnMapping> = {},
): ColumnMapping => ({ column, target: { kind: 'field', field: name }, ...more });

/** A column kept as an extra attribute. */
export const extra = (column: string): ColumnMapping => ({
  column,
  target: { kind: 'extra' },
});

/** A contacts mapping for a New York agency, changed by `over`. */
export function mapping(over: Partial<ImportMapping>): ImportMapping {
  return {
    dataset: 'contacts',
    columns: [],
    recordIdColumn: null,
    program: { kind: 'whole-file', program: 'Pilot' },
    timeZone: 'America/New_York',
    earliestPlausibleDate: '2000-01-01',
    ...over,
  };
}

/** Imports a bad input by file name (or CSV text or bytes) into a fresh database. */
export async function imported(
  input: string | Uint8Array,
  map: ImportMapping,
  options: Partial<ImportRequest> = {},
) {
  const runner = await startNodeRunner();
  const bytes =
    typeof input === 'string' && input.endsWith('.csv')
      ? fixtureBytes(`bad-inputs/${input}`)
      : input;
  const request = importRequest(bytes, map, options);
  const { report } = await runImport(runner, request);
  const select = (text: string): Promise<PlainRow[]> => runner.rows(sql(text));
  return { report, select, dialect: request.dialect };
}
