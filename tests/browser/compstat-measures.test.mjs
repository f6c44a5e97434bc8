import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import Papa from 'papaparse';
import { openApp } from './harness.mjs';
import { readRecords } from './independent-counts.mjs';

// Every figure below is counted from sample-data/*.csv with PapaParse, never by the app.
const SAMPLE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../sample-data',
);
const read = (name) => readRecords(path.join(SAMPLE, `${name}.csv`));
const contacts = read('contacts');
const referrals = read('referrals');
const placements = read('placements');
const responses = read('responses');
const LAST_DAY = [contacts, read('force_incidents'), referrals, placements, responses]
  .flatMap((records) => records.map((r) => r.occurred_on))
  .sort()
  .at(-1);
const YEAR = Number(LAST_DAY.slice(0, 4));
const inYearToDate = (r) => r.occurred_on >= `${YEAR}-01-01` && r.occurred_on <= LAST_DAY;
const inPriorYearToDate = (r) =>
  r.occurred_on >= `${YEAR - 1}-01-01` &&
  r.occurred_on <= `${YEAR - 1}${LAST_DAY.slice(4)}`;
const number = (text) => Number(text.replaceAll(',', '').replace('%', ''));

let app;
before(async () => {
  app = await openApp();
  await app.page.getByRole('tab', { name: 'CompStat' }).click();
  await app.page.getByTestId('compstat-table').waitFor({ timeout: 60_000 });
  await app.page.getByRole('radio', { name: 'Year to date' }).click();
  await app.page.getByRole('heading', { name: /year to date as of/ }).waitFor();
});
after(async () => {
  await app?.close();
});

const field = (scope, key, name) =>
  app.page
    .getByTestId(scope)
    .locator(`tr[${key}] [data-field="${name}"]`)
    .first()
    .innerText();

test('shows year-to-date total placements and referrals per 1,000 contacts', async () => {
  await app.page
    .locator('select[name="family"]')
    .selectOption('Referrals and placements');
  await app.page.getByTestId('compstat-family-table').waitFor({ timeout: 60_000 });
  const scope = 'compstat-family-table';

  const placed = placements.filter(inYearToDate).length;
  assert.equal(
    number(await field(scope, 'data-metric="placements"', 'current-value')),
    placed,
  );
  assert.equal(
    number(await field(scope, 'data-metric="placements"', 'prior-value')),
    placements.filter(inPriorYearToDate).length,
  );

  const referred = referrals.filter(inYearToDate).length;
  const contacted = contacts.filter(inYearToDate).length;
  const rate = 'data-metric="referrals_per_1000_contacts"';
  assert.equal(number(await field(scope, rate, 'current-numerator')), referred);
  assert.equal(number(await field(scope, rate, 'current-denominator')), contacted);
  const shown = await field(scope, rate, 'current-value');
  assert.equal(
    number(shown.replace(' per 1,000', '')),
    Number(((referred / contacted) * 1000).toFixed(1)),
  );
});

test('breaks total placements down by destination class as the file has them', async () => {
  await app.page.locator('select[name="breakdown-measure"]').selectOption('placements');
  await app.page
    .locator('select[name="breakdown-column"]')
    .selectOption('destination_class');
  await app.page.getByTestId('compstat-breakdown').waitFor({ timeout: 60_000 });
  const classes = [
    ...new Set(placements.map((r) => r.destination_class || 'not recorded')),
  ];
  for (const group of classes) {
    const inClass = (r) => (r.destination_class || 'not recorded') === group;
    const expected = placements.filter((r) => inYearToDate(r) && inClass(r)).length;
    const cell = app.page
      .getByTestId('compstat-breakdown')
      .locator(`tr[data-group="${group}"] [data-field="current-value"]`);
    await cell.waitFor();
    assert.equal(number(await cell.innerText()), expected, group);
  }
});

test('breaks the median response time down by responder type', async () => {
  await app.page
    .locator('select[name="breakdown-measure"]')
    .selectOption('response_minutes_median');
  await app.page
    .locator('select[name="breakdown-column"]')
    .selectOption('responder_type');
  const types = [...new Set(responses.map((r) => r.responder_type))];
  for (const type of types) {
    const timed = responses.filter(
      (r) =>
        inYearToDate(r) && r.responder_type === type && r.arrived_at && r.received_at,
    ).length;
    const cell = app.page
      .getByTestId('compstat-breakdown')
      .locator(`tr[data-group="${type}"] [data-field="current-numerator"]`);
    await cell.waitFor({ timeout: 60_000 });
    assert.equal(number(await cell.innerText()), timed, type);
  }
});

test('shows the change interval on screen and writes it into the CSV', async () => {
  const current = contacts.filter(inYearToDate).length;
  const prior = contacts.filter(inPriorYearToDate).length;
  const shown = await app.page
    .getByTestId('compstat-table')
    .locator('tr[data-metric="contacts"] [data-field="change-interval"]')
    .innerText();
  assert.match(shown, new RegExp(`ratio ${(current / prior).toFixed(2)} \\(95% CI `));

  const [download] = await Promise.all([
    app.page.waitForEvent('download'),
    app.page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  const text = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
  const rows = Papa.parse(text.trim()).data;
  const header = rows[0];
  const line = rows.find((r) => r[1] === 'contacts');
  const estimate = Number(line[header.indexOf('Change estimate')]);
  assert.equal(estimate, Math.round((current / prior) * 10000) / 10000);
  const lower = Number(line[header.indexOf('Change 95% CI lower')]);
  const upper = Number(line[header.indexOf('Change 95% CI upper')]);
  assert.ok(lower < estimate && estimate < upper, `${lower} < ${estimate} < ${upper}`);
  // The family shown on screen is exported too.
  assert.ok(rows.some((r) => r[1] === 'referrals_per_1000_contacts'));
});

const PILOT = 'Co-Responder Pilot';
const minutes = (r) =>
  (Date.parse(r.arrived_at.replace(' ', 'T') + 'Z') -
    Date.parse(r.received_at.replace(' ', 'T') + 'Z')) /
  60_000;
const withinTarget = (police, team) => (r) => {
  if (!r.arrived_at || !r.received_at || minutes(r) < 0) return false;
  const isPolice = r.responder_type.trim().toLowerCase() === 'police';
  return minutes(r) <= (isPolice ? police : team);
};

test('takes response-time targets from the workspace, and a program’s over them', async () => {
  await app.page.getByRole('tab', { name: 'Programs' }).click();
  const rules = app.page.getByRole('group', { name: 'Workspace rules' });
  await rules.locator('input[name="policeTargetMinutes"]').fill('10');
  await rules.locator('input[name="crisisTeamTargetMinutes"]').fill('20');
  const pilot = app.page.getByRole('group', { name: `Program ${PILOT}` });
  await pilot.locator('input[name="policeTargetMinutes"]').fill('5');
  await app.page.getByRole('button', { name: 'Save settings' }).click();

  await app.page.getByRole('tab', { name: 'CompStat' }).click();
  await app.page.getByRole('radio', { name: 'Year to date' }).click();
  await app.page.getByRole('heading', { name: /year to date as of/ }).waitFor();
  const table = app.page.getByTestId('compstat-table');
  const within =
    'tr[data-metric="responses_within_target_pct"] [data-field="current-numerator"]';
  await table.locator(within).waitFor({ timeout: 60_000 });
  const all = responses.filter(inYearToDate);
  assert.equal(
    number(await table.locator(within).innerText()),
    all.filter(withinTarget(10, 20)).length,
  );

  await app.page.locator('select[name="program"]').selectOption(PILOT);
  await app.page.getByText(`${PILOT}, all areas`).waitFor();
  const ofPilot = all.filter((r) => r.program === PILOT);
  const expected = ofPilot.filter(withinTarget(5, 20)).length;
  await app.page.waitForFunction(
    ([selector, value]) =>
      document.querySelector(`[data-testid="compstat-table"] ${selector}`)
        ?.textContent === value,
    [within, expected.toLocaleString('en-US')],
    { timeout: 60_000 },
  );
  // The pilot's own target from the sample's workspace.json shows beside its measure.
  const target = table.locator(
    'tr[data-metric="assessments_pct_of_contacts"] [data-field="target"]',
  );
  assert.equal(await target.innerText(), 'Program target: 40.0%');
});

test('logs no console error and makes no outside request', () => {
  assert.deepEqual(app.outsideRequests, []);
  assert.deepEqual(app.consoleErrors, []);
});
