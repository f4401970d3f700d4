// Story tests: every story of the static Storybook (storybook-static/, from `npm run build-storybook`)
// renders in headless Chromium, in a light and a dark page, with no console error, no page error and no
// axe-core violation. Docs pages must render without errors too (axe runs on stories, whose markup is ours).
//
//   node scripts/test-stories.mjs            all stories and docs pages
//   node scripts/test-stories.mjs picker     only entries whose id contains "picker"
//
// Chromium: $CHROME_PATH, else /usr/bin/chromium. Port: 127.0.0.1:8105 ($STORIES_PORT to change it).
// The last line is "N passed, N failed" (one test per story or docs page); the exit code is 1 on any failure.
/* global axe, requestAnimationFrame */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from './chrome.mjs';

const STATIC_DIR = resolve('storybook-static');
const PORT = Number(process.env.STORIES_PORT || 8105);
const HOST = '127.0.0.1';
const WORKERS = 2; // this project's machines have two cores
const SCHEMES = ['light', 'dark'];
const RENDER_TIMEOUT = 15_000;
const filter = process.argv[2] ?? '';

// Rules about a whole page (one main landmark, an h1, everything inside a landmark) do not apply to a
// widget shown alone; Storybook's a11y panel leaves out `region` for the same reason.
const PAGE_LEVEL_RULES = ['region', 'landmark-one-main', 'page-has-heading-one', 'bypass'];

if (!existsSync(join(STATIC_DIR, 'index.json'))) {
  console.error('storybook-static/index.json is missing: run `npm run build-storybook` first.');
  process.exit(1);
}
const index = JSON.parse(readFileSync(join(STATIC_DIR, 'index.json'), 'utf8'));
const entries = Object.values(index.entries).filter((entry) => entry.id.includes(filter));
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const executablePath = findChrome();

const server = await serve(STATIC_DIR);
const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: CHROME_ARGS,
});

const started = Date.now();
// Problems per entry id, over both schemes. Docs pages are checked once, in the light pass.
const problemsOf = new Map(entries.map((entry) => [entry.id, []]));
try {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, reducedMotion: 'reduce' });
  await context.addInitScript(watchStorybookChannel);
  // One pass per scheme. Within a pass each worker loads Storybook's preview once and then switches
  // stories in place (as Storybook's own UI does), which is several times faster than a reload per story.
  for (const scheme of SCHEMES) {
    const queue = entries.filter((entry) => scheme === SCHEMES[0] || entry.type !== 'docs');
    await Promise.all(
      Array.from({ length: Math.min(WORKERS, queue.length) }, async () => {
        const page = await context.newPage();
        const log = watchConsole(page);
        let loaded = false;
        for (let entry = queue.shift(); entry; entry = queue.shift()) {
          const problems = await check(page, log, entry, scheme, loaded);
          // A preview that stopped answering is reloaded for the next story.
          loaded = !problems.some(
            (problem) => problem.startsWith('did not render') || problem.startsWith('could not test'),
          );
          problemsOf.get(entry.id).push(...problems.map((problem) => `[${scheme}] ${problem}`));
        }
        await page.close();
      }),
    );
  }
} finally {
  await browser.close();
  server.close();
}

let passed = 0;
let failed = 0;
for (const entry of entries) {
  const problems = problemsOf.get(entry.id);
  if (problems.length === 0) passed++;
  else failed++;
  console.log(
    problems.length === 0
      ? `  ok    ${entry.id}`
      : `  FAIL  ${entry.id}\n${problems.map((p) => `        ${p}`).join('\n')}`,
  );
}
if (entries.length === 0) {
  console.log(`No stories${filter ? ` match "${filter}"` : ''} in storybook-static/index.json.`);
  failed++;
}
console.log(
  `Story tests: ${entries.length} entries (stories in light and dark, docs pages once) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);

/**
 * Shows one story (or docs page) in a scheme and returns what is wrong with it. The first story of a
 * page is loaded by URL (which also sets the scheme); later ones are switched to in place.
 */
async function check(page, log, entry, scheme, loaded) {
  const problems = [];
  log.reset(problems);
  const viewMode = entry.type === 'docs' ? 'docs' : 'story';
  try {
    let outcome;
    if (loaded) {
      outcome = await page.evaluate(
        ({ storyId, viewMode, timeout }) => window.__showStory(storyId, viewMode, timeout),
        { storyId: entry.id, viewMode, timeout: RENDER_TIMEOUT },
      );
    } else {
      // a11y.manual: the a11y addon's own automatic axe run would race ours on the same page.
      const url = `http://${HOST}:${PORT}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${viewMode}&globals=theme:${scheme};a11y.manual:!true`;
      await page.goto(url, { waitUntil: 'load' });
      outcome = await page.evaluate((timeout) => window.__storyOutcome(timeout), RENDER_TIMEOUT);
    }
    if (outcome !== 'rendered') {
      problems.push(outcome);
      return problems;
    }
    // Let the elements finish their first updates (Lit renders in microtasks, some widgets a frame later).
    await page.evaluate(
      async (rootSelector) => {
        const root = document.querySelector(rootSelector);
        const pending = [...(root?.querySelectorAll('*') ?? [])].map((el) => el.updateComplete).filter(Boolean);
        await Promise.all(pending);
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      },
      viewMode === 'docs' ? '#storybook-docs' : '#storybook-root',
    );
    if (viewMode === 'story') {
      // A tag that never upgrades renders nothing, and nothing passes every check: fail it instead.
      const undefinedTags = await page.evaluate(() => [
        ...new Set([...document.querySelectorAll('#storybook-root :not(:defined)')].map((el) => el.localName)),
      ]);
      for (const tag of undefinedTags) problems.push(`<${tag}> is not defined (its module was not loaded)`);
      // Nested tags and untranslated copy hide in shadow roots: walk them too. A string key on screen
      // ("booking.label") means an element's English strings were left out of the build.
      const shadowProblems = await page.evaluate(() => {
        const found = [];
        const walk = (root) => {
          for (const el of root.querySelectorAll('*')) {
            if (!el.shadowRoot) continue;
            for (const nested of el.shadowRoot.querySelectorAll(':not(:defined)'))
              found.push(`<${nested.localName}> inside <${el.localName}> is not defined`);
            const key = el.shadowRoot.textContent.match(/\b(booking|picker|stretch|symptom)\.[a-z][\w.-]*/i);
            if (key) found.push(`<${el.localName}> shows the string key "${key[0]}"`);
            walk(el.shadowRoot);
          }
        };
        walk(document.querySelector('#storybook-root') ?? document);
        return [...new Set(found)];
      });
      problems.push(...shadowProblems);
      const actual = await page.evaluate(() =>
        document.documentElement.style.getPropertyValue('--clinic-color-scheme'),
      );
      if (actual.trim() !== scheme) problems.push(`toolbar scheme "${scheme}" was not applied (got "${actual}")`);
      if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async (disabled) => {
        const rules = Object.fromEntries(disabled.map((id) => [id, { enabled: false }]));
        const result = await axe.run('#storybook-root', { rules, resultTypes: ['violations'], iframes: false });
        return result.violations.map(
          (v) =>
            `axe ${v.id} (${v.impact}): ${v.help}: ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
        );
      }, PAGE_LEVEL_RULES);
      problems.push(...violations);
    }
  } catch (error) {
    problems.push(`could not test: ${error.message.split('\n')[0]}`);
  } finally {
    // A round trip through the page, so console messages logged so far reach this story's list, not the next one's.
    await page.evaluate(() => new Promise((done) => setTimeout(done, 50))).catch(() => {});
  }
  return problems;
}

/** Records console errors and uncaught page errors into the current story's problem list. */
function watchConsole(page) {
  let sink = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.text().startsWith('Failed to load resource') ? ` (${message.location().url})` : '';
    // The message and the first frame of a stack are enough to find the story's mistake.
    sink.push(`console error: ${message.text().split('\n').slice(0, 2).join('\n          ')}${where}`);
  });
  page.on('pageerror', (error) => sink.push(`page error: ${error.message}`));
  return {
    reset(problems) {
      sink = problems;
    },
  };
}

/**
 * Runs in the page before Storybook: listens on its channel from the moment it exists, and exposes
 * `__storyOutcome(timeout)`, which resolves to "rendered" or to why the story did not render.
 */
function watchStorybookChannel() {
  let outcome;
  let notify = () => {};
  const settle = (value) => {
    if (outcome === undefined) outcome = value;
    notify();
  };
  const describe = (label) => (detail) =>
    settle(`${label}: ${detail?.description ?? detail?.message ?? detail?.title ?? JSON.stringify(detail ?? '')}`);
  let channel;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      value.on('storyRendered', () => settle('rendered'));
      value.on('docsRendered', () => settle('rendered'));
      value.on('storyMissing', describe('story missing'));
      value.on('storyErrored', describe('story errored'));
      value.on('storyThrewException', describe('story threw'));
      value.on('playFunctionThrewException', describe('play function threw'));
      value.on('unhandledErrorsWhilePlaying', describe('unhandled errors while playing'));
    },
  });
  // Switches the loaded preview to another story, as Storybook's manager does, and waits for its outcome.
  window.__showStory = (storyId, viewMode, timeout) => {
    outcome = undefined;
    const next = window.__storyOutcome(timeout);
    channel.emit('setCurrentStory', { storyId, viewMode });
    return next;
  };
  window.__storyOutcome = (timeout) =>
    new Promise((done) => {
      const timer = setTimeout(() => done(outcome ?? `did not render within ${timeout} ms`), timeout);
      notify = () => {
        clearTimeout(timer);
        done(outcome);
      };
      if (outcome !== undefined) notify();
    });
}

/** A static file server for storybook-static on 127.0.0.1 only. */
function serve(root) {
  const types = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.mjs': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.json': 'application/json; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.ico': 'image/x-icon',
    '.woff2': 'font/woff2',
    '.map': 'application/json; charset=utf-8',
  };
  const httpServer = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, `http://${HOST}`).pathname);
    if (path === '/favicon.ico') {
      // Chromium asks for it on every page; Storybook ships an SVG icon instead.
      response.writeHead(204).end();
      return;
    }
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'max-age=600',
    });
    response.end(readFileSync(file));
  });
  return new Promise((ready, fail) => {
    httpServer.once('error', (error) =>
      fail(new Error(`cannot serve storybook-static on ${HOST}:${PORT}: ${error.message} (set STORIES_PORT)`)),
    );
    httpServer.listen(PORT, HOST, () => ready(httpServer));
  });
}
