/**
 * Re-runs the date suites in a far-west (UTC−10) and a far-east (UTC+14) zone, as
 * tests/unit/pin-time-zone.ts allows through OUTCOMESTAT_TZ: a date must land on the
 * day it names whatever zone the browser is in.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SUITES = ['src/ingest/date-formats.test.ts', 'src/ingest/bad-inputs-dates.test.ts'];
// Only the date cases of the bad inputs, and every date-format test, to stay quick.
const DATE_CASES = '(0[347]|1[02]|2[79])-|date|offset|Format|time zone';

/** Runs the date suites with the zone pinned; resolves to the exit code and output. */
function runInZone(zone: string): Promise<{ code: number | null; output: string }> {
  const vitest = path.join(ROOT, 'node_modules', '.bin', 'vitest');
  const child = spawn(vitest, ['run', ...SUITES, '-t', DATE_CASES], {
    cwd: ROOT,
    env: { ...process.env, OUTCOMESTAT_TZ: zone, TZ: zone },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, output })));
}

// Inside a re-run the zone is already pinned; re-running again would never end.
describe.skipIf(process.env.OUTCOMESTAT_TZ !== undefined)(
  'date suites in other zones',
  () => {
    it.concurrent.each(['Pacific/Honolulu', 'Pacific/Kiritimati'])(
      'pass in %s',
      async (zone) => {
        const { code, output } = await runInZone(zone);
        expect(code, output.slice(-4000)).toBe(0);
      },
      180_000,
    );
  },
);
