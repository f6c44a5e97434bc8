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
// CompStat compares as of the last day of data in any file; worked out from the files.
const LAST_DAY = ['contacts', 'force_incidents', 'referrals', 'placements', 'responses']
  .flatMap((name) =>
    readRecords(path.join(SAMPLE, `${name}.csv`)).map((r) => r.occurred_on),
  )
  .sort()
  .at(-1);
const YEAR = Number(LAST_DAY.slice(0, 4));

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
  // Read as strict JSON: no byte-order mark may come before it.
  const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
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

test('refuses an out-of-range measure option with its range, and CompStat still renders', async () => {
  await app.page.getByRole('tab', { name: 'Programs' }).click();
  const rules = app.page.getByRole('group', { name: 'Workspace rules' });
  const age = rules.locator('input[name="juvenileMinimumAge"]');
  await age.fill('20');
  await rules
    .getByText('must be a whole number from 0 to 17, not 20. Not saved.')
    .waitFor();
  assert.equal(await age.getAttribute('aria-invalid'), 'true');
  const days = rules.locator('input[name="withinDays"]');
  await days.fill('0');
  await rules.getByText('must be a whole number from 1 to 3650, not 0.').waitFor();
  // Neither value reached the settings, so there is nothing to save.
  assert.equal(
    await app.page.getByRole('button', { name: 'Save settings' }).isDisabled(),
    true,
  );

  await app.page.getByRole('tab', { name: 'CompStat' }).click();
  await app.page.getByRole('radio', { name: 'Year to date' }).click();
  await app.page.getByRole('heading', { name: /year to date as of/ }).waitFor();
  const cell = app.page
    .getByTestId('compstat-table')
    .locator('tr[data-metric="contacts"] [data-field="current-value"]')
    .first();
  await cell.waitFor({ timeout: 60_000 });
  assert.doesNotMatch(await app.page.locator('main').innerText(), /The option \w+ must/);
  const current = contacts.filter(
    (r) => r.occurred_on >= `${YEAR}-01-01` && r.occurred_on <= LAST_DAY,
  ).length;
  assert.equal(Number((await cell.innerText()).replaceAll(',', '')), current);
});

test('logs no console error and makes no outside request', () => {
  assert.deepEqual(app.outsideRequests, []);
  assert.deepEqual(app.consoleErrors, []);
});
