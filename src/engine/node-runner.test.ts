import { describe, expect, it } from 'vitest';
import { startNodeRunner } from './node-runner';
import { sql } from '../model/sql';

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
