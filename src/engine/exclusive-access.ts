/**
 * All queries share one DuckDB connection, and a transaction on it takes in every
 * statement sent while it is open. An import (or a restore) therefore runs with the
 * connection to itself: queries from other screens wait until it ends, so they can
 * neither join its transaction nor read its uncommitted rows. Ordinary queries are
 * kept apart one by one only: work of several statements that creates or drops tables
 * (an import with its clearing of the sample, a mapping preview) must be one exclusive
 * section, or another section can run in its gaps and drop what it is using.
 */
import type { QueryRunner } from './query-runner';

/** A runner whose callers can take the connection to themselves for a while. */
export interface SharedRunner extends QueryRunner {
  /** Runs `work` with the connection to itself, after the queries under way finish. */
  exclusive<T>(work: (runner: QueryRunner) => Promise<T>): Promise<T>;
}

/** Wraps a runner so exclusive work and ordinary queries never interleave. */
export function withExclusiveAccess(base: QueryRunner): SharedRunner {
  let running = 0;
  const drained: (() => void)[] = [];
  // Ordinary queries wait for every exclusive section queued before them.
  let exclusiveTail: Promise<void> = Promise.resolve();

  const shared =
    <A extends unknown[], R>(operation: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      await exclusiveTail;
      running += 1;
      try {
        return await operation(...args);
      } finally {
        running -= 1;
        if (running === 0) drained.splice(0).forEach((resume) => resume());
      }
    };

  const exclusive = async <T>(work: (runner: QueryRunner) => Promise<T>): Promise<T> => {
    const previous = exclusiveTail;
    let release = () => {};
    exclusiveTail = new Promise<void>((resolve) => (release = resolve));
    await previous;
    while (running > 0) await new Promise<void>((resume) => drained.push(resume));
    try {
      return await work(base);
    } finally {
      release();
    }
  };

  return {
    rows: shared((query) => base.rows(query)),
    execute: shared((statements) => base.execute(statements)),
    registerFile: shared((name, bytes) => base.registerFile(name, bytes)),
    dropFile: shared((name) => base.dropFile(name)),
    copyFileToBuffer: shared((name) => base.copyFileToBuffer(name)),
    exclusive,
  };
}
