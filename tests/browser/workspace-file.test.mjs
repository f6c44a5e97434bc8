import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import Papa from 'papaparse';
import { FIXTURES, openApp } from './harness.mjs';
import { importFile, reviewSource, shownMonths } from './import-steps.mjs';
import { countByMonth, readRecords } from './independent-counts.mjs';

// A workspace saved to a file and opened again after forgetting all data; mapping
// profiles exported as JSON and imported again.
const SEATTLE = path.join(FIXTURES, 'real-data/seattle-terry-stops-2015-2017.csv');
const seattle = readRecords(SEATTLE);
const fields = Object.keys(seattle[0]);
const inMonths = (prefix) =>
  seattle.filter((record) => record.Reported_Date.startsWith(prefix));
const asFile = (name, records) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(Papa.unparse(records, { columns: fields })),
});
const SOURCE = 'Contacts: arrest (all imports)';
const stops2016 = inMonths('2016-');
const expected = countByMonth(
  stops2016,
  (record) => record.Reported_Date.slice(0, 7),
  (record) => record.ArrestFlag === 'Y',
);
let app;
let workspaceFile;
let profilesFile;

before(async () => {
  app = await openApp();
});
after(async () => {
  await app?.close();
});

async function download(click) {
  const [file] = await Promise.all([app.page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), path: await file.path() };
}

async function forgetAllData() {
  await app.page.getByRole('tab', { name: 'Workspace' }).click();
  await app.page.getByRole('button', { name: 'Forget all data…' }).click();
  await app.page.getByRole('button', { name: 'Yes, forget all data' }).click();
  await app.page.getByText('All data was forgotten.').waitFor();
}

const profilesSummary = () =>
  app.page.locator('details.profiles > summary').textContent();

test('an import of 2016 stops shows the file’s months, saved under its record id', async () => {
  let suggested;
  await importFile(app.page, asFile('stops-2016.csv', stops2016), async (form) => {
    suggested = await form.locator('select[name="record-id"]').inputValue();
    // Every stop has its own TERRY_STOP_ID, so the screen offers it; one click takes it.
    await form
      .getByRole('button', { name: 'Use “TERRY_STOP_ID” as the record id' })
      .click();
    assert.equal(
      await form.locator('select[name="record-id"]').inputValue(),
      'TERRY_STOP_ID',
    );
  });
  assert.equal(new Set(stops2016.map((r) => r.TERRY_STOP_ID)).size, stops2016.length);
  assert.equal(suggested, '');
  await reviewSource(app.page, SOURCE);
  assert.deepEqual(await shownMonths(app.page), expected);
});

test('the workspace and the profiles are saved to files', async () => {
  await app.page.getByRole('tab', { name: 'Workspace' }).click();
  workspaceFile = await download(() =>
    app.page.getByRole('button', { name: 'Save workspace to a file' }).click(),
  );
  assert.match(workspaceFile.name, /^outcomestat-workspace\./);

  await app.page.getByRole('tab', { name: 'Import' }).click();
  assert.equal(await profilesSummary(), 'Saved mapping profiles (1)');
  await app.page.locator('details.profiles').evaluate((details) => {
    details.open = true;
  });
  profilesFile = await download(() =>
    app.page.getByRole('button', { name: 'Export profiles (JSON)' }).click(),
  );
  assert.equal(profilesFile.name, 'outcomestat-profiles.json');
  // Read as strict JSON: no byte-order mark may come before it.
  const json = JSON.parse(readFileSync(profilesFile.path, 'utf8'));
  const profiles = Array.isArray(json) ? json : json.profiles;
  assert.equal(profiles.length, 1);
  assert.deepEqual(profiles[0].columns, fields);
});

test('after forgetting all data, opening the saved file brings the same figures back', async () => {
  await forgetAllData();
  const labels = await app.page.locator('select[name="source"] option').allTextContents();
  assert.ok(labels.every((label) => label.includes('synthetic')));

  await app.page.getByTestId('workspace-file-input').setInputFiles(workspaceFile.path);
  await app.page.getByRole('status').filter({ hasText: 'Opened' }).waitFor();
  const log = app.page.getByTestId('import-log');
  assert.equal(await log.locator('tbody tr').count(), 1);
  assert.equal(await log.locator('tbody td').first().textContent(), 'stops-2016.csv');
  await reviewSource(app.page, SOURCE);
  assert.deepEqual(await shownMonths(app.page), expected);
  await app.page.getByRole('tab', { name: 'Import' }).click();
  assert.equal(await profilesSummary(), 'Saved mapping profiles (1)');
});

test('the opened workspace is kept in this browser across a reload', async () => {
  await app.page.reload();
  await app.page.getByTestId('month-summary').waitFor({ timeout: 60_000 });
  await reviewSource(app.page, SOURCE);
  assert.deepEqual(await shownMonths(app.page), expected);
});

test('profiles imported from the JSON file map the same header automatically', async () => {
  await forgetAllData();
  await app.page.getByRole('tab', { name: 'Import' }).click();
  assert.equal(await profilesSummary(), 'Saved mapping profiles (0)');
  await app.page.getByTestId('profiles-input').setInputFiles(profilesFile.path);
  await app.page.locator('details.profiles').evaluate((details) => {
    details.open = true;
  });
  await app.page.getByText('1 profile imported.', { exact: true }).waitFor();
  assert.equal(await profilesSummary(), 'Saved mapping profiles (1)');

  // The record id was chosen by hand before, so only the profile can set it now.
  const stops2017 = inMonths('2017-03');
  await app.page
    .getByTestId('file-input')
    .setInputFiles(asFile('stops-2017-03.csv', stops2017));
  const form = app.page.getByRole('form', { name: 'Map stops-2017-03.csv' });
  await form.getByTestId('profile-applied').waitFor();
  assert.equal(
    await form.locator('select[name="record-id"]').inputValue(),
    'TERRY_STOP_ID',
  );
  await form.getByRole('button', { name: 'Import', exact: true }).click();
  const report = app.page.getByRole('region', {
    name: 'Import report for stops-2017-03.csv',
  });
  await report.waitFor({ timeout: 60_000 });
  assert.equal(
    await report.getByTestId('records-new').textContent(),
    stops2017.length.toLocaleString('en-US'),
  );
});

test('logs no console error and makes no outside request', () => {
  assert.deepEqual(app.outsideRequests, []);
  assert.deepEqual(app.consoleErrors, []);
});
