/**
 * Test support: loads CSV bytes into DuckDB the way the product does (detect the
 * encoding, transcode, sniff a sample, read_csv every column as text) so tests can
 * run the generated SQL against real rows. Used only by *.test.ts files.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startNodeRunner } from '../engine/node-runner';
import type { PlainRow } from '../engine/plain-rows';
import type { QueryRunner } from '../engine/query-runner';
import { workFile } from '../model/work-files';
import { quoteIdentifier, sql } from '../model/sql';
import { decodeSample, detectEncoding, ENCODING_SAMPLE_BYTES, toUTF8 } from './decode';
import { nonBlankRecordSQL, readCSVSQL } from './read-csv-sql';
import { sniffCSV, type CSVDialect } from './sniff';

/** A file loaded into the table `raw`, with what sniffing found. */
export interface LoadedFixture {
  readonly runner: QueryRunner;
  readonly dialect: CSVDialect;
  /** Runs a SELECT over `raw` and returns plain rows. */
  readonly select: (text: string) => Promise<PlainRow[]>;
}

const FIXTURES = path.resolve(import.meta.dirname, '../../tests/fixtures/bad-inputs');

/** Reads one file of tests/fixtures/bad-inputs. */
export function badInput(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(FIXTURES, name)));
}

/** A behaviour one file of tests/fixtures/bad-inputs must show, and its check. */
export interface BadInputCase {
  readonly file: string;
  readonly behaviour: string;
  readonly check: () => Promise<void>;
}

// One DuckDB per fixture file: starting the engine is the slow part of these tests.
const loadedBadInputs = new Map<string, Promise<LoadedFixture>>();

/** Loads a file of tests/fixtures/bad-inputs as `raw`, once per test file. */
export function loadBadInput(file: string): Promise<LoadedFixture> {
  const fixture = loadedBadInputs.get(file) ?? loadRawCSV(badInput(file));
  loadedBadInputs.set(file, fixture);
  return fixture;
}

/** Every value of one column of a bad-inputs file, as text. */
export async function badInputColumn(file: string, name: string): Promise<string[]> {
  const { select } = await loadBadInput(file);
  const rows = await select(`SELECT ${quoteIdentifier(name)} AS v FROM raw`);
  return rows.map((row) => String(row.v));
}

/** Loads CSV bytes (or text) into a fresh DuckDB as the all-text table `raw`. */
export async function loadRawCSV(input: Uint8Array | string): Promise<LoadedFixture> {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const utf8 = toUTF8(bytes, detectEncoding(bytes));
  const dialect = sniffCSV(
    decodeSample(utf8, 'utf-8'),
    utf8.length > ENCODING_SAMPLE_BYTES,
  );

  const runner = await startNodeRunner();
  await runner.registerFile(workFile('upload_1.csv'), utf8);
  const reader = readCSVSQL(workFile('upload_1.csv'), dialect, {
    errors: 'rejects',
    scans: 'scans',
  });
  await runner.execute(
    `CREATE TABLE raw AS SELECT * FROM ${reader} WHERE ${nonBlankRecordSQL(dialect.columnNames)}`,
  );
  return { runner, dialect, select: (text) => runner.rows(sql(text)) };
}
