#!/usr/bin/env node
/**
 * Staging benchmark: writes a seeded synthetic contacts export (1,000,000 rows,
 * about 150 MB, with quoted commas and line breaks) to a temporary folder, stages it
 * with src/ingest/stage-file.ts under duckdb-wasm's Node build, and prints the load
 * time, rows per second and peak memory.
 *
 *   npm run bench                          # 1,000,000 rows
 *   npm run bench -- --rows 200000         # fewer rows
 *   npm run bench -- --chunk-mb 8          # another chunk size (default 16)
 *   npm run bench -- --import              # the whole import, timed by phase
 *   npm run bench -- --import --detail     # ... and by statement
 *
 * Node 20 cannot import TypeScript, so the TypeScript half (scripts/bench/stage-bench.ts)
 * is loaded through Vite's module runner (`runnerImport`), which transforms it the way
 * Vitest does. Peak memory is sampled after each chunk; RSS includes DuckDB's
 * WebAssembly memory, heap used is JavaScript objects only.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { writeContacts } from './bench/contacts.mjs';

function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  if (index < 0) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!Number.isFinite(value) || value <= 0)
    throw new Error(`--${name} needs a positive number.`);
  return value;
}

const rows = Math.trunc(option('rows', 1_000_000));
const chunkBytes = Math.trunc(option('chunk-mb', 16) * 1024 * 1024);
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const folder = mkdtempSync(path.join(tmpdir(), 'outcomestat-bench-'));
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

try {
  const file = path.join(folder, 'contacts.csv');
  const generated = performance.now();
  const bytes = await writeContacts(file, rows, 20240601);
  console.log(
    `generated ${rows.toLocaleString('en-US')} rows, ${mb(bytes)} in ${((performance.now() - generated) / 1000).toFixed(1)} s`,
  );

  if (process.argv.includes('--import')) await benchImport(file);
  else await benchStaging(file);
} finally {
  rmSync(folder, { recursive: true, force: true });
}

async function benchStaging(file) {
  const { module } = await runnerImport(path.join(root, 'scripts/bench/stage-bench.ts'), {
    root,
    configFile: false,
    logLevel: 'error',
  });
  const result = await module.benchStage(file, chunkBytes);
  console.log(
    [
      `staged    ${result.rows.toLocaleString('en-US')} rows (${result.rejected} rejected) in ${result.chunks} chunks of ${mb(chunkBytes)}`,
      `time      ${result.seconds.toFixed(2)} s`,
      `rate      ${Math.round(result.rows / result.seconds).toLocaleString('en-US')} rows/s, ${(result.bytes / 1024 / 1024 / result.seconds).toFixed(1)} MB/s`,
      `peak RSS  ${mb(result.peakRSS)}`,
      `peak heap ${mb(result.peakHeapUsed)} (JavaScript heap used)`,
    ].join('\n'),
  );
}

async function benchImport(file) {
  const { module } = await runnerImport(
    path.join(root, 'scripts/bench/import-bench.ts'),
    {
      root,
      configFile: false,
      logLevel: 'error',
    },
  );
  const result = await module.benchImport(file, process.argv.includes('--detail'));
  console.log(
    `imported  ${result.rows.toLocaleString('en-US')} rows (${result.rejected} rejected) in ${result.seconds.toFixed(2)} s, saved in ${result.saveSeconds.toFixed(2)} s`,
  );
  for (const [phase, seconds] of result.phases)
    console.log(`  ${seconds.toFixed(2).padStart(7)} s  ${phase}`);
}
