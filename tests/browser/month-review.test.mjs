import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { FIXTURES, openApp } from './harness.mjs';
import { importFile, reviewSource, shownMonths } from './import-steps.mjs';
import {
  countByMonth,
  latestCompleteMonth,
  monthOfUSDate,
  readRecords,
  shiftMonth,
} from './independent-counts.mjs';

// The month review's summary and breakdowns against counts taken from the files.
const SEATTLE = path.join(FIXTURES, 'real-data/seattle-terry-stops-2015-2017.csv');
const LAPD = path.join(FIXTURES, 'real-data/lapd-arrests-alcohol-2019.csv');
const MISSING = new Set(['NULL', '-', '']);
const seattle = readRecords(SEATTLE);
const stopMonth = (record) => record.Reported_Date.slice(0, 7);
const isArrest = (record) => record.ArrestFlag === 'Y';
let app;

before(async () => {
  app = await openApp();
});
after(async () => {
  await app?.close();
});

/** The summary's rows as { label, events, outcomes, rate, change } texts. */
function shownSummary(page) {
  return page.getByTestId('month-summary').evaluate((table) => {
    const changeText = (badge) =>
      badge
        ? badge.textContent
            .replace(badge.querySelector('.change-word')?.textContent ?? '', '')
            .trim()
        : null;
    return [...table.querySelectorAll('tbody tr')].map((row) => {
      const cells = row.querySelectorAll('td');
      return {
        label: row.querySelector('th').textContent,
        // innerText: the figure as the screen shows it, not the word print puts there.
        events: cells[0].innerText,
        outcomes: cells[1].innerText,
        rate: cells[2].querySelector('.figure')?.innerText ?? null,
        interval: cells[2].querySelector('.interval')?.innerText.trim() ?? null,
        change: changeText(cells[3].querySelector('.change')),
      };
    });
  });
}

async function shownBreakdown(page, column) {
  await page.locator('select[name="breakdown"]').selectOption(column);
  await page.getByText('Computing…').waitFor({ state: 'detached' });
  return page
    .getByTestId('breakdown-table')
    .evaluate((table) =>
      Object.fromEntries(
        [...table.querySelectorAll('tbody tr')].map((row) => [
          row.dataset.group,
          Number(row.children[1].innerText.replaceAll(',', '')),
        ]),
      ),
    );
}

function countInMonth(records, month, monthOf, groupOf) {
  const groups = {};
  for (const record of records) {
    if (monthOf(record) !== month) continue;
    const group = groupOf(record);
    groups[group] = (groups[group] ?? 0) + 1;
  }
  return groups;
}

const count = (n) => n.toLocaleString('en-US');
const percent = (share) => `${(share * 100).toFixed(1)}%`;

/** The 95% Wilson score interval, as the summary writes it. */
function wilson({ events, outcomes }) {
  const z = 1.959963984540054;
  const p = outcomes / events;
  const denominator = 1 + (z * z) / events;
  const centre = (p + (z * z) / (2 * events)) / denominator;
  const half =
    (z * Math.sqrt((p * (1 - p)) / events + (z * z) / (4 * events * events))) /
    denominator;
  return `95% CI ${percent(centre - half)}–${percent(centre + half)}`;
}
const rate = ({ events, outcomes }) => `${((outcomes / events) * 100).toFixed(1)}%`;
const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
const label = (month) => `${MONTHS[Number(month.slice(5)) - 1]} ${month.slice(0, 4)}`;

/** `+12 (+9%)`-style change text: the percentage only from a prior of 5 or more. */
function change(current, prior) {
  const difference = current - prior;
  const signed =
    difference === 0
      ? '±0'
      : difference > 0
        ? `+${count(difference)}`
        : `−${count(-difference)}`;
  if (prior < 5) return signed;
  const percent = Math.abs(((current - prior) / prior) * 100).toFixed(0);
  const sign = Number(percent) === 0 ? '±' : current > prior ? '+' : '−';
  return `${signed} (${sign}${percent}%)`;
}

test('Seattle stops: the month review opens on the latest complete month of the data', async () => {
  await importFile(app.page, SEATTLE);
  await reviewSource(app.page, 'Contacts: arrest (all imports)');
  // The file ends on 2017-09-24, so September 2017 is not complete.
  const latest = latestCompleteMonth(seattle.map((record) => record.Reported_Date));
  assert.equal(latest, '2017-08');
  assert.equal(
    await app.page.locator('select[name="month"]').inputValue(),
    `${latest}-01`,
  );
  await app.page
    .getByTestId('month-summary')
    .getByText(`${label(latest)} compared`)
    .waitFor();
});

test('Seattle stops: the printed review names its month and holds every month’s figures', async () => {
  const { page } = app;
  const picker = page.locator('select[name="month"]');
  const chosen = await picker.evaluate((select) => select.selectedOptions[0].text);
  assert.equal(chosen, 'Aug 2017 (latest complete)');
  await page.emulateMedia({ media: 'print' });
  // The picker prints as the month it names, not as a hidden control.
  assert.equal(await picker.isVisible(), true);
  await page.emulateMedia({ media: 'screen' });

  const table = page.getByTestId('monthly-figures');
  assert.equal(await table.isVisible(), false);
  await page.evaluate(() => globalThis.dispatchEvent(new Event('beforeprint')));
  assert.equal(await table.isVisible(), true);
  const months = await table.locator('tbody tr').count();
  assert.equal(months, new Set(seattle.map(stopMonth)).size);
  await page.evaluate(() => globalThis.dispatchEvent(new Event('afterprint')));
  assert.equal(await table.isVisible(), false);
});

test('Seattle stops: the summary shows the file’s stops, arrests, rates and changes', async () => {
  const byMonth = countByMonth(seattle, stopMonth, isArrest);
  const month = '2017-08';
  const current = byMonth[month];
  const prior = byMonth[shiftMonth(month, -1)];
  const lastYear = byMonth[shiftMonth(month, -12)];
  assert.deepEqual(await shownSummary(app.page), [
    {
      label: 'Aug 2017',
      events: count(current.events),
      outcomes: count(current.outcomes),
      rate: rate(current),
      interval: wilson(current),
      change: null,
    },
    {
      label: 'Month before (Jul 2017)',
      events: count(prior.events),
      outcomes: count(prior.outcomes),
      rate: rate(prior),
      interval: wilson(prior),
      change: change(current.events, prior.events),
    },
    {
      label: 'Same month last year (Aug 2016)',
      events: count(lastYear.events),
      outcomes: count(lastYear.outcomes),
      rate: rate(lastYear),
      interval: wilson(lastYear),
      change: change(current.events, lastYear.events),
    },
  ]);
});

test('Seattle stops: the reviewed month by the unmapped Sector column matches the file', async () => {
  const month = await app.page.locator('select[name="month"]').inputValue();
  const expected = countInMonth(seattle, month.slice(0, 7), stopMonth, (record) =>
    MISSING.has(record.Sector) ? '(missing)' : record.Sector,
  );
  assert.deepEqual(await shownBreakdown(app.page, 'Sector'), expected);
  // Columns with a value per stop or per officer would give one row per record.
  const offered = await app.page
    .locator('select[name="breakdown"] option')
    .allTextContents();
  for (const column of ['Beat', 'OfficerSquad', 'Officer_YOB'])
    assert.ok(offered.includes(column), column);
  for (const column of ['TERRY_STOP_ID', 'GO / SC Num', 'OfficerID', 'Reported_Time'])
    assert.ok(!offered.includes(column), column);
});

test('Seattle stops: choosing one sector filters the whole view to that sector', async () => {
  await app.page
    .getByTestId('breakdown-table')
    .getByRole('button', { name: 'M', exact: true })
    .click();
  await app.page.getByTestId('filters').getByText('Sector: M').waitFor();
  const inSector = seattle.filter((record) => record.Sector === 'M');
  assert.deepEqual(
    await shownMonths(app.page),
    countByMonth(inSector, stopMonth, isArrest),
  );
  const byMonth = countByMonth(inSector, stopMonth, isArrest);
  const summary = await shownSummary(app.page);
  assert.deepEqual(
    summary.map(({ events, outcomes }) => ({ events, outcomes })),
    ['2017-08', '2017-07', '2016-08'].map((month) => ({
      events: count(byMonth[month].events),
      outcomes: count(byMonth[month].outcomes),
    })),
  );
  const byPrecinct = countInMonth(inSector, '2017-08', stopMonth, (record) =>
    MISSING.has(record.Precinct) ? '(missing)' : record.Precinct,
  );
  assert.deepEqual(await shownBreakdown(app.page, 'Area'), byPrecinct);
  await app.page.getByTestId('filters').getByRole('button').click();
});

test('LAPD arrests: the reviewed month’s arrests by area match the file', async () => {
  await importFile(app.page, LAPD);
  await reviewSource(app.page, 'Arrests: juvenile (under 18) (all imports)');
  const records = readRecords(LAPD);
  const month = await app.page.locator('select[name="month"]').inputValue();
  assert.equal(
    month.slice(0, 7),
    latestCompleteMonth(records.map((record) => toISO(record['Arrest Date']))),
  );
  const expected = countInMonth(
    records,
    month.slice(0, 7),
    (record) => monthOfUSDate(record['Arrest Date']),
    (record) => record['Area Name'],
  );
  assert.ok(Object.keys(expected).length > 10);
  assert.deepEqual(await shownBreakdown(app.page, 'Area'), expected);
});

function toISO(usDate) {
  const [month, day, year] = usDate.split('/');
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

test('makes no request outside the page and logs no console error', () => {
  assert.deepEqual(app.outsideRequests, []);
  assert.deepEqual(app.consoleErrors, []);
});
