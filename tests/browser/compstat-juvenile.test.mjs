import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
import chisquareQuantile from '@stdlib/stats-base-dists-chisquare-quantile';
import { FIXTURES, openApp } from './harness.mjs';
import { importFile } from './import-steps.mjs';
import { readRecords } from './independent-counts.mjs';

// The hand-made juvenile fixtures (tests/fixtures/metrics-b/README.md), imported through
// the suggested mapping: the arrests with their age, date of birth and age band side by
// side. Every expected figure is worked out here from the files, never by the app.
const file = (name) => path.join(FIXTURES, 'metrics-b', name);
const ARREST_FIELDS = [
  'record_key',
  'occurred_on',
  'person_id',
  'age',
  'birth_date',
  'age_min',
  'age_max',
  'area',
];
const ARRESTS = file('juvenile-arrests.csv');
const arrests = readRecords(ARRESTS);
const population = readRecords(file('youth-population.csv'));
const benchmarks = readRecords(file('benchmark-rates.csv'));

const ageOn = (record) => {
  if (record.age !== '') return Number(record.age);
  if (record.birth_date === '') return null;
  const [y, m, d] = record.occurred_on.split('-').map(Number);
  const [by, bm, bd] = record.birth_date.split('-').map(Number);
  return y - by - (m * 100 + d < bm * 100 + bd ? 1 : 0);
};
// An exact age, else the age from the date of birth, else the band's upper end.
const isJuvenile = (record, lowest) => {
  const age = ageOn(record);
  if (age !== null) return age >= lowest && age <= 17;
  if (record.age_max === '') return false;
  return Number(record.age_max) >= lowest && Number(record.age_max) <= 17;
};
const juvenileIn = (year, lowest = 10) =>
  arrests.filter((r) => r.occurred_on.startsWith(`${year}-`) && isJuvenile(r, lowest))
    .length;
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
const suggested = {};
let ageNote = '';
before(async () => {
  app = await openApp();
  // The files' headers name the model's fields, so the suggested mapping is kept as it
  // is; only the dataset (the arrests' headers do not say arrests) and the id are set.
  const as = (dataset) => async (form) => {
    await form.locator('select[name="dataset"]').selectOption(dataset);
    await form.locator('select[name="record-id"]').selectOption('record_key');
    await form.getByText('Preview: the first records').waitFor({ timeout: 60_000 });
  };
  await importFile(app.page, ARRESTS, async (form) => {
    await as('arrests')(form);
    for (const column of ARREST_FIELDS.slice(1))
      suggested[column] = await form
        .getByLabel(`Field for ${column}`, { exact: true })
        .inputValue();
    ageNote = await form.getByTestId('age-source-note').innerText();
  });
  await importFile(app.page, file('youth-population.csv'), as('population'));
  await importFile(app.page, file('benchmark-rates.csv'), as('aggregates'));
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

test('suggests each arrests column as the field of its own name', () => {
  const own = Object.fromEntries(ARREST_FIELDS.slice(1).map((c) => [c, c]));
  assert.deepEqual(suggested, own);
  assert.match(ageNote, /exact age in “age” wins over the band/);
});

test('counts the juvenile arrests the fixture README works out by hand', () => {
  assert.deepEqual([juvenileIn(2022), juvenileIn(2023)], [60, 20]);
  assert.deepEqual([juvenileIn(2022, 8), juvenileIn(2023, 8)], [65, 21]);
});

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

test('keeps the benchmark comparison to the benchmark’s ages 10–17', async () => {
  // Runs after the lower age was set to 8: the state rate counts youth aged 10–17.
  const table = app.page.getByTestId('compstat-benchmark');
  await table.waitFor({ timeout: 60_000 });
  const shownArrests = await table
    .locator(`tr[data-year="${PRIOR}"] td`)
    .nth(1)
    .innerText();
  assert.equal(number(shownArrests), juvenileIn(PRIOR, 10));
  const note = await app.page.getByTestId('benchmark-ages').innerText();
  assert.match(note, /Both rates count ages 10–17/);
  assert.match(note, /The table above counts from age 8\./);
});

test('logs no console error and makes no outside request', () => {
  assert.deepEqual(app.outsideRequests, []);
  assert.deepEqual(app.consoleErrors, []);
});
