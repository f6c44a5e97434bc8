import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { FIXTURES, openApp } from './harness.mjs';
import { readRecords } from './independent-counts.mjs';

// A first import clicked while the mapping preview is still running: the sample is
// cleared and the file loaded only once the preview has dropped its staging tables.
const SEATTLE = path.join(FIXTURES, 'real-data/seattle-terry-stops-2015-2017.csv');
// The preview starts 300 ms after the mapping screen appears and takes longer than this.
const PREVIEW_UNDER_WAY_MS = 400;
let app;

before(async () => {
  app = await openApp();
});
after(async () => {
  await app?.close();
});

test('Import clicked as the mapping screen appears loads every Seattle stop', async () => {
  const records = readRecords(SEATTLE).length;
  assert.equal(records, 19_753);
  const { page } = app;
  await page.getByRole('tab', { name: 'Import' }).click();
  await page.getByTestId('file-input').setInputFiles(SEATTLE);
  const form = page.getByRole('form', { name: `Map ${path.basename(SEATTLE)}` });
  await form.waitFor();
  await page.waitForTimeout(PREVIEW_UNDER_WAY_MS);
  await form.getByRole('button', { name: 'Import', exact: true }).click();
  const report = page.getByRole('region', {
    name: `Import report for ${path.basename(SEATTLE)}`,
  });
  const alert = page.getByRole('alert');
  await report.or(alert).first().waitFor({ timeout: 120_000 });

  assert.deepEqual(await alert.allTextContents(), []);
  const shown = (testId) =>
    report
      .getByTestId(testId)
      .first()
      .textContent()
      .then((text) => Number(text.replace(/,/g, '')));
  assert.equal(await shown('rows-read'), records);
  assert.equal(await shown('records-new'), records);
});
