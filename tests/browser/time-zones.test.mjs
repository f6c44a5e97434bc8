import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { openApp, readMonthlyFigures } from './harness.mjs';
import { countByMonth, readRecords } from './independent-counts.mjs';

const SAMPLE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../sample-data',
);

// The agency's calendar decides the month: a browser ten hours behind or fourteen
// ahead of UTC shows the same months as the file.
for (const timezoneId of ['Pacific/Honolulu', 'Pacific/Kiritimati']) {
  test(`shows the sample's months as the file has them in ${timezoneId}`, async () => {
    const app = await openApp({ timezoneId });
    try {
      await app.page.getByText('Monthly figures').click();
      const expected = countByMonth(
        readRecords(path.join(SAMPLE, 'contacts.csv')),
        (record) => record.occurred_on.slice(0, 7),
        (record) => record.use_of_force === 'true',
      );
      assert.deepEqual(await readMonthlyFigures(app.page), expected);
      const zone = await app.page.evaluate(
        () => Intl.DateTimeFormat().resolvedOptions().timeZone,
      );
      assert.equal(zone, timezoneId);
      assert.deepEqual(app.consoleErrors, []);
    } finally {
      await app.close();
    }
  });
}
