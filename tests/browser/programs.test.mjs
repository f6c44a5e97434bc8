import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { openApp } from './harness.mjs';
import { readRecords } from './independent-counts.mjs';

const SAMPLE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../sample-data',
);
const contacts = readRecords(path.join(SAMPLE, 'contacts.csv'));
const workspace = JSON.parse(readFileSync(path.join(SAMPLE, 'workspace.json'), 'utf8'));
const PILOT = 'Co-Responder Pilot';

let app;
before(async () => {
  app = await openApp();
  await app.page.getByRole('tab', { name: 'Programs' }).click();
  await app.page.getByRole('heading', { name: 'Programs' }).waitFor();
});
after(async () => {
  await app?.close();
});

const editor = () => app.page.getByRole('group', { name: `Program ${PILOT}` });

test('lists every program of the workspace with its areas', async () => {
  const names = await app.page
    .locator('input[name="program-name"]')
    .evaluateAll((inputs) => inputs.map((input) => input.value));
  assert.deepEqual(
    names,
    workspace.programs.map((p) => p.name),
  );
  assert.equal(
    await editor().getByRole('radio', { name: 'North: pilot' }).isChecked(),
    true,
  );
  assert.equal(
    await editor().getByRole('radio', { name: 'West: comparison' }).isChecked(),
    true,
  );
});

test('exports the programs as JSON that names them all', async () => {
  const [download] = await Promise.all([
    app.page.waitForEvent('download'),
    app.page.getByRole('button', { name: 'Export programs (JSON)' }).click(),
  ]);
  const file = JSON.parse(
    readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, ''),
  );
  assert.equal(file.format, 'outcomestat-programs');
  assert.deepEqual(
    file.programs.map((p) => [p.name, p.pilotAreas, p.comparisonAreas]),
    workspace.programs.map((p) => [p.name, p.pilotAreas, p.comparisonAreas]),
  );
});

test('says plainly when an imported file is not a program settings file', async () => {
  await app.page.getByLabel('Import programs (JSON)').setInputFiles({
    name: 'not-programs.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": "something-else"}'),
  });
  const alert = await app.page.getByRole('alert').innerText();
  assert.match(alert, /could not be imported.*not an OutcomeStat program settings file/s);
});

test('a saved change of comparison areas reaches the pilot results', async () => {
  await editor().getByRole('radio', { name: 'Central: none' }).check();
  await app.page.getByRole('button', { name: 'Save settings' }).click();
  await app.page.getByText('Saved with the workspace.').waitFor();

  await app.page.getByRole('tab', { name: 'Pilot results' }).click();
  const cell = app.page.getByTestId('comparison-before');
  await app.page.getByText('compared with South, West.').waitFor({ timeout: 60_000 });
  const denominator = Number(
    (await cell.locator('[data-field="denominator"]').innerText()).replaceAll(',', ''),
  );
  const expected = contacts.filter(
    (r) =>
      r.program === PILOT &&
      ['South', 'West'].includes(r.area) &&
      r.occurred_on >= '2023-07-01' &&
      r.occurred_on <= '2024-06-30',
  ).length;
  assert.equal(denominator, expected);
});

test('logs no console error and makes no outside request', () => {
  assert.deepEqual(app.outsideRequests, []);
  assert.deepEqual(app.consoleErrors, []);
});
