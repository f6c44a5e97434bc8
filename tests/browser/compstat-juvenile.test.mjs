import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
import chisquareQuantile from '@stdlib/stats-base-dists-chisquare-quantile';
import Papa from 'papaparse';
import { FIXTURES, openApp } from './harness.mjs';
import { importFile, mapColumn } from './import-steps.mjs';
import { readRecords } from './independent-counts.mjs';

// The hand-made juvenile fixtures (tests/fixtures/metrics-b/README.md). The arrests go
// in with their age and date of birth only (the import reads an age into the band
// fields, so the file's band columns are left out); every expected figure is worked
// out here from the files, never by the app.
const file = (name) => path.join(FIXTURES, 'metrics-b', name);
const ARREST_FIELDS = [
  'record_key',
  'occurred_on',
  'person_id',
  'age',
  'birth_date',
  'area',
];
const arrests = readRecords(file('juvenile-arrests.csv'));
const ARRESTS = {
  name: 'juvenile-arrests.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(Papa.unparse(arrests, { columns: ARREST_FIELDS })),
};
const population = readRecords(file('youth-population.csv'));
const benchmarks = readRecords(file('benchmark-rates.csv'));

const ageOn = (record) => {
  if (record.age !== '') return Number(record.age);
  if (record.birth_date === '') return null;
  const [y, m, d] = record.occurred_on.split('-').map(Number);
  const [by, bm, bd] = record.birth_date.split('-').map(Number);
  return y - by - (m * 100 + d < bm * 100 + bd ? 1 : 0);
};
const juvenileIn = (year, lowest = 10) =>
  arrests.filter((r) => {
    const age = ageOn(r);
    return (
      r.occurred_on.startsWith(`${year}-`) && age !== null && age >= lowest && age <= 17
    );
  }).length;
const youthIn = (year) => {
  const rows = population.filter(
    (r) => r.year === String(year) && r.age_group === 'youth 10-17',
  );
  const whole = rows.find((r) => r.area === '');
  return whole
    ? Number(whole.population)
    : rows.reduce((sum, r) => sum + Number(r.population), 0);
};
const stateRate = (year) =>
  Number(
    benchmarks.find(
      (r) =>
        r.area === 'State' &&
        r.value_kind === 'rate' &&
        r.period_grain === 'year' &&
        r.period_start === `${year}-01-01`,
    ).value,
  );
const LAST_YEAR = arrests
  .map((r) => r.occurred_on)
  .sort()
  .at(-1)
  .slice(0, 4);
const [YEAR, PRIOR] = [Number(LAST_YEAR), Number(LAST_YEAR) - 1];
const number = (text) => Number(text.replace(' per 100,000', '').replaceAll(',', ''));

let app;
before(async () => {
  app = await openApp();
  // Each column is mapped to the model field of its own name, as the fixtures name them.
  const as = (dataset, columns) => async (form) => {
    await form.locator('select[name="dataset"]').selectOption(dataset);
    for (const column of columns) await mapColumn(form, column, column);
    // The suggestion adds a fixed monthly grain to an aggregates file; this one has one.
    if (dataset === 'aggregates')
      await form.getByRole('button', { name: 'Remove' }).click();
    await form.locator('select[name="record-id"]').selectOption('record_key');
    await form.getByText('Preview: the first records').waitFor({ timeout: 60_000 });
  };
  await importFile(app.page, ARRESTS, as('arrests', ['birth_date']));
  await importFile(
    app.page,
    file('youth-population.csv'),
    as('population', ['year', 'age_group', 'population', 'area']),
  );
  await importFile(
    app.page,
    file('benchmark-rates.csv'),
    as('aggregates', [
      'period_start',
      'period_grain',
      'population_group',
      'measure',
      'value',
      'value_kind',
      'unit',
      'area',
    ]),
  );
  await app.page.getByRole('tab', { name: 'CompStat' }).click();
  await app.page.getByTestId('compstat-table').waitFor({ timeout: 60_000 });
  await app.page.locator('select[name="family"]').selectOption('Juvenile arrests');
  await app.page.getByTestId('compstat-family-table').waitFor({ timeout: 60_000 });
});
after(async () => {
  await app?.close();
});

const rateField = (name) =>
  app.page
    .getByTestId('compstat-family-table')
    .locator(`tr[data-metric="juvenile_arrest_rate"] [data-field="${name}"]`)
    .innerText();

test('compares the juvenile rate per 100,000 youth of the last two whole years', async () => {
  assert.equal(number(await rateField('current-numerator')), juvenileIn(YEAR));
  assert.equal(number(await rateField('current-denominator')), youthIn(YEAR));
  const rate = (year) => ((juvenileIn(year) / youthIn(year)) * 100_000).toFixed(1);
  assert.equal(number(await rateField('current-value')), Number(rate(YEAR)));
  assert.equal(number(await rateField('prior-value')), Number(rate(PRIOR)));
});

test('sets each year against the state rate with an exact interval', async () => {
  const table = app.page.getByTestId('compstat-benchmark');
  await table.waitFor({ timeout: 60_000 });
  for (const year of [PRIOR, YEAR]) {
    const count = juvenileIn(year);
    const expected = (stateRate(year) * youthIn(year)) / 100_000;
    const lower = chisquareQuantile(0.025, 2 * count) / 2 / expected;
    const upper = chisquareQuantile(0.975, 2 * count + 2) / 2 / expected;
    const shown = await table
      .locator(`tr[data-year="${year}"] [data-field="benchmark-ratio"]`)
      .innerText();
    const text = `${(count / expected).toFixed(2)} (95% CI ${lower.toFixed(2)}–${upper.toFixed(2)})`;
    assert.equal(shown, text, String(year));
  }
});

test('counts juvenile arrests from the lower age the workspace sets', async () => {
  await app.page.getByRole('tab', { name: 'Programs' }).click();
  const rules = app.page.getByRole('group', { name: 'Workspace rules' });
  await rules.locator('input[name="juvenileMinimumAge"]').fill('8');
  await app.page.getByRole('button', { name: 'Save settings' }).click();
  await app.page.getByRole('tab', { name: 'CompStat' }).click();
  await app.page.locator('select[name="family"]').selectOption('Juvenile arrests');
  const cell = app.page
    .getByTestId('compstat-family-table')
    .locator('tr[data-metric="juvenile_arrest_rate"] [data-field="prior-numerator"]');
  await cell.waitFor({ timeout: 60_000 });
  assert.notEqual(juvenileIn(PRIOR, 8), juvenileIn(PRIOR));
  assert.equal(number(await cell.innerText()), juvenileIn(PRIOR, 8));
});

test('logs no console error and makes no outside request', () => {
  assert.deepEqual(app.outsideRequests, []);
  assert.deepEqual(app.consoleErrors, []);
});
