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
const placements = readRecords(path.join(SAMPLE, 'placements.csv'));
const between = (from, to) => (record) =>
  record.occurred_on >= from && record.occurred_on <= to;
const count = (records, ...tests) =>
  records.filter((r) => tests.every((t) => t(r))).length;
// The app compares as of the last day of data in any file; worked out here from the files.
const LAST_DAY = ['contacts', 'force_incidents', 'referrals', 'placements', 'responses']
  .flatMap((name) =>
    readRecords(path.join(SAMPLE, `${name}.csv`)).map((r) => r.occurred_on),
  )
  .sort()
  .at(-1);
const YEAR = Number(LAST_DAY.slice(0, 4));
const number = (text) => Number(text.replaceAll(',', '').replace('%', ''));

let app;
before(async () => {
  app = await openApp();
  await app.page.getByRole('tab', { name: 'CompStat' }).click();
  await app.page.getByTestId('compstat-table').waitFor({ timeout: 60_000 });
});
after(async () => {
  await app?.close();
});

const field = (metric, name) =>
  app.page
    .locator(`tr[data-metric="${metric}"] [data-field="${name}"]`)
    .first()
    .innerText();

test('compares year-to-date contacts with the same dates a year earlier', async () => {
  await app.page.getByRole('radio', { name: 'Year to date' }).click();
  await app.page.getByRole('heading', { name: /year to date as of/ }).waitFor();
  await app.page.getByTestId('compstat-table').waitFor();
  const current = count(contacts, between(`${YEAR}-01-01`, LAST_DAY));
  const prior = count(
    contacts,
    between(`${YEAR - 1}-01-01`, `${YEAR - 1}${LAST_DAY.slice(4)}`),
  );
  assert.equal(number(await field('contacts', 'current-value')), current);
  assert.equal(number(await field('contacts', 'prior-value')), prior);
  const difference = (await field('contacts', 'difference')).replace('−', '-');
  assert.equal(number(difference), current - prior);
});

test('shows the numerator and denominator of the assessment share for the year', async () => {
  const inYear = between(`${YEAR}-01-01`, LAST_DAY);
  const assessed = count(contacts, inYear, (r) => r.assessment === 'true');
  assert.equal(
    number(await field('assessments_pct_of_contacts', 'current-numerator')),
    assessed,
  );
  assert.equal(
    number(await field('assessments_pct_of_contacts', 'current-denominator')),
    count(contacts, inYear),
  );
});

test('suppresses small counts in the CSV and in print, not on screen', async () => {
  await app.page.getByRole('radio', { name: 'Month to date' }).click();
  await app.page.getByRole('heading', { name: /month to date as of/ }).waitFor();
  await app.page.getByTestId('compstat-table').waitFor();
  const month = LAST_DAY.slice(0, 7);
  const priorMonth = `${YEAR - 1}${month.slice(4)}`;
  const permanent = (prefix) =>
    count(
      placements,
      (r) => r.occurred_on.startsWith(prefix),
      (r) => r.destination_class === 'permanent',
    );
  const [current, prior] = [permanent(month), permanent(priorMonth)];
  // The sample has a handful of permanent placements a month, inside the CMS 1-10 rule.
  assert.ok(current >= 1 && current <= 10, `expected a small count, got ${current}`);
  assert.equal(number(await field('placements_permanent', 'current-value')), current);
  assert.equal(number(await field('placements_permanent', 'prior-value')), prior);

  const [download] = await Promise.all([
    app.page.waitForEvent('download'),
    app.page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  const text = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
  const rows = text
    .trim()
    .split('\r\n')
    .map((line) => line.split(','));
  const header = rows[0];
  const line = rows.find((r) => r[1] === 'placements_permanent');
  assert.equal(line[header.indexOf('Current numerator')], 'suppressed');
  assert.equal(line[header.indexOf('Difference (events)')], 'suppressed');
  const contactsLine = rows.find((r) => r[1] === 'contacts');
  assert.equal(
    Number(contactsLine[header.indexOf('Current numerator')]),
    count(contacts, (r) => r.occurred_on.startsWith(month)),
  );

  await app.page.emulateMedia({ media: 'print' });
  assert.equal(await field('placements_permanent', 'current-value'), 'suppressed');
  await app.page.emulateMedia({ media: 'screen' });
});

test('prints and exports a change class as suppressed exactly when its counts are', async () => {
  await app.page.getByRole('radio', { name: 'Month to date' }).click();
  await app.page.getByRole('heading', { name: /month to date as of/ }).waitFor();
  await app.page.getByTestId('compstat-table').waitFor();
  const month = LAST_DAY.slice(0, 7);
  const priorMonth = `${YEAR - 1}${month.slice(4)}`;
  const permanent = (prefix) =>
    count(
      placements,
      (r) => r.occurred_on.startsWith(prefix),
      (r) => r.destination_class === 'permanent',
    );
  const toDate = (prefix, last) => (r) =>
    r.occurred_on.startsWith(prefix) && r.occurred_on.slice(8) <= last;
  const day = LAST_DAY.slice(8);
  const contactsNow = count(contacts, toDate(month, day));
  const contactsBefore = count(contacts, toDate(priorMonth, day));
  // Worked out from the files: permanent placements sit inside the CMS 1-10 rule, the
  // contacts of both windows above it.
  assert.ok(permanent(month) >= 1 && permanent(month) <= 10);
  assert.ok(contactsNow > 10 && contactsBefore > 10);

  const screenClass = await field('placements_permanent', 'change-class');
  assert.notEqual(screenClass, 'suppressed');
  await app.page.emulateMedia({ media: 'print' });
  const printedSmall = await field('placements_permanent', 'change-class');
  const printedLarge = await field('contacts', 'change-class');
  await app.page.emulateMedia({ media: 'screen' });
  assert.equal(printedSmall, 'suppressed');
  assert.notEqual(printedLarge, 'suppressed');
  assert.equal(printedLarge, await field('contacts', 'change-class'));

  const [download] = await Promise.all([
    app.page.waitForEvent('download'),
    app.page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  const text = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
  const rows = text
    .trim()
    .split('\r\n')
    .map((line) => line.split(','));
  const header = rows[0];
  const change = (id) => rows.find((r) => r[1] === id)[header.indexOf('Change')];
  assert.equal(change('placements_permanent'), 'suppressed');
  assert.equal(change('contacts'), printedLarge);
});

test('leaves the trend of small monthly counts out of print', async () => {
  const trend = app.page.getByRole('region', { name: 'Trend' });
  await trend.waitFor();
  await app.page.emulateMedia({ media: 'print' });
  const printed = await trend.isVisible();
  await app.page.emulateMedia({ media: 'screen' });
  assert.equal(printed, false);
  assert.equal(await trend.isVisible(), true);
});

test('logs no console error and makes no outside request', () => {
  assert.deepEqual(app.outsideRequests, []);
  assert.deepEqual(app.consoleErrors, []);
});
