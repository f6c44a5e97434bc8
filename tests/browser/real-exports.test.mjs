import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { FIXTURES, openApp, readMonthlyFigures } from './harness.mjs';
import {
  countByMonth,
  monthOfUSDate,
  readRecords,
  withoutEmptyMonths,
} from './independent-counts.mjs';

const SEATTLE = path.join(FIXTURES, 'real-data/seattle-terry-stops-2015-2017.csv');
const LAPD = path.join(FIXTURES, 'real-data/lapd-arrests-alcohol-2019.csv');
let app;

before(async () => {
  app = await openApp();
});
after(async () => {
  await app?.close();
});

async function mapAndLoad(file, { dateColumn, breakdowns, outcome }) {
  const { page } = app;
  await page.getByRole('tab', { name: 'Import' }).click();
  await page.getByTestId('file-input').setInputFiles(file);
  const form = page.getByRole('form', { name: `Map ${path.basename(file)}` });
  await form.locator('select[name="date-column"]').selectOption(dateColumn);
  for (const box of await form.locator('input[name="breakdown"]').all()) {
    await box.setChecked(breakdowns.includes(await box.getAttribute('value')));
  }
  await form.locator('select[name="outcome-column"]').selectOption(outcome.column);
  if (outcome.below !== undefined) {
    await form.locator('input[name="outcome-kind"][value="below"]').check();
    await form.locator('input[name="outcome-threshold"]').fill(String(outcome.below));
  } else {
    for (const value of outcome.yesValues) {
      await form.locator(`input[name="yes-value"][value="${value}"]`).check();
    }
  }
  await form.getByRole('button', { name: 'Load file' }).click();
  const report = page.getByRole('region', {
    name: `Import report for ${path.basename(file)}`,
  });
  await report.waitFor({ timeout: 60_000 });
  const seconds = await report.getByTestId('load-seconds').textContent();
  const rowsLoaded = await report.getByTestId('rows-loaded').textContent();
  console.log(`# loaded ${path.basename(file)} in ${seconds} s (in the browser)`);
  await report.getByRole('button', { name: 'Review its months' }).click();
  await page
    .getByRole('heading', { level: 2, name: path.basename(file) })
    .waitFor({ timeout: 60_000 });
  await page.getByTestId('monthly-figures').waitFor({ state: 'attached' });
  return { rowsLoaded };
}

async function shownMonths() {
  const summary = app.page.getByText('Monthly figures');
  if (!(await app.page.getByTestId('monthly-figures').isVisible())) await summary.click();
  return withoutEmptyMonths(await readMonthlyFigures(app.page));
}

async function shownBreakdown() {
  return app.page
    .getByTestId('breakdown-table')
    .evaluate((table) =>
      Object.fromEntries(
        [...table.querySelectorAll('tbody tr')].map((row) => [
          row.dataset.group,
          Number(row.children[1].textContent.replaceAll(',', '')),
        ]),
      ),
    );
}

test('Seattle stops: stops per month and arrest rate match the file', async () => {
  const report = await mapAndLoad(SEATTLE, {
    dateColumn: 'Reported_Date',
    breakdowns: ['Precinct'],
    outcome: { column: 'ArrestFlag', yesValues: ['Y'] },
  });
  const records = readRecords(SEATTLE);
  assert.equal(report.rowsLoaded, '19,753');
  assert.equal(records.length, 19753);

  const expected = countByMonth(
    records,
    (record) => record.Reported_Date.slice(0, 7),
    (record) => record.ArrestFlag === 'Y',
  );
  assert.deepEqual(await shownMonths(), expected);
});

test('Seattle stops: the reviewed month by precinct matches the file', async () => {
  const month = await app.page.locator('select[name="month"]').inputValue();
  const expected = {};
  for (const record of readRecords(SEATTLE)) {
    if (record.Reported_Date.slice(0, 7) !== month.slice(0, 7)) continue;
    const precinct = ['NULL', '-', ''].includes(record.Precinct)
      ? '(missing)'
      : record.Precinct;
    expected[precinct] = (expected[precinct] ?? 0) + 1;
  }
  const shown = await shownBreakdown();
  assert.deepEqual(shown, expected);
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
  await app.page.getByText('Computing monthly figures…').waitFor({ state: 'detached' });
  await app.page.getByTestId('monthly-figures').waitFor({ state: 'attached' });
  assert.deepEqual(await shownMonths(), expected);
});

test('LAPD arrests: arrests per month and arrests under 18 match the file', async () => {
  const report = await mapAndLoad(LAPD, {
    dateColumn: 'Arrest Date',
    breakdowns: ['Area Name'],
    outcome: { column: 'Age', below: 18 },
  });
  const records = readRecords(LAPD);
  assert.equal(report.rowsLoaded, '14,738');

  const expected = countByMonth(
    records,
    (record) => monthOfUSDate(record['Arrest Date']),
    (record) => Number(record.Age) < 18,
  );
  assert.deepEqual(await shownMonths(), expected);
  const juveniles = Object.values(expected).reduce(
    (sum, month) => sum + month.outcomes,
    0,
  );
  assert.equal(juveniles, 53);
});

test('makes no request outside the page and logs no console error', () => {
  assert.deepEqual(app.outsideRequests, []);
  assert.deepEqual(app.consoleErrors, []);
});
