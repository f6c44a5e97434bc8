// Small counts in the Month review and Pilot results print and export as "suppressed";
// which counts are small is worked out here from the sample files with PapaParse.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import Papa from 'papaparse';
import { openApp } from './harness.mjs';
import { readRecords } from './independent-counts.mjs';

const SAMPLE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../sample-data',
);
const contacts = readRecords(path.join(SAMPLE, 'contacts.csv'));
const forceIncidents = readRecords(path.join(SAMPLE, 'force_incidents.csv'));
const isForce = (record) => record.use_of_force === 'true';
const small = (count, largest = 10) => count >= 1 && count <= largest;
const number = (text) => Number(text.replaceAll(',', ''));
const MONTH_NAMES = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
const monthName = (month) =>
  `${MONTH_NAMES[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;

// The reviewed month: the last one the contacts file covers to its last day.
const LAST_DAY = contacts
  .map((r) => r.occurred_on)
  .sort()
  .at(-1);
const lastOfMonth = (month) => {
  const [year, m] = month.split('-').map(Number);
  return new Date(Date.UTC(year, m, 0)).toISOString().slice(0, 10);
};
const REVIEWED = (() => {
  const month = LAST_DAY.slice(0, 7);
  if (LAST_DAY === lastOfMonth(month)) return month;
  const [year, m] = month.split('-').map(Number);
  return m === 1 ? `${year - 1}-12` : `${year}-${String(m - 1).padStart(2, '0')}`;
})();
const inReviewed = contacts.filter((r) => r.occurred_on.startsWith(REVIEWED));

/** { value: { events, outcomes } } of the reviewed month by one column of the file. */
function byColumn(column) {
  const groups = {};
  for (const record of inReviewed) {
    const value = record[column] === '' ? '(missing)' : record[column];
    groups[value] ??= { events: 0, outcomes: 0 };
    groups[value].events += 1;
    if (isForce(record)) groups[value].outcomes += 1;
  }
  return groups;
}

let app;
before(async () => {
  app = await openApp();
  await app.page.getByTestId('breakdown-table').waitFor({ timeout: 60_000 });
});
after(async () => {
  await app?.close();
});

/** The breakdown table as { value: [events, outcomes, rate] } texts, in the current media. */
function shownBreakdown() {
  return app.page
    .getByTestId('breakdown-table')
    .evaluate((table) =>
      Object.fromEntries(
        [...table.querySelectorAll('tbody tr, tfoot tr')].map((row) => [
          row.dataset.group ?? 'Total',
          [1, 2, 3].map((index) => row.children[index].innerText.trim()),
        ]),
      ),
    );
}

async function chooseBreakdown(label) {
  await app.page.locator('select[name="breakdown"]').selectOption(label);
  await app.page.getByText('Computing…').waitFor({ state: 'detached' });
}

/** Every small count reads "suppressed"; every figure still shown is the file's. */
function assertSuppressed(shown, expected, largest = 10) {
  for (const [group, { events, outcomes }] of Object.entries(expected)) {
    const [shownEvents, shownOutcomes, rate] = shown[group];
    if (small(events, largest)) assert.equal(shownEvents, 'suppressed', group);
    else if (shownEvents !== 'suppressed') assert.equal(number(shownEvents), events);
    if (small(outcomes, largest)) assert.equal(shownOutcomes, 'suppressed', group);
    else if (shownOutcomes !== 'suppressed')
      assert.equal(number(shownOutcomes), outcomes);
    if (small(outcomes, largest) || small(events - outcomes, largest)) {
      assert.equal(rate, 'suppressed', `${group} rate`);
    }
  }
}

/** A column of the table with its total hides no figure or at least two. */
function assertNoLoneHidden(shown) {
  for (const index of [0, 1]) {
    const hidden = Object.values(shown).filter((cells) => cells[index] === 'suppressed');
    assert.ok(hidden.length !== 1, `column ${index} hides exactly one figure`);
  }
}

test('prints the breakdown by program with its small use-of-force counts suppressed', async () => {
  assert.equal(
    await app.page.locator('select[name="breakdown"]').inputValue(),
    'Program',
  );
  const expected = byColumn('program');
  assert.ok(Object.values(expected).some(({ outcomes }) => small(outcomes)));

  await app.page.emulateMedia({ media: 'print' });
  const printed = await shownBreakdown();
  await app.page.emulateMedia({ media: 'screen' });
  assertSuppressed(printed, expected);
  assertNoLoneHidden(printed);
  // Contacts per program are all large, so they print unchanged, as does the total.
  for (const [group, { events }] of Object.entries(expected)) {
    assert.equal(number(printed[group][0]), events, group);
  }
  assert.equal(number(printed.Total[0]), inReviewed.length);
  assert.equal(number(printed.Total[1]), inReviewed.filter(isForce).length);

  const onScreen = await shownBreakdown();
  for (const [group, { outcomes }] of Object.entries(expected)) {
    assert.equal(number(onScreen[group][1]), outcomes, `${group} on screen`);
  }
});

test('hides a second contact count beside a contact type with few contacts', async () => {
  await chooseBreakdown('Contact type');
  const expected = byColumn('contact_type');
  assert.ok(Object.values(expected).some(({ events }) => small(events)));
  await app.page.emulateMedia({ media: 'print' });
  const printed = await shownBreakdown();
  await app.page.emulateMedia({ media: 'screen' });
  assertSuppressed(printed, expected);
  assertNoLoneHidden(printed);
  assert.equal(number(printed.Total[0]), inReviewed.length);
  await chooseBreakdown('Program');
});

test('prints the monthly figures with small counts suppressed and leaves the charts out', async () => {
  const perMonth = {};
  for (const record of contacts) {
    const month = record.occurred_on.slice(0, 7);
    perMonth[month] ??= { events: 0, outcomes: 0 };
    perMonth[month].events += 1;
    if (isForce(record)) perMonth[month].outcomes += 1;
  }
  assert.ok(Object.values(perMonth).some(({ outcomes }) => small(outcomes)));
  await app.page.getByText('Monthly figures').click();
  await app.page.emulateMedia({ media: 'print' });
  assert.equal(await app.page.getByTestId('monthly-charts').isVisible(), false);
  const printed = await app.page
    .getByTestId('monthly-figures')
    .evaluate((table) =>
      Object.fromEntries(
        [...table.querySelectorAll('tbody tr')].map((row) => [
          row.dataset.month.slice(0, 7),
          [1, 2, 3].map((index) => row.children[index].innerText.trim()),
        ]),
      ),
    );
  const summary = await app.page
    .getByTestId('month-summary')
    .locator('tr[data-line="current"] [data-field="outcomes"]')
    .innerText();
  await app.page.emulateMedia({ media: 'screen' });
  assert.equal(await app.page.getByTestId('monthly-charts').isVisible(), true);
  assertSuppressed(printed, perMonth);
  for (const [month, { events }] of Object.entries(perMonth)) {
    assert.equal(number(printed[month][0]), events, month);
  }
  const reviewedOutcomes = perMonth[REVIEWED].outcomes;
  assert.equal(
    summary,
    small(reviewedOutcomes) ? 'suppressed' : String(reviewedOutcomes),
  );
});

test('downloads a CSV of the review with small counts suppressed', async () => {
  const [download] = await Promise.all([
    app.page.waitForEvent('download'),
    app.page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  const text = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
  const rows = Papa.parse(text, { header: true, skipEmptyLines: true }).data;
  const table = (name) =>
    Object.fromEntries(
      rows
        .filter((row) => row.Table === name)
        .map((row) => [row.Line, [row.contacts, row['use of force'], row['Rate (%)']]]),
    );

  assert.equal(rows.find((row) => row.Table === 'Filters').Line, 'All records');
  const byProgram = table(`${monthName(REVIEWED)} by Program`);
  assertSuppressed(byProgram, byColumn('program'));
  assert.equal(Number(byProgram.Total[0]), inReviewed.length);

  const monthly = {};
  for (const record of contacts) {
    const label = monthName(record.occurred_on.slice(0, 7));
    monthly[label] ??= { events: 0, outcomes: 0 };
    monthly[label].events += 1;
    if (isForce(record)) monthly[label].outcomes += 1;
  }
  const exported = table('Monthly figures');
  assert.equal(Object.keys(exported).length, Object.keys(monthly).length);
  assertSuppressed(exported, monthly);
  for (const [label, { events, outcomes }] of Object.entries(monthly)) {
    assert.equal(Number(exported[label][0]), events, label);
    if (!small(outcomes)) assert.equal(Number(exported[label][1]), outcomes, label);
  }
});

test('follows the workspace rule: a complement under the under-5 preset, and on screen', async () => {
  await app.page.getByRole('tab', { name: 'Programs' }).click();
  await app.page.locator('select[name="suppression"]').selectOption('under5');
  await app.page.locator('input[name="suppress-on-screen"]').check();
  await app.page.getByRole('button', { name: 'Save settings' }).click();
  await app.page.getByText('Saved with the workspace.').waitFor();
  await app.page.getByRole('tab', { name: 'Month review' }).click();
  await app.page
    .getByRole('region', { name: 'Month view' })
    .getByTestId('suppression-note')
    .getByText(/1 to 4.*print, CSV and on screen/)
    .waitFor({ timeout: 60_000 });
  await app.page.getByTestId('breakdown-table').waitFor();
  await app.page.getByText('Computing…').waitFor({ state: 'detached' });

  const expected = byColumn('program');
  const onScreen = await shownBreakdown();
  assertSuppressed(onScreen, expected, 4);
  assertNoLoneHidden(onScreen);
  const hiddenOutcomes = Object.values(onScreen).filter(
    (cells) => cells[1] === 'suppressed',
  );
  const smallOutcomes = Object.values(expected).filter(({ outcomes }) =>
    small(outcomes, 4),
  );
  // Exactly one program has 1 to 4 uses of force, so a larger one is hidden beside it.
  assert.equal(smallOutcomes.length, 1);
  assert.equal(hiddenOutcomes.length, 2);
  assert.equal(number(onScreen.Total[1]), inReviewed.filter(isForce).length);
});

test('prints the pilot results with small force counts and the estimate suppressed', async () => {
  const workspace = JSON.parse(readFileSync(path.join(SAMPLE, 'workspace.json'), 'utf8'));
  const pilot = workspace.programs.find((p) => p.name === 'Co-Responder Pilot');
  await app.page.getByRole('tab', { name: 'Programs' }).click();
  await app.page.locator('select[name="suppression"]').selectOption('cms');
  await app.page.locator('input[name="suppress-on-screen"]').uncheck();
  await app.page.getByRole('button', { name: 'Save settings' }).click();
  await app.page.getByText('Saved with the workspace.').waitFor();
  await app.page.getByRole('tab', { name: 'Pilot results' }).click();
  await app.page.getByTestId('pilot-table').waitFor({ timeout: 60_000 });
  await app.page.locator('select[name="pilot-metric"]').selectOption('force_incidents');
  await app.page.locator('select[name="pilot-months"]').selectOption('3');
  await app.page
    .getByTestId('pilot-table')
    .locator('thead')
    .getByText('2024-04-01 – 2024-06-30')
    .waitFor();
  await app.page.getByText('Computing the pilot figures…').waitFor({ state: 'detached' });

  // Launch 2024-07-01: three whole months each side.
  const windows = {
    before: ['2024-04-01', '2024-06-30'],
    after: ['2024-07-01', '2024-09-30'],
  };
  // Rows of one incident (one per force type) share its incident_key and count once.
  const count = (areas, [from, to]) =>
    new Set(
      forceIncidents
        .filter(
          (r) =>
            r.program === pilot.name &&
            areas.includes(r.area) &&
            r.occurred_on >= from &&
            r.occurred_on <= to,
        )
        .map((r) => r.incident_key),
    ).size;
  const groups = { pilot: pilot.pilotAreas, comparison: pilot.comparisonAreas };
  await app.page.emulateMedia({ media: 'print' });
  const printed = {};
  for (const [group, areas] of Object.entries(groups)) {
    for (const side of ['before', 'after']) {
      const value = await app.page
        .getByTestId(`${group}-${side}`)
        .locator('[data-field="value"]')
        .innerText();
      printed[`${group}-${side}`] = { value, count: count(areas, windows[side]) };
    }
  }
  const did = await app.page.getByTestId('pilot-did').innerText();
  const chartShown = await app.page.getByTestId('pilot-chart').isVisible();
  await app.page.emulateMedia({ media: 'screen' });

  assert.equal(chartShown, false);
  let anySmall = false;
  for (const group of Object.keys(groups)) {
    const pair = [printed[`${group}-before`], printed[`${group}-after`]];
    const pairHidden = pair.some(({ count: n }) => small(n));
    anySmall ||= pairHidden;
    for (const { value, count: n } of pair) {
      // A small count hides its partner too: the change after ÷ before gives it back.
      if (pairHidden) assert.equal(value, 'suppressed', group);
      else assert.equal(number(value), n, group);
    }
  }
  assert.ok(anySmall, 'the sample should hold a small pilot count here');
  assert.match(did, /Difference-in-differences: suppressed/);
});

test('labels the Records query CSV as unsuppressed record-level data', async () => {
  await app.page.getByRole('tab', { name: 'Records' }).click();
  assert.match(
    await app.page.getByTestId('unsuppressed-warning').innerText(),
    /Not for sharing.*unsuppressed,\s+record-level data/s,
  );
  await app.page.getByRole('button', { name: 'Run query' }).click();
  await app.page
    .getByRole('button', { name: 'Download CSV (unsuppressed, not for sharing)' })
    .waitFor();
});

test('logs no console error and makes no outside request', () => {
  assert.deepEqual(app.outsideRequests, []);
  assert.deepEqual(app.consoleErrors, []);
});
