/**
 * The part of the staging benchmark that runs TypeScript: stages one CSV file with
 * the product's loader under duckdb-wasm's Node build and measures it.
 */
import { openAsBlob } from 'node:fs';
import { startNodeRunner } from '../../src/engine/node-runner';
import { sql } from '../../src/model/sql';
import { decodeSample, detectEncoding } from '../../src/ingest/decode';
import { sniffCSV } from '../../src/ingest/sniff';
import { stageFile } from '../../src/ingest/stage-file';

/** What one staging run measured. */
export interface StageBenchResult {
  readonly rows: number;
  readonly rejected: number;
  readonly bytes: number;
  readonly seconds: number;
  readonly peakRSS: number;
  readonly peakHeapUsed: number;
  readonly chunks: number;
}

/** Stages the file at path and samples memory after every chunk. */
export async function benchStage(
  path: string,
  chunkBytes?: number,
): Promise<StageBenchResult> {
  const source = await openAsBlob(path);
  const head = new Uint8Array(await source.slice(0, 64 * 1024).arrayBuffer());
  const encoding = detectEncoding(head);
  const dialect = sniffCSV(decodeSample(head, encoding), source.size > head.length);
  const runner = await startNodeRunner();

  let peakRSS = 0;
  let peakHeapUsed = 0;
  let chunks = 0;
  const sample = () => {
    const memory = process.memoryUsage();
    peakRSS = Math.max(peakRSS, memory.rss);
    peakHeapUsed = Math.max(peakHeapUsed, memory.heapUsed);
  };
  const started = performance.now();
  const result = await stageFile(runner, {
    importId: 'bench',
    source,
    encoding,
    dialect,
    ...(chunkBytes === undefined ? {} : { chunkBytes }),
    onProgress: () => {
      chunks++;
      sample();
    },
  });
  const seconds = (performance.now() - started) / 1000;
  sample();

  const [check] = await runner.rows(
    sql('SELECT max(source_line) AS last FROM stage_bench'),
  );
  if (check?.last === null) throw new Error('Nothing was staged.');
  return {
    rows: result.rowsStaged,
    rejected: result.rowsRejected,
    bytes: source.size,
    seconds,
    peakRSS,
    peakHeapUsed,
    chunks: chunks - 1,
  };
}
