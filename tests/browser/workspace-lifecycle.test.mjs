import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import Papa from 'papaparse';
import { FIXTURES, openApp } from './harness.mjs';
import { importFile, reviewSource, shownMonths } from './import-steps.mjs';
import { countByMonth } from './independent-counts.mjs';

// Two overlapping monthly exports cut from the real Seattle file: January–February,
// then February–March with one February stop's arrest flag corrected.
const SEATTLE = path.join(FIXTURES, 'real-data/seattle-terry-stops-2015-2017.csv');
const parsed = Papa.parse(readFileSync(SEATTLE, 'utf8'), {
  header: true,
  skipEmptyLines: true,
});
const inMonths = (months) =>
  parsed.data.filter((record) => months.includes(record.Reported_Date.slice(0, 7)));
const first = inMonths(['2017-01', '2017-02']).map((record) => ({ ...record }));
const second = inMonths(['2017-02', '2017-03']).map((record) => ({ ...record }));
const corrected = second.find((record) => record.Reported_Date.startsWith('2017-02'));
corrected.ArrestFlag = corrected.ArrestFlag === 'Y' ? 'N' : 'Y';

const asFile = (name, records) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(Papa.unparse(records, { columns: parsed.meta.fields })),
});
const SOURCE = 'Contacts: arrest (all imports)';
let app;

before(async () => {
  app = await openApp();
});
after(async () => {
  await app?.close();
});

test('a first export loads under its record id and saves its mapping as a profile', async () => {
  const report = await importFile(
    app.page,
    asFile('stops-2017-01-02.csv', first),
    (form) => form.locator('select[name="record-id"]').selectOption('TERRY_STOP_ID'),
  );
  assert.equal(
    await report.getByTestId('records-new').textContent(),
    first.length.toLocaleString('en-US'),
  );
});

test('an overlapping next export adds only its new stops and updates the corrected one', async () => {
  let applied = false;
  const report = await importFile(
    app.page,
    asFile('stops-2017-02-03.csv', second),
    async (form) => {
      applied = await form.getByTestId('profile-applied').isVisible();
    },
  );
  assert.ok(applied, 'the saved profile is applied to the same header');
  const firstIds = new Set(first.map((record) => record.TERRY_STOP_ID));
  const fresh = second.filter((record) => !firstIds.has(record.TERRY_STOP_ID)).length;
  const overlap = second.length - fresh;
  assert.equal(
    await report.getByTestId('records-new').textContent(),
    fresh.toLocaleString('en-US'),
  );
  assert.equal(await report.getByTestId('records-updated').textContent(), '1');
  assert.equal(
    await report.getByTestId('records-unchanged').textContent(),
    (overlap - 1).toLocaleString('en-US'),
  );

  const latest = new Map(
    [...first, ...second].map((record) => [record.TERRY_STOP_ID, record]),
  );
  await reviewSource(app.page, SOURCE);
  const expected = countByMonth(
    [...latest.values()],
    (record) => record.Reported_Date.slice(0, 7),
    (record) => record.ArrestFlag === 'Y',
  );
  assert.deepEqual(await shownMonths(app.page), expected);
});

test('a reload shows the same workspace', async () => {
  const before = await shownMonths(app.page);
  await app.page.reload();
  await app.page.getByTestId('month-summary').waitFor({ timeout: 60_000 });
  await reviewSource(app.page, SOURCE);
  assert.deepEqual(await shownMonths(app.page), before);
});

test('forget all data empties the workspace and shows the synthetic sample again', async () => {
  await app.page.getByRole('tab', { name: 'Workspace' }).click();
  await app.page.getByRole('button', { name: 'Forget all data…' }).click();
  await app.page.getByRole('button', { name: 'Yes, forget all data' }).click();
  await app.page.getByText('All data was forgotten.').waitFor();
  const labels = await app.page.locator('select[name="source"] option').allTextContents();
  assert.ok(labels.length > 0 && labels.every((label) => label.includes('synthetic')));

  await app.page.reload();
  await app.page.getByTestId('month-summary').waitFor({ timeout: 60_000 });
  const afterReload = await app.page
    .locator('select[name="source"] option')
    .allTextContents();
  assert.ok(afterReload.every((label) => label.includes('synthetic')));
});

test('logs no console error and makes no outside request', () => {
  assert.deepEqual(app.outsideRequests, []);
  assert.deepEqual(app.consoleErrors, []);
});
