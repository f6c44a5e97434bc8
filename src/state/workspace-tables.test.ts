import { beforeAll, describe, expect, it } from 'vitest';
import { startNodeRunner } from '../engine/node-runner';
import type { QueryRunner } from '../engine/query-runner';
import { sql } from '../model/sql';
import {
  exportTableCSV,
  importTableCSV,
  listTables,
  type TableSchema,
} from './workspace-tables';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

// Ids 1 to 23 with 6 to 10 deleted: rowids 5 to 9 are gaps, so with batches of 4
// rowids one batch is empty and two are partly empty.
const KEPT = Array.from({ length: 23 }, (_, i) => i + 1).filter(
  (id) => id < 6 || id > 10,
);
const expectedCSV = (header: string, line: (id: number) => string) =>
  [header, ...KEPT.map(line)].map((row) => `${row}\n`).join('');

describe('exporting a table to CSV in rowid batches', () => {
  let runner: QueryRunner;
  let notes: TableSchema;
  let rowidNamed: TableSchema;
  beforeAll(async () => {
    runner = await startNodeRunner();
    await runner.execute(`CREATE TABLE notes (id INTEGER, note VARCHAR,
        extra MAP(VARCHAR, VARCHAR));
      INSERT INTO notes SELECT i, 'note ' || i, MAP {'k': 'v' || i} FROM range(1, 24) t(i);
      DELETE FROM notes WHERE id BETWEEN 6 AND 10;
      CREATE TABLE odd ("rowid" INTEGER, note VARCHAR);
      INSERT INTO odd SELECT 100 - i, 'n' || i FROM range(1, 24) t(i);
      DELETE FROM odd WHERE note IN ('n6', 'n7', 'n8', 'n9', 'n10');`);
    const tables = await listTables(runner);
    notes = tables.find((t) => t.name === 'notes')!;
    rowidNamed = tables.find((t) => t.name === 'odd')!;
  });

  const notesCSV = expectedCSV(
    '"id","note","extra"',
    (id) => `"${id}","note ${id}","k=v${id}"`,
  );

  it('writes every row once, in order, with one header, whatever the batch size', async () => {
    for (const batchRows of [4, 5, 18, 100_000]) {
      const { bytes, rows } = await exportTableCSV(runner, notes, batchRows);
      expect({ batchRows, rows, csv: text(bytes) }).toEqual({
        batchRows,
        rows: KEPT.length,
        csv: notesCSV,
      });
    }
  });

  it('reads the batched bytes back to the same rows', async () => {
    const { bytes } = await exportTableCSV(runner, notes, 4);
    await runner.execute('CREATE SCHEMA copy; USE copy');
    try {
      expect(await importTableCSV(runner, notes, bytes)).toBe(KEPT.length);
      const rows = await runner.rows(
        sql(`SELECT id, note, extra['k'] AS k FROM copy.notes ORDER BY id`),
      );
      expect(rows).toEqual(KEPT.map((id) => ({ id, note: `note ${id}`, k: `v${id}` })));
    } finally {
      await runner.execute('USE memory; DROP SCHEMA copy CASCADE');
    }
  });

  // The column hides the row ids; batches by its values would reverse the rows.
  it('writes a table with a column named rowid in one go', async () => {
    const { bytes, rows } = await exportTableCSV(runner, rowidNamed, 4);
    expect(rows).toBe(KEPT.length);
    expect(text(bytes)).toBe(
      expectedCSV('"rowid","note"', (id) => `"${100 - id}","n${id}"`),
    );
  });

  it('writes the header alone for an empty table', async () => {
    await runner.execute('CREATE TABLE empty_notes (id INTEGER, note VARCHAR)');
    const table = (await listTables(runner)).find((t) => t.name === 'empty_notes')!;
    expect(await exportTableCSV(runner, table, 4)).toEqual({
      bytes: new TextEncoder().encode('"id","note"\n'),
      rows: 0,
    });
  });
});
