import { describe, expect, it } from 'vitest';
import { consoleQuery } from './console-query';

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
  ])('refuses %s', (text, message) => {
    expect(() => consoleQuery(text)).toThrow(message);
  });
});
