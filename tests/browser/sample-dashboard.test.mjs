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

test('labels CompStat and Pilot results as synthetic, on screen and in print', async () => {
  const { page } = app;
  for (const [tab, heading] of [
    ['CompStat', /^CompStat: /],
    ['Pilot results', /^Pilot results: /],
  ]) {
    await page.getByRole('tab', { name: tab }).click();
    const title = page.getByRole('heading', { level: 2, name: heading });
    await title.waitFor({ timeout: 60_000 });
    await page.emulateMedia({ media: 'print' });
    const printed = await title.innerText();
    await page.emulateMedia({ media: 'screen' });
    assert.match(printed, /synthetic sample/, tab);
  }
  // Printed, the statement cannot point at a chart the paper leaves out.
  await page.getByTestId('pilot-statement').waitFor({ timeout: 60_000 });
  await page.emulateMedia({ media: 'print' });
  const statement = await page.getByTestId('pilot-statement').innerText();
  await page.emulateMedia({ media: 'screen' });
  assert.doesNotMatch(statement, /the chart above/);
  assert.match(statement, /left out of print/);
  await page.getByRole('tab', { name: 'Month review' }).click();
});

test('makes no request outside the page and logs no console error', () => {
  assert.deepEqual(app.outsideRequests, []);
  assert.deepEqual(app.consoleErrors, []);
});
