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
const workspace = JSON.parse(readFileSync(path.join(SAMPLE, 'workspace.json'), 'utf8'));
const pilot = workspace.programs.find((p) => p.name === 'Co-Responder Pilot');
// Launch 2024-07-01 with data to 2025-12-31: twelve whole months each side.
const BEFORE = ['2023-07-01', '2024-06-30'];
const AFTER = ['2024-07-01', '2025-06-30'];

function counts(areas, [from, to]) {
  const chosen = contacts.filter(
    (r) =>
      r.program === pilot.name &&
      areas.includes(r.area) &&
      r.occurred_on >= from &&
      r.occurred_on <= to,
  );
  return {
    numerator: chosen.filter((r) => r.assessment === 'true').length,
    denominator: chosen.length,
  };
}

let app;
before(async () => {
  app = await openApp();
  await app.page.getByRole('tab', { name: 'Pilot results' }).click();
  await app.page.getByTestId('pilot-table').waitFor({ timeout: 60_000 });
});
after(async () => {
  await app?.close();
});

async function shown(testId) {
  const cell = app.page.getByTestId(testId);
  const read = async (name) =>
    Number(
      (await cell.locator(`[data-field="${name}"]`).innerText()).replaceAll(',', ''),
    );
  return { numerator: await read('numerator'), denominator: await read('denominator') };
}

test('uses twelve months either side of the launch date', async () => {
  const header = await app.page.getByTestId('pilot-table').locator('thead').innerText();
  assert.match(header, new RegExp(`${BEFORE[0]} – ${BEFORE[1]}`));
  assert.match(header, new RegExp(`${AFTER[0]} – ${AFTER[1]}`));
});

test('shows assessments of contacts before and after launch in pilot and comparison areas', async () => {
  assert.deepEqual(await shown('pilot-before'), counts(pilot.pilotAreas, BEFORE));
  assert.deepEqual(await shown('pilot-after'), counts(pilot.pilotAreas, AFTER));
  assert.deepEqual(
    await shown('comparison-before'),
    counts(pilot.comparisonAreas, BEFORE),
  );
  assert.deepEqual(await shown('comparison-after'), counts(pilot.comparisonAreas, AFTER));
});

test('gives the difference in changes in points, from the same counts', async () => {
  const share = ({ numerator, denominator }) => (numerator / denominator) * 100;
  const expected =
    share(counts(pilot.pilotAreas, AFTER)) -
    share(counts(pilot.pilotAreas, BEFORE)) -
    (share(counts(pilot.comparisonAreas, AFTER)) -
      share(counts(pilot.comparisonAreas, BEFORE)));
  const text = await app.page.getByTestId('pilot-did').innerText();
  const estimate = Number(text.match(/([+-−]?\d+\.\d) pts/)[1].replace('−', '-'));
  assert.ok(Math.abs(estimate - expected) < 0.051, `${estimate} vs ${expected}`);
  assert.match(
    await app.page.getByTestId('pilot-statement').innerText(),
    /parallel trends/,
  );
});

test('logs no console error and makes no outside request', () => {
  assert.deepEqual(app.outsideRequests, []);
  assert.deepEqual(app.consoleErrors, []);
});
