// Starts the built app and Debian's Chromium for a browser test, records every
// console error and every request that tries to leave the app's own origin.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serveStatic } from './static-server.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = path.join(ROOT, 'tests/fixtures');

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Opens the built app in a fresh Chromium profile; `close()` ends everything. */
export async function openApp({ timezoneId } = {}) {
  const server = await serveStatic(path.join(ROOT, 'dist'));
  const profile = mkdtempSync(path.join(os.tmpdir(), 'outcomestat-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    args: FLAGS,
    timezoneId,
    viewport: { width: 1280, height: 900 },
  });
  const consoleErrors = [];
  const outsideRequests = [];
  const own = new URL(server.url).origin;
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    // Another port on the same machine is another site too.
    if (url.protocol.startsWith('http') && url.origin !== own) {
      outsideRequests.push(url.href);
      return route.abort();
    }
    return route.continue();
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  await page.goto(server.url);
  await page.getByTestId('month-summary').waitFor({ timeout: 60_000 });

  return {
    page,
    consoleErrors,
    outsideRequests,
    async close() {
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Reads the monthly figures table as { 'YYYY-MM': { events, outcomes } }, as on screen. */
export async function readMonthlyFigures(page) {
  return page.getByTestId('monthly-figures').evaluate((table) => {
    // The figure as the screen shows it, without the word that replaces it in print.
    const screenText = (element) => {
      const copy = element.cloneNode(true);
      for (const word of copy.querySelectorAll('.print-only')) word.remove();
      return copy.textContent;
    };
    const figures = {};
    for (const row of table.querySelectorAll('tbody tr')) {
      const number = (field) =>
        Number(
          screenText(row.querySelector(`[data-field="${field}"]`)).replaceAll(',', ''),
        );
      figures[row.dataset.month.slice(0, 7)] = {
        events: number('events'),
        outcomes: number('outcomes'),
      };
    }
    return figures;
  });
}
