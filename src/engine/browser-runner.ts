/**
 * Starts duckdb-wasm in a Web Worker from bundles the app itself serves, so the page
 * works with the network unplugged, and wraps it as the app's QueryRunner.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import { withExclusiveAccess, type SharedRunner } from './exclusive-access';
import { plainRows } from './plain-rows';
import { assertWorkFile } from '../model/work-files';
import { queryFailure, STARTUP_STATEMENTS } from './query-runner';
import type { SqlQuery } from '../model/sql';

// Never the CDN helper: every byte must come from the app's own origin.
const BUNDLES: duckdb.DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
};

/** Starts DuckDB in a worker and returns the app's query runner. */
export async function startBrowserRunner(): Promise<SharedRunner> {
  const bundle = await duckdb.selectBundle(BUNDLES);
  const worker = new Worker(bundle.mainWorker!);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
  await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
  const connection = await db.connect();
  await connection.query(STARTUP_STATEMENTS);

  return withExclusiveAccess({
    rows: async (query: SqlQuery) => {
      try {
        const statement = await connection.prepare(query.text);
        try {
          return plainRows(await statement.query(...query.params));
        } finally {
          await statement.close();
        }
      } catch (error) {
        throw queryFailure(query, error);
      }
    },
    execute: async (statements: string) => {
      try {
        await connection.query(statements);
      } catch (error) {
        throw queryFailure({ text: statements, params: [] }, error);
      }
    },
    registerFile: (name, bytes) => {
      assertWorkFile(name);
      return db.registerFileBuffer(name, bytes);
    },
    dropFile: async (name) => {
      await db.dropFile(name);
    },
    copyFileToBuffer: (name) => db.copyFileToBuffer(name),
  });
}
