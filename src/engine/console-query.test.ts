import { describe, expect, it } from 'vitest';
import { sql } from '../model/sql';
import {
  consoleQuery,
  readInRolledBackTransaction,
  runConsoleQuery,
} from './console-query';
import { startNodeRunner } from './node-runner';

describe('console queries', () => {
  it.each([
    'SELECT count(*) FROM contacts',
    'with x as (select 1) select * from x;',
    "SELECT 'a;b' AS text -- a comment; with a semicolon",
    'SUMMARIZE contacts',
    'FROM arrests LIMIT 5',
  ])('runs the read-only statement %s', (text) => {
    expect(() => consoleQuery(text)).not.toThrow();
  });

  it.each([
    ['DROP TABLE contacts', /only reads/],
    ['DELETE FROM contacts', /only reads/],
    ['SELECT 1; DROP TABLE contacts', /one statement/],
    ["SELECT * FROM read_csv('x.csv'); COPY contacts TO 'y.csv'", /one statement/],
    [
      "WITH t AS (SELECT 1) SELECT * FROM t WHERE 1 = 1 AND 'x' = 'x' " +
        "UNION SELECT 1 FROM (COPY contacts TO 'x')",
      /files/,
    ],
    ['', /Type a query/],
    // Writes behind a read-only first word, as a tester found them.
    [
      "WITH a AS (SELECT 1) DELETE FROM arrests WHERE occurred_on < DATE '2019-02-01'",
      /cannot add, change or remove/,
    ],
    [
      "EXPLAIN ANALYZE DELETE FROM contacts WHERE program = 'X'",
      /cannot add, change or remove/,
    ],
    [
      "WITH a AS (SELECT 1) UPDATE contacts SET area = 'X' WHERE true",
      /cannot add, change or remove/,
    ],
    ['EXPLAIN ANALYZE CREATE TABLE zz AS SELECT 1', /cannot add, change or remove/],
    ['EXPLAIN ANALYZE DROP TABLE contacts', /cannot add, change or remove/],
    [
      'WITH a AS (SELECT 1) INSERT INTO contacts (record_key) VALUES (1)',
      /cannot add, change or remove/,
    ],
    ['EXPLAIN SET threads = 1', /cannot add, change or remove/],
  ])('refuses %s', (text, message) => {
    expect(() => consoleQuery(text)).toThrow(message);
  });

  it('still reads a column or value that spells a write word in quotes', () => {
    expect(() =>
      consoleQuery('SELECT \'delete\' AS "update" FROM contacts'),
    ).not.toThrow();
  });
});

describe('running a console query', () => {
  async function withTable() {
    const runner = await startNodeRunner();
    await runner.execute('CREATE TABLE t AS SELECT range AS n FROM range(3)');
    const count = async () =>
      (await runner.rows(sql('SELECT count(*) AS n FROM t')))[0]?.n;
    return { runner, count };
  }

  it('returns the rows of a read', async () => {
    const { runner } = await withTable();
    expect(await runConsoleQuery(runner, 'SELECT sum(n) AS total FROM t')).toEqual([
      { total: 3 },
    ]);
  });

  it('undoes a write that reaches the database, and keeps its rows from the table', async () => {
    const { runner, count } = await withTable();
    const inserted = await readInRolledBackTransaction(
      runner,
      sql('INSERT INTO t VALUES (7), (8) RETURNING n'),
    );
    expect(inserted).toEqual([{ n: 7 }, { n: 8 }]);
    expect(await count()).toBe(3);
    await readInRolledBackTransaction(runner, sql('WITH a AS (SELECT 1) DELETE FROM t'));
    await expect(
      readInRolledBackTransaction(runner, sql('DROP TABLE t')),
    ).resolves.toBeDefined();
    expect(await count()).toBe(3);
  });

  it('leaves no transaction open after a failed query', async () => {
    const { runner, count } = await withTable();
    await expect(
      runConsoleQuery(runner, 'SELECT * FROM no_such_table'),
    ).rejects.toThrow();
    await runner.execute('INSERT INTO t VALUES (9)');
    expect(await count()).toBe(4);
  });
});
