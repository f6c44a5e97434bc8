import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { FIXTURES, openApp } from './harness.mjs';
import {
  importFile,
  mapColumn,
  reviewSource,
  runQuery,
  suggestedConstant,
} from './import-steps.mjs';
import { readRecords } from './independent-counts.mjs';

const file = (name) => path.join(FIXTURES, 'real-data', name);
const NJ = file('nj-use-of-force-2020-10-to-2021-02.csv');
const IOWA = file('iowa-recidivism-releases-fy2010-2015.csv');
const TORONTO = file('toronto-shelter-system-flow-2018-2024.csv');
const OJJDP = file('ojjdp-juvenile-arrest-rates-by-state-2000-2016.csv');
let app;

before(async () => {
  app = await openApp();
});
after(async () => {
  await app?.close();
});

async function addConstant(form, field, value) {
  if (!(await form.locator('select[name="constant-field"]').isVisible())) {
    await form.getByText(/Values the file does not hold/).click();
  }
  await form.locator('select[name="constant-field"]').selectOption(field);
  await form.locator('input[name="constant-value"]').fill(value);
  await form.getByRole('button', { name: 'Add value' }).click();
}

async function logSeconds(report, file) {
  const seconds = await report.getByTestId('import-seconds').textContent();
  console.log(`# ${path.basename(file)} imported in ${seconds} s`);
}

const tally = (pairs) => {
  const counts = {};
  for (const [key, amount] of pairs) counts[key] = (counts[key] ?? 0) + amount;
  return counts;
};
const asObject = (rows) =>
  Object.fromEntries(rows.map(([key, value]) => [key, Number(value)]));

// New Jersey packs several subjects into one cell, comma-separated, often with a
// trailing comma; an incident with no subject listed is still one record.
const PACKED = ['subject_race', 'subject_age', 'subject_gender', 'subject_arrested'];
const parts = (cell) => {
  const values = (cell ?? '').split(',').map((part) => part.trim());
  if (values.length > 1 && values.at(-1) === '') values.pop();
  return values;
};
const subjects = (record) =>
  Math.max(1, ...PACKED.map((c) => (record[c]?.trim() ? parts(record[c]).length : 0)));
const usMonth = (text) => {
  const [month, , year] = text.split('/');
  return `${year}-${month.padStart(2, '0')}`;
};

test('New Jersey use of force: one record per subject, counted on the local date', async () => {
  const report = await importFile(app.page, NJ, async (form) => {
    await mapColumn(form, 'county', 'area');
    await form.getByText(/Cells that pack several values/).click();
    for (const column of PACKED) {
      await form.locator(`input[name="split-column"][value="${column}"]`).check();
    }
    await form.locator('select[name="record-id"]').selectOption('unique_report_id');
  });
  await logSeconds(report, NJ);
  const records = readRecords(NJ);
  const expected = tally(records.map((r) => [usMonth(r.incident_date), subjects(r)]));
  const shown = await runQuery(
    app.page,
    `SELECT strftime(occurred_on, '%Y-%m') AS month, count(*) AS records
     FROM force_incidents GROUP BY ALL ORDER BY month`,
  );
  assert.deepEqual(asObject(shown), expected);
});

// One row per officer report: incident_id groups an incident's reports. JavaScript's
// trim() drops the trailing non-breaking space two of them carry.
const incidentsPerMonth = (records) => {
  const ids = {};
  for (const r of records) {
    const month = usMonth(r.incident_date);
    (ids[month] ??= new Set()).add(r.incident_id.trim());
  }
  return Object.fromEntries(Object.entries(ids).map(([month, set]) => [month, set.size]));
};

test('New Jersey use of force: the month review counts each incident once, not each report or subject', async () => {
  const records = readRecords(NJ);
  assert.equal(records.length, 5513);
  const incidents = incidentsPerMonth(records);
  assert.equal(incidents['2021-02'], 480);
  assert.equal(incidents['2021-01'], 660);
  const [keys] = await runQuery(
    app.page,
    'SELECT count(DISTINCT incident_key) AS n FROM force_incidents',
  );
  assert.equal(
    Number(keys[0].replaceAll(',', '')),
    new Set(records.map((r) => r.incident_id.trim())).size,
  );
  await reviewSource(app.page, 'Force incidents (all imports)');
  await app.page.getByText('Computing monthly figures…').waitFor({ state: 'detached' });
  if (!(await app.page.getByTestId('monthly-figures').isVisible())) {
    await app.page.getByText('Monthly figures').click();
  }
  const shown = await app.page
    .getByTestId('monthly-figures')
    .evaluate((table) =>
      [...table.querySelectorAll('tbody tr')].map((row) => [
        row.dataset.month.slice(0, 7),
        row.querySelector('[data-field="events"]').textContent.replaceAll(',', ''),
      ]),
    );
  // The continuous month axis may show a month without incidents as 0.
  assert.deepEqual(asObject(shown.filter(([, count]) => count !== '0')), incidents);
});

test('Iowa releases: releases and returns to prison per fiscal year', async () => {
  const report = await importFile(app.page, IOWA, async (form) => {
    const followUp = await suggestedConstant(form, 'follow_up_months');
    assert.equal(followUp.value, '36');
    assert.match(followUp.note, /“Recidivism Reporting Year” is 3 years after/);
  });
  await logSeconds(report, IOWA);
  const records = readRecords(IOWA);
  const releases = tally(records.map((r) => [r['Fiscal Year Released'], 1]));
  const returns = tally(
    records.map((r) => [
      r['Fiscal Year Released'],
      r['Return to Prison'] === 'Yes' ? 1 : 0,
    ]),
  );
  const shown = await runQuery(
    app.page,
    `SELECT release_fiscal_year, count(*) AS releases,
            count(*) FILTER (WHERE returned) AS returned,
            min(follow_up_months) AS follow_up
     FROM releases GROUP BY ALL ORDER BY 1`,
  );
  assert.deepEqual(asObject(shown.map(([year, count]) => [year, count])), releases);
  assert.deepEqual(
    asObject(shown.map(([year, , returned]) => [year, returned])),
    returns,
  );
  assert.ok(shown.every((row) => row[3] === '36'));
});

const TORONTO_COUNTS = [
  'returned_from_housing',
  'returned_to_shelter',
  'newly_identified',
  'moved_to_housing',
  'became_inactive',
  'actively_homeless',
];

test('Toronto shelter flow: monthly counts kept as measures, the percentage as a rate', async () => {
  const report = await importFile(app.page, TORONTO, async (form) => {
    for (const column of TORONTO_COUNTS) await mapColumn(form, column, 'measure:count');
    await mapColumn(form, 'population_group_percentage', 'measure:rate');
    await form.locator('select[name="record-id"]').selectOption('_id');
    await addConstant(form, 'period_grain', 'month');
  });
  await logSeconds(report, TORONTO);
  const records = readRecords(TORONTO).filter(
    (r) => r.population_group === 'All Population',
  );
  const yearOf = (label) => `20${label.split('-')[1]}`;
  const placements = tally(
    records.map((r) => [yearOf(r['date(mmm-yy)']), Number(r.moved_to_housing)]),
  );
  const shown = await runQuery(
    app.page,
    `SELECT CAST(year(period_start) AS VARCHAR) AS year, sum(value) AS placements
     FROM aggregates
     WHERE measure = 'moved_to_housing' AND population_group = 'All Population'
     GROUP BY ALL ORDER BY 1`,
  );
  assert.deepEqual(asObject(shown), placements);
  const [[kind, unit]] = await runQuery(
    app.page,
    `SELECT DISTINCT value_kind, unit FROM aggregates WHERE measure = 'population_group_percentage'`,
  );
  assert.deepEqual([kind, unit], ['rate', '%']);
});

test('OJJDP benchmark: published rates kept as rates, 2e3 read as the year 2000', async () => {
  // As suggested: `index` names each row's measure, `rate` makes every row a rate, and
  // the grain is read from the years. Only the unit, which the file does not say, is added.
  const report = await importFile(app.page, OJJDP, async (form) => {
    assert.equal(
      await form.getByLabel('Field for index', { exact: true }).inputValue(),
      'measure',
    );
    await addConstant(form, 'unit', 'per 100,000 youth');
  });
  await logSeconds(report, OJJDP);
  const records = readRecords(OJJDP);
  const us2000 = records.find(
    (r) =>
      r.state === 'United States' &&
      r.year === '2e3' &&
      r.index === 'Violent Crime Index',
  );
  const shown = await runQuery(
    app.page,
    `SELECT count(*) AS rates, count(value) AS published,
            max(value) FILTER (WHERE area = 'United States' AND period_start = DATE '2000-01-01'
                               AND measure = 'Violent Crime Index') AS us_2000
     FROM aggregates WHERE program <> 'toronto-shelter-system-flow-2018-2024'`,
  );
  const published = records.filter((r) => r.rate !== 'NA' && r.rate !== '').length;
  assert.deepEqual(shown[0].map(Number), [
    records.length,
    published,
    Number(us2000.rate),
  ]);
  const kinds = await runQuery(
    app.page,
    `SELECT value_kind, period_grain, count(*) AS n FROM aggregates
     WHERE program <> 'toronto-shelter-system-flow-2018-2024' GROUP BY ALL`,
  );
  assert.deepEqual(kinds, [['rate', 'year', String(records.length)]]);
});

test('logs no console error and makes no outside request', () => {
  assert.deepEqual(app.outsideRequests, []);
  assert.deepEqual(app.consoleErrors, []);
});
