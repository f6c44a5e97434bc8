/**
 * A QueryRunner over duckdb-wasm's blocking Node build, for Vitest and scripts:
 * the same engine and SQL as the browser, without a worker.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { withExclusiveAccess, type SharedRunner } from './exclusive-access';
import { plainRows } from './plain-rows';
import { assertWorkFile } from '../model/work-files';
import { queryFailure, STARTUP_STATEMENTS } from './query-runner';
import type { SqlQuery } from '../model/sql';

const require = createRequire(import.meta.url);

function bundles(): duckdb.DuckDBBundles {
  const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));
  return {
    mvp: {
      mainModule: path.join(dist, 'duckdb-mvp.wasm'),
      mainWorker: path.join(dist, 'duckdb-node-mvp.worker.cjs'),
    },
    eh: {
      mainModule: path.join(dist, 'duckdb-eh.wasm'),
      mainWorker: path.join(dist, 'duckdb-node-eh.worker.cjs'),
    },
  };
}

/** Starts a fresh in-memory DuckDB and returns its runner. */
export async function startNodeRunner(): Promise<SharedRunner> {
  const db = await duckdb.createDuckDB(
    bundles(),
    new duckdb.VoidLogger(),
    duckdb.NODE_RUNTIME,
  );
  await db.instantiate();
  db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
  const connection = db.connect();
  connection.query(STARTUP_STATEMENTS);

  return withExclusiveAccess({
    rows: (query: SqlQuery) => {
      try {
        const statement = connection.prepare(query.text);
        try {
          return Promise.resolve(plainRows(statement.query(...query.params)));
        } finally {
          statement.close();
        }
      } catch (error) {
        return Promise.reject(queryFailure(query, error));
      }
    },
    execute: (statements: string) => {
      try {
        connection.query(statements);
        return Promise.resolve();
      } catch (error) {
        return Promise.reject(queryFailure({ text: statements, params: [] }, error));
      }
    },
    registerFile: (name, bytes) => {
      assertWorkFile(name);
      db.registerFileBuffer(name, bytes);
      return Promise.resolve();
    },
    dropFile: (name) => {
      db.dropFile(name);
      return Promise.resolve();
    },
    copyFileToBuffer: (name) => Promise.resolve(db.copyFileToBuffer(name)),
  });
}
