/**
 * Test support for the import pipeline: reads a fixture the way the preview does
 * (detect the encoding, sniff the dialect) into an ImportRequest, parses the same
 * file independently with PapaParse, and checksums a table. Used only by tests.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { QueryRunner } from '../engine/query-runner';
import { quoteIdentifier as q, sql } from '../model/sql';
import { decodeSample, detectEncoding } from './decode';
import type { ImportMapping } from './import-mapping';
import type { ImportRequest } from './run-import';
import { sniffCSV } from './sniff';

const FIXTURES = path.resolve(import.meta.dirname, '../../tests/fixtures');

/** Bytes of a file under tests/fixtures, e.g. `real-data/lapd-arrests-alcohol-2019.csv`. */
export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(FIXTURES, name)));
}

let imports = 0;

/** An import request for CSV bytes or text, sniffed as the mapping screen would. */
export function importRequest(
  input: Uint8Array | string,
  mapping: ImportMapping,
  options: Partial<ImportRequest> = {},
): ImportRequest {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const encoding = detectEncoding(bytes);
  const dialect = sniffCSV(decodeSample(bytes, encoding), bytes.length > 64 * 1024);
  return {
    importId: `test_${++imports}`,
    fileName: 'export.csv',
    source: new Blob([bytes.slice()]),
    dialect,
    encoding,
    mapping,
    today: '2025-01-01',
    ...options,
  };
}

/** The file's data rows as PapaParse reads them, header names trimmed, BOM dropped. */
export function papaRows(bytes: Uint8Array): Record<string, string>[] {
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  const parsed = Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim(),
  });
  return parsed.data;
}

/** A checksum of a table's whole content, independent of row order. */
export async function tableChecksum(runner: QueryRunner, table: string): Promise<string> {
  const [row] = await runner.rows(
    sql(`SELECT count(*) || ':' || coalesce(md5(string_agg(x, '|' ORDER BY x)), '') AS c
      FROM (SELECT t::VARCHAR AS x FROM ${q(table)} t)`),
  );
  return String(row?.c);
}

/** Counts rows of a query's single `n` column. */
export async function countOf(runner: QueryRunner, text: string): Promise<number> {
  const [row] = await runner.rows(sql(text));
  return Number(row?.n ?? 0);
}
