#!/usr/bin/env node
/**
 * Browser import benchmark: builds nothing itself (run `npx vite build` first), opens
 * the built app in Debian's Chromium, imports a seeded synthetic contacts export
 * through the mapping screen, and prints the import time, the peak JavaScript heap
 * sampled during the import, and the time the month review takes to appear.
 *
 *   npm run bench:browser                    # 1,000,000 rows
 *   npm run bench:browser -- --rows 200000
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openApp } from '../tests/browser/harness.mjs';
import { writeContacts } from './bench/contacts.mjs';

const index = process.argv.indexOf('--rows');
const rows = index < 0 ? 1_000_000 : Number(process.argv[index + 1]);
const folder = mkdtempSync(path.join(tmpdir(), 'outcomestat-bench-'));
const file = path.join(folder, 'contacts.csv');

try {
  await writeContacts(file, rows, 11);
  const app = await openApp();
  const { page } = app;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const heap = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find(
      (m) => m.name === 'JSHeapUsedSize',
    ).value;

  await page.getByRole('tab', { name: 'Import' }).click();
  await page.getByTestId('file-input').setInputFiles(file);
  const form = page.getByRole('form', { name: 'Map contacts.csv' });
  await form.waitFor();
  const heapBefore = await heap();
  let peak = heapBefore;
  const sampler = setInterval(() => {
    heap().then(
      (used) => (peak = Math.max(peak, used)),
      () => {},
    );
  }, 250);
  const started = performance.now();
  await form.getByRole('button', { name: 'Import', exact: true }).click();
  await page
    .getByRole('region', { name: 'Import report for contacts.csv' })
    .waitFor({ timeout: 900_000 });
  const imported = (performance.now() - started) / 1000;
  clearInterval(sampler);

  const reviewStarted = performance.now();
  await page
    .locator('select[name="source"]')
    .selectOption({ label: 'Contacts: use of force (all imports)' });
  await page.getByRole('tab', { name: 'Month review' }).click();
  await page.getByTestId('month-summary').waitFor({ timeout: 120_000 });
  const review = (performance.now() - reviewStarted) / 1000;

  const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);
  console.log(`rows: ${rows.toLocaleString('en-US')} (${mb(statSync(file).size)} MB)`);
  console.log(
    `import (stage, map, validate, merge, save in the browser): ${imported.toFixed(1)} s`,
  );
  console.log(`JS heap: ${mb(heapBefore)} MB before, ${mb(peak)} MB peak during import`);
  console.log(`month review of the imported contacts: ${review.toFixed(2)} s`);
  if (app.consoleErrors.length > 0) console.log('console errors:', app.consoleErrors);
  await app.close();
} finally {
  rmSync(folder, { recursive: true, force: true });
}
