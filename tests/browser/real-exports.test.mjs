import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { FIXTURES, openApp } from './harness.mjs';
import { importFile, reviewSource, shownMonths } from './import-steps.mjs';
import { countByMonth, monthOfUSDate, readRecords } from './independent-counts.mjs';

const SEATTLE = path.join(FIXTURES, 'real-data/seattle-terry-stops-2015-2017.csv');
const LAPD = path.join(FIXTURES, 'real-data/lapd-arrests-alcohol-2019.csv');
const MISSING = new Set(['NULL', '-', '']);
let app;

before(async () => {
  app = await openApp();
});
after(async () => {
  await app?.close();
});

async function shownBreakdown(column) {
  await app.page.locator('select[name="breakdown"]').selectOption(column);
  await app.page.getByText('Computing…').waitFor({ state: 'detached' });
  return app.page.getByTestId('breakdown-table').evaluate((table) =>
    Object.fromEntries(
      [...table.querySelectorAll('tbody tr')].map((row) => {
        // The count as the screen shows it, without the word that replaces it in print.
        const copy = row.children[1].cloneNode(true);
        for (const word of copy.querySelectorAll('.print-only')) word.remove();
        return [row.dataset.group, Number(copy.textContent.replaceAll(',', ''))];
      }),
    ),
  );
}

test('Seattle stops: the suggested mapping loads every stop, and months match the file', async () => {
  const report = await importFile(app.page, SEATTLE);
  console.log(
    `# ${path.basename(SEATTLE)} imported in ${await report.getByTestId('import-seconds').textContent()} s`,
  );
  const records = readRecords(SEATTLE);
  assert.equal(await report.getByTestId('rows-read').textContent(), '19,753');
  assert.equal(await report.getByTestId('records-new').textContent(), '19,753');

  await reviewSource(app.page, 'Contacts: arrest (all imports)');
  const expected = countByMonth(
    records,
    (record) => record.Reported_Date.slice(0, 7),
    (record) => record.ArrestFlag === 'Y',
  );
  assert.deepEqual(await shownMonths(app.page), expected);
});

test('Seattle stops: the reviewed month by area (precinct) matches the file', async () => {
  const month = await app.page.locator('select[name="month"]').inputValue();
  const expected = {};
  for (const record of readRecords(SEATTLE)) {
    if (record.Reported_Date.slice(0, 7) !== month.slice(0, 7)) continue;
    const precinct = MISSING.has(record.Precinct) ? '(missing)' : record.Precinct;
    expected[precinct] = (expected[precinct] ?? 0) + 1;
  }
  assert.deepEqual(await shownBreakdown('Area'), expected);
});

test('Seattle stops: months the data does not wholly cover are not compared as zeros', async () => {
  // The file starts on 2015-03-15: March 2015 is partly covered, April 2014 not at all.
  await app.page.locator('select[name="month"]').selectOption('2015-04-01');
  const summary = app.page.getByTestId('month-summary');
  await summary.getByText('Apr 2015 compared').waitFor();
  const april = readRecords(SEATTLE).filter((record) =>
    record.Reported_Date.startsWith('2015-04'),
  ).length;
  assert.deepEqual(await summary.locator('td[data-field="events"]').allInnerTexts(), [
    april.toLocaleString('en-US'),
    'only partly covered by the data',
    'not covered by the data',
  ]);
  await app.page.getByText('Computing…').waitFor({ state: 'detached' });
  const table = app.page.getByTestId('breakdown-table');
  assert.equal(await table.locator('.change.up, .change.down').count(), 0);
  assert.ok((await table.getByText('no prior data').count()) > 0);
  const latest = await app.page
    .locator('select[name="month"] option')
    .first()
    .getAttribute('value');
  await app.page.locator('select[name="month"]').selectOption(latest);
});

test('Seattle stops: choosing a precinct filters the whole view', async () => {
  await app.page
    .getByTestId('breakdown-table')
    .getByRole('button', { name: 'North' })
    .click();
  await app.page.getByTestId('filters').waitFor();
  const expected = countByMonth(
    readRecords(SEATTLE).filter((record) => record.Precinct === 'North'),
    (record) => record.Reported_Date.slice(0, 7),
    (record) => record.ArrestFlag === 'Y',
  );
  assert.deepEqual(await shownMonths(app.page), expected);
});

test('LAPD arrests: arrests per month and arrests under 18 match the file', async () => {
  const report = await importFile(app.page, LAPD);
  console.log(
    `# ${path.basename(LAPD)} imported in ${await report.getByTestId('import-seconds').textContent()} s`,
  );
  assert.equal(await report.getByTestId('rows-read').textContent(), '14,738');

  await reviewSource(app.page, 'Arrests: juvenile (under 18) (all imports)');
  const expected = countByMonth(
    readRecords(LAPD),
    (record) => monthOfUSDate(record['Arrest Date']),
    (record) => Number(record.Age) < 18,
  );
  assert.deepEqual(await shownMonths(app.page), expected);
  const juveniles = Object.values(expected).reduce(
    (sum, month) => sum + month.outcomes,
    0,
  );
  assert.equal(juveniles, 53);
});

test('LAPD arrests beside OJJDP rates: CompStat says a youth population is missing', async () => {
  const ojjdp = path.join(
    FIXTURES,
    'real-data/ojjdp-juvenile-arrest-rates-by-state-2000-2016.csv',
  );
  await importFile(app.page, ojjdp);
  await reviewSource(app.page, 'Arrests: juvenile (under 18) (all imports)');
  await app.page.getByRole('tab', { name: 'CompStat' }).click();
  const note = app.page.getByTestId('benchmark-needs-population');
  await note.waitFor({ timeout: 60_000 });
  assert.match(await note.innerText(), /import a youth population/);
  assert.equal(await app.page.getByTestId('compstat-benchmark').count(), 0);
  // The arrests end on 2020-02-01, so month to date is that one day.
  assert.equal(
    await app.page.getByTestId('short-window').innerText(),
    'Only one day of this month so far: the last 28 days or the year to date say more.',
  );
});

test('makes no request outside the page and logs no console error', () => {
  assert.deepEqual(app.outsideRequests, []);
  assert.deepEqual(app.consoleErrors, []);
});
