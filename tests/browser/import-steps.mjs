// Steps an analyst takes on the Import tab, shared by the browser tests.
import path from 'node:path';
import { readMonthlyFigures } from './harness.mjs';
import { withoutEmptyMonths } from './independent-counts.mjs';

/**
 * Drops a file, lets `adjust(form)` change the suggested mapping, imports it and
 * returns the report region once the import has finished.
 */
export async function importFile(page, file, adjust = async () => {}) {
  const name = typeof file === 'string' ? path.basename(file) : file.name;
  await page.getByRole('tab', { name: 'Import' }).click();
  await page.getByTestId('file-input').setInputFiles(file);
  const form = page.getByRole('form', { name: `Map ${name}` });
  await form.waitFor();
  await adjust(form);
  await form.getByRole('button', { name: 'Import', exact: true }).click();
  const report = page.getByRole('region', { name: `Import report for ${name}` });
  await report.waitFor({ timeout: 120_000 });
  return report;
}

/** Sets the field a column maps to on the mapping screen. */
export async function mapColumn(form, column, field) {
  await form.getByLabel(`Field for ${column}`, { exact: true }).selectOption(field);
}

/** The fixed value the mapping screen holds for a field, and the note on why. */
export async function suggestedConstant(form, field) {
  const entry = form.locator(`li[data-constant="${field}"]`);
  if (!(await entry.isVisible())) {
    await form.getByText(/Values the file does not hold/).click();
  }
  const value = await entry.locator('code').textContent();
  const note = await entry.getByTestId('constant-note').textContent();
  return { value, note };
}

/** Opens the month review of a source picked by its label. */
export async function reviewSource(page, label) {
  await page.locator('select[name="source"]').selectOption({ label });
  await page.getByRole('tab', { name: 'Month review' }).click();
  await page.getByRole('heading', { level: 2, name: label }).waitFor({ timeout: 60_000 });
  await page.getByTestId('monthly-figures').waitFor({ state: 'attached' });
}

/** The month review's monthly table, months without events left out. */
export async function shownMonths(page) {
  await page.getByText('Computing monthly figures…').waitFor({ state: 'detached' });
  if (!(await page.getByTestId('monthly-figures').isVisible())) {
    await page.getByText('Monthly figures').click();
  }
  return withoutEmptyMonths(await readMonthlyFigures(page));
}

/** Runs read-only SQL on the Records tab and returns its rows as arrays of text. */
export async function runQuery(page, text) {
  await page.getByRole('tab', { name: 'Records' }).click();
  await page.getByLabel('SQL query').fill(text);
  await page.getByRole('button', { name: 'Run query' }).click();
  const table = page.getByTestId('query-result');
  await page
    .getByRole('status')
    .filter({ hasText: / rows in / })
    .waitFor();
  return table.evaluate((element) =>
    [...element.querySelectorAll('tbody tr')].map((row) =>
      [...row.children].map((cell) => cell.textContent),
    ),
  );
}
