import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { openApp, readMonthlyFigures } from './harness.mjs';
import { countByMonth, readRecords } from './independent-counts.mjs';

const SAMPLE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../sample-data',
);
let app;

before(async () => {
  app = await openApp();
});
after(async () => {
  await app?.close();
});

test('opens on the synthetic sample, clearly labelled', async () => {
  await assert.doesNotReject(app.page.getByText('synthetic sample').first().waitFor());
  const heading = await app.page.getByRole('heading', { level: 2 }).first().textContent();
  assert.match(heading, /Contacts: use of force \(sample, synthetic\)/);
});

test('shows every sample month with the contacts and uses of force in the file', async () => {
  await app.page.getByText('Monthly figures').click();
  const shown = await readMonthlyFigures(app.page);
  const expected = countByMonth(
    readRecords(path.join(SAMPLE, 'contacts.csv')),
    (record) => record.occurred_on.slice(0, 7),
    (record) => record.use_of_force === 'true',
  );
  assert.equal(Object.keys(shown).length, 36);
  assert.deepEqual(shown, expected);
});

test('makes no request outside the page and logs no console error', () => {
  assert.deepEqual(app.outsideRequests, []);
  assert.deepEqual(app.consoleErrors, []);
});
