import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, test } from 'node:test';
import { openApp } from './harness.mjs';
import { runQuery } from './import-steps.mjs';

// A query typed in the Records console must not reach any address, not even another
// port on this machine (a listener here counts every request that arrives), and must
// not change the workspace, however the write is dressed up.
let app;
let listener;
const arrived = [];

before(async () => {
  listener = createServer((request, response) => {
    arrived.push(request.url);
    response.end('a,b\n1,2\n');
  });
  await new Promise((resolve) => listener.listen(0, '127.0.0.1', resolve));
  app = await openApp();
});
after(async () => {
  await app?.close();
  await new Promise((resolve) => listener?.close(resolve));
});

async function consoleError(text) {
  const { page } = app;
  await page.getByRole('tab', { name: 'Records' }).click();
  await page.getByLabel('SQL query').fill(text);
  await page.getByRole('button', { name: 'Run query' }).click();
  return page.getByRole('alert').innerText();
}

test('the Records console cannot read a URL, so nothing it holds leaves the page', async () => {
  const { port } = listener.address();
  const queries = [
    `SELECT * FROM read_csv('http://127.0.0.1:${port}/x.csv?leak=' || 'secret')`,
    `SELECT * FROM 'http://127.0.0.1:${port}/y.csv'`,
    `SELECT * FROM read_text('http://127.0.0.1:${port}/z.txt')`,
  ];
  for (const query of queries) {
    const message = await consoleError(query);
    assert.match(message, /Permission Error|disabled by configuration/, query);
  }
  assert.deepEqual(arrived, []);
  assert.deepEqual(app.outsideRequests, []);
});

const contactCount = async () =>
  Number((await runQuery(app.page, 'SELECT count(*) AS n FROM contacts'))[0][0]);

test('the console’s own data still reads', async () => {
  assert.ok((await contactCount()) > 0);
});

test('the Records console changes nothing, even a write behind WITH or EXPLAIN ANALYZE', async () => {
  const before = await contactCount();
  for (const write of [
    "WITH a AS (SELECT 1) DELETE FROM contacts WHERE program <> ''",
    "EXPLAIN ANALYZE UPDATE contacts SET area = 'Y'",
    'EXPLAIN ANALYZE DROP TABLE contacts',
  ]) {
    assert.match(await consoleError(write), /cannot add, change or remove/, write);
  }
  assert.equal(await contactCount(), before);
});
