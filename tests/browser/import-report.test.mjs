import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import Papa from 'papaparse';
import { FIXTURES, openApp } from './harness.mjs';
import { importFile, reviewSource, runQuery, shownMonths } from './import-steps.mjs';
import { countByMonth, readRecords } from './independent-counts.mjs';

// The import report's rejected, short and unfit rows, shown and downloaded; the
// day/month question; several files picked or dropped at once.
const HEADER = ['stop_id', 'stop_date', 'arrest_flag', 'precinct'];
const LINES = [
  HEADER.join(','),
  '1,2024-01-05,Y,North',
  '2,2024-01-06,N,South,extra,more',
  '3,2024-01-07,N,North',
  '4,2024-01-08,N',
  '5,not a date,Y,East',
  '6,2024-02-01,N,East',
];
const BROKEN = { name: 'broken-rows.csv', text: `${LINES.join('\n')}\n` };
const AMBIGUOUS = path.join(FIXTURES, 'bad-inputs/03-ambiguous-ddmm.csv');
let app;

before(async () => {
  app = await openApp();
});
after(async () => {
  await app?.close();
});

/** File lines (1-based, header on line 1) whose field count is above or below the header's. */
function linesByFieldCount(text) {
  const rows = Papa.parse(text, { skipEmptyLines: true }).data;
  const lines = { long: [], short: [] };
  rows.slice(1).forEach((fields, index) => {
    if (fields.length > rows[0].length) lines.long.push(index + 2);
    if (fields.length < rows[0].length) lines.short.push(index + 2);
  });
  return lines;
}

const asFile = ({ name, text }) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(text),
});

test('the report lists rows with too many fields, too few fields and unreadable dates by line', async () => {
  const report = await importFile(app.page, asFile(BROKEN));
  const { long, short } = linesByFieldCount(BROKEN.text);
  assert.deepEqual([long, short], [[3], [5]]);
  const unreadable = LINES.findIndex((line) => line.includes('not a date')) + 1;

  assert.equal(await report.getByTestId('rows-read').textContent(), '6');
  assert.equal(await report.getByTestId('records-new').textContent(), '5');
  assert.equal(
    await report.getByTestId('rows-rejected').textContent(),
    '1 row could not be read and was not loaded',
  );
  const items = (testId) =>
    report
      .locator('details')
      .filter({ has: app.page.getByTestId(testId) })
      .locator('li')
      .allTextContents();
  const rejected = await items('rows-rejected');
  assert.deepEqual(
    rejected.map((item) => item.match(/^line (\d+)/)?.[1]),
    long.map(String),
  );
  assert.deepEqual(
    await items('short-rows'),
    short.map((line) => `line ${line}`),
  );
  assert.deepEqual(await items('unfit-values'), [
    `line ${unreadable}, stop_date → occurred_on: “not a date” not a date in the chosen formats`,
  ]);
});

test('an id given on two lines is said to count once, in the summary and the list', async () => {
  const text =
    // A header of its own, so no saved profile brings an id along.
    'case_no,event_date,arrested\n1,2024-01-05,Y\n2,2024-01-06,N\n2,2024-01-07,N\n3,2024-01-08,Y\n';
  let proposed;
  const report = await importFile(
    app.page,
    asFile({ name: 'repeated-ids.csv', text }),
    async (form) => {
      const recordId = form.locator('select[name="record-id"]');
      proposed = await recordId.inputValue();
      await recordId.selectOption('case_no');
    },
  );
  // The sample shows the repeat, so no id is proposed; the analyst chose one anyway.
  assert.equal(proposed, '');
  assert.equal(await report.getByTestId('rows-read').textContent(), '4');
  assert.equal(await report.getByTestId('records-new').textContent(), '3');
  assert.match(
    await report.getByTestId('ids-kept-once').innerText(),
    /each keeps only its later line/,
  );
  assert.equal(
    await report.getByTestId('duplicates').textContent(),
    '1 record id appears more than once',
  );
});

test('the downloaded report holds the same counts and lines', async () => {
  const report = app.page.getByRole('region', {
    name: `Import report for ${BROKEN.name}`,
  });
  const [download] = await Promise.all([
    app.page.waitForEvent('download'),
    report.getByRole('button', { name: 'Download the report (CSV)' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), `${BROKEN.name}-import-report.csv`);
  const text = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
  const rows = Papa.parse(text, { header: true, skipEmptyLines: true }).data;
  const counted = (section) => rows.find((row) => row.section === section)?.count;
  assert.equal(counted('rows read'), '6');
  assert.equal(counted('rows rejected'), '1');
  assert.equal(counted('short rows'), '1');
  assert.equal(counted('values that do not fit'), '1');
  assert.equal(counted('new records'), '5');
  const lines = (section) =>
    rows.filter((row) => row.section === section).map((row) => row.line);
  assert.deepEqual(lines('rejected'), ['3']);
  assert.deepEqual(lines('short row'), ['5']);
  const unfit = rows.filter((row) => row.section === 'does not fit');
  assert.deepEqual(
    unfit.map(({ line, column, field, value }) => ({ line, column, field, value })),
    [{ line: '6', column: 'stop_date', field: 'occurred_on', value: 'not a date' }],
  );
});

test('ambiguous day/month dates are asked about, not guessed, and month-first reads 03/04 as 4 March', async () => {
  await app.page.getByRole('tab', { name: 'Import' }).click();
  await app.page.getByTestId('file-input').setInputFiles(AMBIGUOUS);
  const form = app.page.getByRole('form', { name: 'Map 03-ambiguous-ddmm.csv' });
  const question = form.getByTestId('day-month-question');
  await question.waitFor();
  assert.match(await question.textContent(), /Which comes first in “incident_date”/);
  assert.ok(await form.getByRole('button', { name: 'Import', exact: true }).isDisabled());
  assert.equal(await form.getByTestId('mapping-preview').count(), 0);

  await question.getByLabel(/Month first/).click();
  await question.waitFor({ state: 'detached' });
  const picker = form.getByLabel('Date format of incident_date');
  assert.equal(await picker.inputValue(), 'month-day-year');
  await form.getByText('Read as month/day/year (3/31/2024).').waitFor();
  const preview = form.getByTestId('mapping-preview');
  await preview.waitFor();
  const firstDate = await preview.evaluate((table) => {
    const names = [...table.querySelectorAll('thead th')].map((th) => th.textContent);
    const cells = table.querySelector('tbody tr').children;
    return cells[names.indexOf('occurred_on')].textContent;
  });
  assert.equal(firstDate, '2023-03-04');

  await form.getByRole('button', { name: 'Import', exact: true }).click();
  await app.page
    .getByRole('region', { name: 'Import report for 03-ambiguous-ddmm.csv' })
    .waitFor({ timeout: 60_000 });
  const stored = await runQuery(
    app.page,
    `SELECT CAST(occurred_on AS VARCHAR) FROM contacts WHERE program IN ('Crisis Response', 'Outreach') ORDER BY 1`,
  );
  const monthFirst = readRecords(AMBIGUOUS).map(({ incident_date: date }) => {
    const [month, day, year] = date.split('/');
    return [`${year}-${month}-${day}`];
  });
  assert.deepEqual(stored, monthFirst);
  assert.deepEqual(monthFirst[0], ['2023-03-04']);
});

test('a later file with the same header reuses the saved day/month order without asking', async () => {
  const text = 'incident_id,incident_date,program\nB-1,02/01/2023,Outreach\n';
  await app.page.getByRole('tab', { name: 'Import' }).click();
  await app.page
    .getByTestId('file-input')
    .setInputFiles(asFile({ name: 'ambiguous-again.csv', text }));
  const form = app.page.getByRole('form', { name: 'Map ambiguous-again.csv' });
  await form.getByTestId('profile-applied').waitFor();
  assert.equal(await form.getByTestId('day-month-question').count(), 0);
  assert.equal(
    await form.getByLabel('Date format of incident_date').inputValue(),
    'month-day-year',
  );
  await form.getByText('Read as month/day/year (3/31/2024).').waitFor();
  await form.getByRole('button', { name: 'Cancel' }).click();
  await form.waitFor({ state: 'detached' });
});

test('overlapping exports picked at once are imported in turn, the second under the first’s new profile', async () => {
  const seattle = readRecords(
    path.join(FIXTURES, 'real-data/seattle-terry-stops-2015-2017.csv'),
  );
  const fields = Object.keys(seattle[0]);
  const cut = (name, months) => {
    const records = seattle.filter((record) => months.test(record.Reported_Date));
    const text = Papa.unparse(records, { columns: fields });
    return { records, file: { name, mimeType: 'text/csv', buffer: Buffer.from(text) } };
  };
  const cuts = [
    cut('stops-2016-05-06.csv', /^2016-0[56]/),
    cut('stops-2016-06-07.csv', /^2016-0[67]/),
  ];
  await app.page.getByRole('tab', { name: 'Import' }).click();
  await app.page.getByTestId('file-input').setInputFiles(cuts.map((c) => c.file));

  const seen = [];
  for (const { file } of cuts) {
    const form = app.page.getByRole('form', { name: `Map ${file.name}` });
    await form.waitFor();
    const recordId = form.locator('select[name="record-id"]');
    seen.push({
      forms: await app.page.getByRole('form').count(),
      profileApplied: await form.getByTestId('profile-applied').isVisible(),
      recordId: await recordId.inputValue(),
    });
    // The draft names no id; the analyst's choice must reach the second file through
    // the profile saved by the first.
    if (seen.length === 1) await recordId.selectOption('TERRY_STOP_ID');
    await form.getByRole('button', { name: 'Import', exact: true }).click();
    await app.page
      .getByRole('region', { name: `Import report for ${file.name}` })
      .waitFor({ timeout: 60_000 });
  }
  assert.deepEqual(seen, [
    { forms: 1, profileApplied: false, recordId: '' },
    { forms: 1, profileApplied: true, recordId: 'TERRY_STOP_ID' },
  ]);
  assert.equal(await app.page.getByRole('form').count(), 0);

  const [first, second] = cuts.map((c) => c.records);
  const firstIds = new Set(first.map((record) => record.TERRY_STOP_ID));
  const overlap = second.filter((record) => firstIds.has(record.TERRY_STOP_ID)).length;
  const report = app.page.getByRole('region', {
    name: `Import report for ${cuts[1].file.name}`,
  });
  assert.equal(
    await report.getByTestId('records-unchanged').textContent(),
    overlap.toLocaleString('en-US'),
  );

  await reviewSource(app.page, 'Contacts: arrest (all imports)');
  const stops = new Map([...first, ...second].map((r) => [r.TERRY_STOP_ID, r]));
  const expected = countByMonth(
    [...stops.values()],
    (record) => record.Reported_Date.slice(0, 7),
    (record) => record.ArrestFlag === 'Y',
  );
  const shown = await shownMonths(app.page);
  assert.deepEqual(
    Object.fromEntries(Object.keys(expected).map((month) => [month, shown[month]])),
    expected,
  );
});

test('a file dropped on the drop zone reaches the same mapping screen', async () => {
  await app.page.getByRole('tab', { name: 'Import' }).click();
  const transfer = await app.page.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'dropped.csv', { type: 'text/csv' }));
    return data;
  }, BROKEN.text);
  await app.page.locator('.drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
  const form = app.page.getByRole('form', { name: 'Map dropped.csv' });
  await form.waitFor();
  assert.match(
    await form.locator('.hint').first().textContent(),
    new RegExp(`${HEADER.length} columns; sample of ${LINES.length - 1} rows`),
  );
  await form.getByRole('button', { name: 'Cancel' }).click();
  await form.waitFor({ state: 'detached' });
});

test('logs no console error and makes no outside request', () => {
  assert.deepEqual(app.outsideRequests, []);
  assert.deepEqual(app.consoleErrors, []);
});
