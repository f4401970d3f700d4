// Drives a consumer app in headless Chromium: node drive.mjs [--hydrated] <name>=<url>...
// For each page: the elements upgrade (their shadow roots render), React has hydrated them (--hydrated),
// clicking a length fires the page's `change` handler and clicking the button its `booking-open` handler (both
// log to the console, as the README's examples do), the popup opens inside the page, and nothing is logged
// as an error. Requests that leave 127.0.0.1 (the booking page in the popup's iframe) get a stub page.
// Prints "ok   …" / "FAIL …" lines for run.sh to count; every wait is bounded.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../../scripts/chrome.mjs';

const args = process.argv.slice(2);
const hydrated = args.includes('--hydrated');
const targets = args.filter((arg) => !arg.startsWith('--')).map((arg) => arg.split(/=(.*)/s, 2));
const BOOKING = 'https://cal.com/harbour-street-massage/massage';
/** The Spanish pack's picker label, read from its source (the apps get the pack from the packed package). */
const SPANISH_PICKER_LABEL = /'picker\.label': '([^']+)'/.exec(
  readFileSync(new URL('../../src/locales/es.ts', import.meta.url), 'utf8'),
)[1];
let failures = 0;
const ok = (name) => console.log(`ok   ${name}`);
const fail = (name, why) => {
  failures++;
  console.log(`FAIL ${name}${why ? `: ${String(why).split('\n')[0]}` : ''}`);
};
const check = async (name, fn) => {
  try {
    const note = await fn();
    ok(note ? `${name} (${note})` : name);
    return true;
  } catch (error) {
    fail(name, error?.message ?? error);
    return false;
  }
};

const guard = setTimeout(() => {
  fail('drive.mjs finished within 120 s');
  process.exit(1);
}, 120_000);

/* global fetch */
/** Waits until the server answers (next start takes a moment), at most 30 s. */
async function ready(url) {
  const until = Date.now() + 30_000;
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.ok) return response.text();
      throw new Error(`HTTP ${response.status}`);
    } catch (error) {
      if (Date.now() > until) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS, timeout: 30_000 });
try {
  for (const [name, url] of targets) {
    if (!(await check(`${name}: the server answers`, () => ready(url).then(() => '')))) continue;
    const context = await browser.newContext();
    await context.route('**/*', (route) =>
      new URL(route.request().url()).hostname === '127.0.0.1'
        ? route.continue()
        : route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Booking</title>' }),
    );
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const logs = [];
    const errors = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
      else if (message.type() === 'log') logs.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    /** Resolves with the console.log lines that match, once there is one (10 s at most). */
    const logged = async (match) => {
      await page.waitForFunction(() => true); // a round trip, so console events sent so far have arrived
      const until = Date.now() + 10_000;
      while (!logs.some(match)) {
        if (Date.now() > until) throw new Error(`nothing logged (logs: ${JSON.stringify(logs)})`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await new Promise((resolve) => setTimeout(resolve, 300)); // a second listener would log by now
      return logs.filter(match);
    };

    await check(`${name}: page loads`, () => page.goto(url, { waitUntil: 'load', timeout: 20_000 }).then(() => ''));
    const upgraded = await check(`${name}: the elements upgrade (shadow roots rendered)`, () =>
      page
        .waitForFunction(
          () =>
            ['clinic-provider', 'session-length-picker', 'booking-button'].every((tag) => {
              const element = document.querySelector(tag);
              // The provider draws nothing and has no shadow root; the widgets have theirs.
              const drawn = tag === 'clinic-provider' || element?.shadowRoot;
              return customElements.get(tag) && element instanceof customElements.get(tag) && drawn;
            }) &&
            document.querySelector('session-length-picker').shadowRoot.querySelector('input[value="90"]') &&
            document.querySelector('booking-button').shadowRoot.querySelector('.button'),
        )
        .then(() => ''),
    );
    if (hydrated) {
      await check(`${name}: React hydrated the elements`, () =>
        page
          .waitForFunction(() =>
            Object.keys(document.querySelector('session-length-picker')).some((key) => key.startsWith('__react')),
          )
          .then(() => ''),
      );
    }
    if (upgraded) {
      await check(`${name}: clicking a length fires the change handler once`, async () => {
        logs.length = 0;
        await page
          .locator('session-length-picker label')
          .filter({ has: page.locator('input[value="90"]') })
          .click();
        const lines = await logged((line) => line === '90');
        if (lines.length !== 1) throw new Error(`logged ${lines.length} times`);
        return 'logged 90';
      });
      await check(`${name}: clicking the button fires the booking-open handler once`, async () => {
        logs.length = 0;
        await page.locator('booking-button .button').click();
        const lines = await logged((line) => line.startsWith(BOOKING));
        if (lines.length !== 1) throw new Error(`logged ${lines.length} times`);
        return `logged ${lines[0]}`;
      });
      await check(`${name}: the popup opens in the page, no new window, Escape closes it`, async () => {
        await page.locator('booking-button dialog[open]').waitFor({ state: 'visible' });
        if (context.pages().length !== 1) throw new Error(`${context.pages().length} pages open`);
        await page.keyboard.press('Escape');
        await page.locator('booking-button dialog[open]').waitFor({ state: 'detached' });
      });
      await check(`${name}: <html lang="es"> loads the Spanish pack through the app's bundler`, async () => {
        await page.evaluate(() => (document.documentElement.lang = 'es'));
        await page.waitForFunction(
          (label) => document.querySelector('session-length-picker').shadowRoot.textContent.includes(label),
          SPANISH_PICKER_LABEL,
        );
        return SPANISH_PICKER_LABEL;
      });
    }
    await check(`${name}: nothing logged as an error`, async () => {
      if (errors.length) throw new Error(errors.join(' | '));
    });
    await context.close();
  }
} finally {
  clearTimeout(guard);
  await browser.close();
}
process.exit(failures ? 1 : 0);
