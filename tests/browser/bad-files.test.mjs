import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openApp } from './harness.mjs';

let app;

before(async () => {
  app = await openApp();
});
after(async () => {
  await app?.close();
});

async function drop(name, bytes) {
  await app.page.getByRole('tab', { name: 'Import' }).click();
  await app.page.getByTestId('file-input').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(bytes),
  });
  return app.page.getByRole('alert').filter({ hasText: name }).textContent();
}

async function monthReviewStillWorks() {
  await app.page.getByRole('tab', { name: 'Month review' }).click();
  return app.page.getByTestId('month-summary').isVisible();
}

test('says an empty file has nothing to load, and keeps working', async () => {
  assert.match(await drop('empty.csv', ''), /is empty/);
  assert.ok(await monthReviewStillWorks());
});

test('says a binary file is not a CSV export, and keeps working', async () => {
  const message = await drop('report.xlsx', [0x50, 0x4b, 0x03, 0x04, 0, 0, 0x08, 0]);
  assert.match(message, /not a CSV file/);
  assert.ok(await monthReviewStillWorks());
});

test('logs no console error while refusing bad files', () => {
  assert.deepEqual(app.consoleErrors, []);
});
