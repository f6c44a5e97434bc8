import { describe, expect, it } from 'vitest';
import { startNodeRunner } from './node-runner';
import { sql } from '../model/sql';
import { WORK_DIRECTORY, workFile } from '../model/work-files';

describe('node query runner', () => {
  it('returns plain numbers, ISO dates and wall-clock timestamps', async () => {
    const runner = await startNodeRunner();
    const rows = await runner.rows(
      sql(
        "SELECT count(*) AS n, DATE '2024-03-31' AS day, " +
          "TIMESTAMP '2024-03-31 23:30' AS at, ?::BIGINT AS id",
        [12345678901234],
      ),
    );
    expect(rows).toEqual([
      { n: 1, day: '2024-03-31', at: '2024-03-31T23:30:00', id: 12345678901234 },
    ]);
  });

  it('binds values so quotes in them are data, not SQL', async () => {
    const runner = await startNodeRunner();
    const rows = await runner.rows(sql('SELECT ? AS v', ["x'); DROP TABLE t; --"]));
    expect(rows[0]?.v).toBe("x'); DROP TABLE t; --");
  });

  it('wraps a failed query with its SQL', async () => {
    const runner = await startNodeRunner();
    await expect(runner.rows(sql('SELECT * FROM no_such_table'))).rejects.toMatchObject({
      code: 'query-failed',
      query: { text: 'SELECT * FROM no_such_table' },
    });
  });
});

describe('what SQL can reach', () => {
  it('reads a file registered in the work directory', async () => {
    const runner = await startNodeRunner();
    const file = workFile('reachable.csv');
    await runner.registerFile(file, new TextEncoder().encode('a,b\n1,2\n'));
    expect(await runner.rows(sql(`SELECT * FROM read_csv('${file}')`))).toEqual([
      { a: 1, b: 2 },
    ]);
  });

  it('refuses a URL and any path outside the work directory', async () => {
    const runner = await startNodeRunner();
    for (const target of [
      'http://127.0.0.1:9/leak.csv',
      'https://example.org/leak.parquet',
      '/etc/passwd',
      `${WORK_DIRECTORY}../etc/passwd`,
    ]) {
      await expect(
        runner.rows(sql(`SELECT * FROM read_csv('${target}')`)),
        target,
      ).rejects.toThrow(/Permission Error|disabled by configuration/);
    }
    await expect(runner.execute("ATTACH 'http://127.0.0.1:9/x.db'")).rejects.toThrow(
      /Permission Error/,
    );
  });

  it('cannot be talked out of it by a later SET', async () => {
    const runner = await startNodeRunner();
    for (const setting of [
      'SET enable_external_access = true',
      "SET allowed_directories = ['/']",
      'SET autoinstall_known_extensions = true',
      'SET lock_configuration = false',
    ]) {
      await expect(runner.execute(setting), setting).rejects.toThrow(/locked/);
    }
  });

  it('refuses to register a file outside the work directory', async () => {
    const runner = await startNodeRunner();
    await expect(runner.registerFile('elsewhere.csv', new Uint8Array())).rejects.toThrow(
      /must lie in \/outcomestat\//,
    );
  });
});
