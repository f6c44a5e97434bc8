import { beforeAll, describe, expect, it } from 'vitest';
import { startNodeRunner } from '../engine/node-runner';
import type { QueryRunner } from '../engine/query-runner';
import { sql } from '../model/sql';
import { createFixtureWorkspace, FIXTURE_METADATA } from './workspace-fixtures';
import {
  captureWorkspace,
  loadWorkspace,
  restoreWorkspaceSnapshot,
  saveWorkspaceSnapshot,
} from './workspace-snapshot';
import { memoryWorkspaceStore } from './workspace-store';

const contactsQuery = sql(`SELECT record_key, import_id, source_line, program, area,
    occurred_on, occurred_at, contact_type, crisis, use_of_force, age,
    extra IS NULL AS no_extra, map_keys(extra) AS extra_keys,
    map_values(extra) AS extra_values
  FROM contacts ORDER BY record_key`);

const typesQuery = sql(`SELECT table_name, column_name, data_type
  FROM duckdb_columns() JOIN duckdb_tables() USING (database_name, schema_name, table_name)
  ORDER BY table_name, column_index`);

async function restoredRunner(): Promise<{ source: QueryRunner; target: QueryRunner }> {
  const source = await startNodeRunner();
  await createFixtureWorkspace(source);
  const store = memoryWorkspaceStore();
  await saveWorkspaceSnapshot(source, store, FIXTURE_METADATA, { tables: ['stops_raw'] });
  const target = await startNodeRunner();
  expect(await restoreWorkspaceSnapshot(target, store)).toEqual(FIXTURE_METADATA);
  return { source, target };
}

describe('workspace snapshot round trip', () => {
  let target: QueryRunner;
  let source: QueryRunner;
  beforeAll(async () => {
    ({ source, target } = await restoredRunner());
  });

  it('keeps NULL apart from empty text, and text that reads like NULL', async () => {
    const rows = await target.rows(contactsQuery);
    expect(rows.map((row) => [row.import_id, row.program, row.contact_type])).toEqual([
      ['', null, 'NULL'],
      [null, '', ''],
      ['imp-1', 'CIT', null],
    ]);
  });

  it('keeps quotes, commas and newlines inside text', async () => {
    const [first] = await target.rows(contactsQuery);
    expect(first?.area).toBe('North, "Beat 4"\nsecond line');
  });

  it('keeps booleans, dates, microsecond timestamps and integers', async () => {
    const rows = await target.rows(contactsQuery);
    expect(
      rows.map((r) => [r.occurred_on, r.occurred_at, r.crisis, r.use_of_force, r.age]),
    ).toEqual([
      ['2024-02-29', '2024-02-29T23:59:59', true, false, 17],
      ['1899-12-31', null, null, null, null],
      [null, '2024-01-01T00:00:00', false, true, 0],
    ]);
    const [micro] = await target.rows(
      sql(`SELECT microsecond(occurred_at) AS us FROM contacts WHERE record_key = 'c1'`),
    );
    expect(micro?.us).toBe(59_123_456);
  });

  it('keeps map entries with empty keys, NULL values and reserved characters', async () => {
    const rows = await target.rows(contactsQuery);
    expect(rows.map((r) => [r.no_extra, r.extra_keys, r.extra_values])).toEqual([
      [false, ['Beat', 'Note', '', 'é '], ['4B', 'a=b&c!%20', null, '']],
      [true, null, null],
      [false, [], []],
    ]);
  });

  it('keeps doubles to the last bit, including negative zero', async () => {
    const rows = await target.rows(
      sql('SELECT population::VARCHAR AS p FROM population ORDER BY record_key'),
    );
    expect(rows.map((row) => row.p)).toEqual([
      '0.30000000000000004',
      '-0.0',
      '1.7976931348623157e+308',
    ]);
  });

  it('recreates every column with its saved type, the map included', async () => {
    expect(await target.rows(typesQuery)).toEqual(await source.rows(typesQuery));
  });

  it('keeps big integers, decimals and awkward column names of extra tables', async () => {
    const rows = await target.rows(
      sql(
        'SELECT id::VARCHAR AS id, fee::VARCHAR AS fee, "odd ""name"", here" AS odd ' +
          'FROM stops_raw ORDER BY id',
      ),
    );
    expect(rows).toEqual([
      { id: '9007199254740993', fee: '12.30', odd: 'x' },
      { id: null, fee: null, odd: null },
    ]);
  });

  it('does not save views, only the tables under them', async () => {
    await expect(target.rows(sql('SELECT * FROM events_stops'))).rejects.toThrow();
  });
});

describe('saving and restoring', () => {
  it('restores nothing and returns null from an empty store', async () => {
    const runner = await startNodeRunner();
    expect(await restoreWorkspaceSnapshot(runner, memoryWorkspaceStore())).toBeNull();
  });

  it('refuses to save a view by name, pointing to its base table', async () => {
    const runner = await startNodeRunner();
    await createFixtureWorkspace(runner);
    await expect(
      captureWorkspace(runner, FIXTURE_METADATA, { tables: ['events_stops'] }),
    ).rejects.toMatchObject({ code: 'missing-table' });
  });

  it('refuses a column type that CSV cannot carry exactly', async () => {
    const runner = await startNodeRunner();
    await runner.execute('CREATE TABLE tags (labels VARCHAR[])');
    await expect(
      captureWorkspace(runner, FIXTURE_METADATA, { tables: ['tags'] }),
    ).rejects.toThrow('The column "labels" of table "tags" has type VARCHAR[]');
  });

  it('drops canonical tables the snapshot lacks and leaves other tables alone', async () => {
    const empty = await captureWorkspace(await startNodeRunner(), FIXTURE_METADATA);
    const runner = await startNodeRunner();
    await createFixtureWorkspace(runner);
    await loadWorkspace(runner, empty);
    const tables = await runner.rows(
      sql('SELECT table_name FROM duckdb_tables() ORDER BY table_name'),
    );
    expect(tables.map((row) => row.table_name)).toEqual(['stops_raw']);
  });

  it('rolls back and reports damage when a table reads back short', async () => {
    const source = await startNodeRunner();
    await createFixtureWorkspace(source);
    const snapshot = await captureWorkspace(source, FIXTURE_METADATA);
    const tables = snapshot.manifest.tables.map((t) => ({ ...t, rows: t.rows + 1 }));
    const damaged = { ...snapshot, manifest: { ...snapshot.manifest, tables } };

    const target = await startNodeRunner();
    await target.execute(
      "CREATE TABLE contacts (record_key VARCHAR); INSERT INTO contacts VALUES ('kept')",
    );
    await expect(loadWorkspace(target, damaged)).rejects.toMatchObject({
      code: 'damaged-file',
    });
    expect(await target.rows(sql('SELECT * FROM contacts'))).toEqual([
      { record_key: 'kept' },
    ]);
  });

  it('removes stored tables a later, smaller snapshot no longer has', async () => {
    const runner = await startNodeRunner();
    await createFixtureWorkspace(runner);
    const store = memoryWorkspaceStore();
    await saveWorkspaceSnapshot(runner, store, FIXTURE_METADATA, {
      tables: ['stops_raw'],
    });
    await runner.execute('DROP TABLE stops_raw; DROP TABLE population');
    await saveWorkspaceSnapshot(runner, store, FIXTURE_METADATA);
    expect((await store.keys()).sort()).toEqual(['manifest', 'table/0']);
  });
});
