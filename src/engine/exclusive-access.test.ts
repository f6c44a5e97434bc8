import { describe, expect, it } from 'vitest';
import { withExclusiveAccess } from './exclusive-access';
import type { QueryRunner } from './query-runner';
import { sql } from '../model/sql';

/** A fake connection that records the order statements reach it. */
function recordingRunner(log: string[]): QueryRunner {
  const pause = () => new Promise((resolve) => setTimeout(resolve, 5));
  return {
    rows: async (query) => {
      log.push(`start ${query.text}`);
      await pause();
      log.push(`end ${query.text}`);
      return [];
    },
    execute: async (text) => {
      log.push(text);
      await pause();
    },
    registerFile: () => Promise.resolve(),
    dropFile: () => Promise.resolve(),
    copyFileToBuffer: () => Promise.resolve(new Uint8Array()),
  };
}

describe('exclusive access to the connection', () => {
  it('lets no other query in while an import holds the connection', async () => {
    const log: string[] = [];
    const runner = withExclusiveAccess(recordingRunner(log));
    const importing = runner.exclusive(async (inside) => {
      await inside.execute('BEGIN');
      await inside.rows(sql('import step'));
      await inside.execute('COMMIT');
    });
    const other = runner.rows(sql('other screen'));
    await Promise.all([importing, other]);
    expect(log).toEqual([
      'BEGIN',
      'start import step',
      'end import step',
      'COMMIT',
      'start other screen',
      'end other screen',
    ]);
  });

  it('waits for queries under way before it starts', async () => {
    const log: string[] = [];
    const runner = withExclusiveAccess(recordingRunner(log));
    const before = runner.rows(sql('earlier query'));
    const importing = runner.exclusive((inside) => inside.execute('BEGIN'));
    await Promise.all([before, importing]);
    expect(log).toEqual(['start earlier query', 'end earlier query', 'BEGIN']);
  });

  it('releases the connection when the exclusive work fails', async () => {
    const log: string[] = [];
    const runner = withExclusiveAccess(recordingRunner(log));
    await expect(
      runner.exclusive(() => Promise.reject(new Error('failed'))),
    ).rejects.toThrow('failed');
    await runner.rows(sql('after'));
    expect(log).toEqual(['start after', 'end after']);
  });
});
