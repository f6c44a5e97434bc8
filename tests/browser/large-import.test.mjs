import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { writeContacts } from '../../scripts/bench/contacts.mjs';
import { FIXTURES, openApp } from './harness.mjs';
import { importFile, reviewSource, shownMonths } from './import-steps.mjs';

// A seeded 1,000,000-row contacts export (about 150 MB), made fresh for the test.
const ROWS = 1_000_000;
const folder = mkdtempSync(path.join(os.tmpdir(), 'outcomestat-large-'));
const LARGE = path.join(folder, 'contacts-1m.csv');
const LAPD = path.join(FIXTURES, 'real-data/lapd-arrests-alcohol-2019.csv');
let app;

before(async () => {
  await writeContacts(LARGE, ROWS, 7);
  app = await openApp();
});
after(async () => {
  await app?.close();
  rmSync(folder, { recursive: true, force: true });
});

test('a 1M-row import shows its progress, and cancelling it leaves the workspace as it was', async () => {
  await importFile(app.page, LAPD);
  await reviewSource(app.page, 'Arrests: juvenile (under 18) (all imports)');
  const before = await shownMonths(app.page);

  const { page } = app;
  await page.getByRole('tab', { name: 'Import' }).click();
  await page.getByTestId('file-input').setInputFiles(LARGE);
  const form = page.getByRole('form', { name: 'Map contacts-1m.csv' });
  await form.getByRole('button', { name: 'Import', exact: true }).click();

  const progress = page.getByRole('status', { name: 'Importing contacts-1m.csv' });
  await progress.waitFor();
  await page.waitForFunction(
    () =>
      Number(
        document
          .querySelector('[data-testid="rows-staged"]')
          ?.textContent?.replaceAll(',', ''),
      ) > 0,
    undefined,
    { timeout: 120_000 },
  );
  const staged = Number(
    (await page.getByTestId('rows-staged').textContent()).replaceAll(',', ''),
  );
  assert.ok(
    staged > 0 && staged < ROWS,
    `progress shows part of the file (${staged} rows)`,
  );
  await progress.getByRole('button', { name: 'Cancel import' }).click();

  await page
    .getByRole('alert')
    .filter({ hasText: 'was cancelled' })
    .waitFor({ timeout: 120_000 });
  await reviewSource(page, 'Arrests: juvenile (under 18) (all imports)');
  assert.deepEqual(await shownMonths(page), before);
  const labels = await page.locator('select[name="source"] option').allTextContents();
  assert.ok(
    !labels.some((label) => label.startsWith('Contacts')),
    'no contacts were kept',
  );
});

test('logs no console error and makes no outside request', () => {
  assert.deepEqual(app.outsideRequests, []);
  assert.deepEqual(app.consoleErrors, []);
});
