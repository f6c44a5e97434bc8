import { describe, expect, it } from 'vitest';
import { startNodeRunner } from '../engine/node-runner';
import { createTableStatements } from '../model/create-tables';
import { sql } from '../model/sql';
import { extraKeysQuery, MAX_BREAKDOWN_VALUES } from './event-sources';

describe('extra attributes offered as breakdowns', () => {
  it('offers a sector, not a stop id with a value per record', async () => {
    const runner = await startNodeRunner();
    const records = 3 * MAX_BREAKDOWN_VALUES;
    await runner.execute(`${createTableStatements('contacts')};
      INSERT INTO contacts (record_key, occurred_on, extra)
      SELECT 'c' || i, DATE '2024-01-01',
        MAP {'Sector': 'S' || (i % 4), 'Stop ID': 'stop-' || i, 'Beat': 'B' || (i % 60)}
      FROM range(${records}) AS t(i)`);
    const keys = await runner.rows(extraKeysQuery('contacts'));
    expect(keys.map((row) => row.key)).toEqual(['Beat', 'Sector']);
    const [count] = await runner.rows(sql('SELECT count(*) AS n FROM contacts'));
    expect(count?.n).toBe(records);
  });
});
