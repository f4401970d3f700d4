// npm run bench: how much main-thread work the widgets cost a visitor, measured in headless Chromium,
// driven over the bare DevTools protocol (scripts/cdp.mjs says why not Playwright).
// Not a test: nothing here passes or fails. Run it before and after a change and compare the medians.
//
//   node scripts/bench.mjs                    build the bundle into a scratch folder, then measure
//   node scripts/bench.mjs --runs 9           more runs per page (default 5; the median is printed)
//   node scripts/bench.mjs --pages demo,cards only some pages (demo, demo-bare, like-ours, like-shoelace, cards)
//   node scripts/bench.mjs --rates 4          only some CPU throttling rates (default 4,1)
//   node scripts/bench.mjs --dist dist        measure an existing build instead of building one
//   node scripts/bench.mjs --against old/dist also measure another build (an earlier commit's dist/),
//                                             interleaved with this one; its rows end in [against]
//   node scripts/bench.mjs --verbose          also print every run
//   node scripts/bench.mjs --tasks            also print every long task and its largest pieces
//   node scripts/bench.mjs --trace t.json     keep the last run's Chromium trace (open it in DevTools)
//
// Pages (served from the repository by a small static server; the bundle is the minified build):
// - demo: index.html, the demo clinic page with every widget, with its source script and stylesheet
//   swapped for the built ones;
// - demo-bare: the same page without the widgets' script (the tags stay, undefined, in their reserved
//   space): what the page costs on its own, its HTML parsing and first layout above all;
// - like-ours / like-shoelace: bench/like-*.html, the same small UI (two session lengths, a Book button, a
//   modal dialog) from clinic-widgets and from Shoelace 2.20 (a devDependency only for this comparison);
// - cards: 100 stretch cards under one provider (per-widget cost must stay flat).
//
// Runs are interleaved (run 1 of every page and rate, then run 2…) so a machine that slows down mid-way
// skews every page alike; with --against, the two builds swap places every other run, so neither is
// always the one loaded second. Two copies of one build have differed by 73 ms in ready time at 4x over
// 9 runs and by 65 over 10, but by 13 over 30: compare ready times over 30 runs. Each run is a fresh
// browser context. 4x CPU throttling stands for a mid-range phone and uses a phone-sized viewport; 1x
// uses a desktop one.
//
// Figures, per page and rate (median of the runs):
// - FCP: the page's first contentful paint (its own text, or a widget), ms from navigation start;
// - ready: ms from navigation start until every custom element on the page has finished its updates
//   (Lit's `updateComplete`, which Shoelace's elements have too);
// - longest task, long tasks (> 50 ms) and total blocking time (the sum of each task's time over 50 ms),
//   from the renderer's main-thread tasks in a Chromium trace: "page longest" and "page TBT" from
//   navigation start to ready (the page's own HTML parsing and first layout included), the others from
//   module start (the page's first module script compiling) to ready, the window issue 17 sets;
// - "own longest" and "own >50": the tasks from the page's first custom element definition to ready,
//   the widgets' own work (upgrades, first renders and the layout of what they drew). Before it, after
//   module start, come the end of the page's parsing and its first layout, which the browser runs in the
//   task that evaluates the module (the bundle yields as soon as it has evaluated; "eval ms" is the
//   longest module evaluation): demo-bare shows what those cost without the widgets;
// - CLS: layout shifts (not after input) until 500 ms after ready;
// - script: Chromium's ScriptDuration (JavaScript execution on the page) until then, in total and per
//   custom element on the page; nodes: DOM nodes, shadow roots included.
// Then the like-for-like script comparison, and issue 17's targets read off the medians, each met or not
// (a long task before the widgets' first definition is named as the page's own).
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync, mkdirSync, copyFileSync, writeFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { build } from 'vite';
import { launchChromium, readStream } from './cdp.mjs';
import { CHROME_ARGS, findChrome } from './chrome.mjs';

const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const index = argv.indexOf(`--${name}`);
  return index === -1 ? fallback : argv[index + 1];
};
const RUNS = Number(option('runs', 5));
const PAGES = option('pages', 'demo,demo-bare,like-ours,like-shoelace,cards').split(',');
const RATES = option('rates', '4,1').split(',').map(Number);
const VERBOSE = argv.includes('--verbose');
const TASKS = argv.includes('--tasks');
const TRACE = option('trace');
const CARDS = 100;
const root = resolve(import.meta.dirname, '..');

// The bundle: built into a scratch folder, so a bench never empties dist/ under another command.
let dist = option('dist');
if (dist) {
  dist = resolve(dist);
} else {
  dist = join(root, 'node_modules/.cache/bench/dist');
  mkdirSync(dist, { recursive: true });
  await build({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: dist, emptyOutDir: true, sourcemap: false },
  });
  // Builds that do not ship the reserve-space stylesheet yet still get it when the source has one.
  const css = join(root, 'src/clinic-widgets.css');
  if (existsSync(css) && !existsSync(join(dist, 'clinic-widgets.css'))) {
    copyFileSync(css, join(dist, 'clinic-widgets.css'));
  }
}

const STRETCHES = ['hamstring', 'hip-flexor', 'figure-four'];
function cardsPage() {
  const cards = Array.from(
    { length: CARDS },
    (_, i) => `        <stretch-card stretch="${STRETCHES[i % STRETCHES.length]}"></stretch-card>`,
  ).join('\n');
  return `<!doctype html>
<html lang="en-US">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>${CARDS} stretch cards</title>
    <link rel="stylesheet" href="/dist/clinic-widgets.css" />
    <script type="module" src="/dist/clinic-widgets.js"></script>
    <style>
      body { font-family: system-ui, sans-serif; margin: 1rem; }
      .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 1rem; }
    </style>
  </head>
  <body>
    <clinic-provider timezone="America/Anchorage" sessions="60:95, 90:135" currency="USD">
      <div class="grid">
${cards}
      </div>
    </clinic-provider>
  </body>
</html>`;
}

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

function send(response, status, type, body) {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  response.end(body);
}

const against = option('against') && resolve(option('against'));

const servers = [];
/** A static server for the repository with one build of the bundle at /dist/; resolves with its origin. */
async function serve(dist) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    if (path === '/' || path === '/index.html' || path === '/bench/demo-bare.html') {
      // The demo page as it is in the repository, with the built bundle instead of the dev server's source,
      // or with no bundle at all (demo-bare).
      const bundle =
        path === '/bench/demo-bare.html' ? '' : '<script type="module" src="/dist/clinic-widgets.js"></script>';
      const source = readFileSync(join(root, 'index.html'), 'utf8');
      const script = '<script type="module" src="/src/bundle.ts"></script>';
      // A demo page that loads the widgets otherwise would be measured with no widgets, or wait for ever.
      if (!source.includes(script)) throw new Error(`index.html no longer has ${script}: update scripts/bench.mjs`);
      const html = source.replace(script, bundle).replace('/src/clinic-widgets.css', '/dist/clinic-widgets.css');
      return send(response, 200, TYPES['.html'], html);
    }
    if (path === '/bench/cards.html') return send(response, 200, TYPES['.html'], cardsPage());
    const file = path.startsWith('/dist/') ? join(dist, path.slice(6)) : join(root, normalize(path));
    if (!file.startsWith(root) && !file.startsWith(dist)) return send(response, 403, 'text/plain', 'no');
    if (!existsSync(file) || !statSync(file).isFile()) return send(response, 404, 'text/plain', 'not found');
    send(response, 200, TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  servers.push(server);
  return `http://127.0.0.1:${server.address().port}`;
}
// The builds measured: this one, and the one it is compared with. The pages without our bundle (demo-bare,
// like-shoelace) are the same for both, so they are measured once.
const bundles = [{ label: '', origin: await serve(dist) }];
if (against) bundles.push({ label: ' [against]', origin: await serve(against) });
const WITH_OUR_BUNDLE = new Set(['demo', 'like-ours', 'cards']);

const URLS = {
  demo: '/index.html',
  'demo-bare': '/bench/demo-bare.html',
  'like-ours': '/bench/like-ours.html',
  'like-shoelace': '/bench/like-shoelace.html',
  cards: '/bench/cards.html',
};
const VIEWPORTS = { phone: { width: 412, height: 915 }, desktop: { width: 1280, height: 800 } };

// Runs in the page before any of its scripts. It does as little as it can: one layout-shift observer,
// and once the document is parsed, one await per custom element.
const PROBE = `(() => {
  if (window !== window.top) return;
  let cls = 0;
  // Marks the page's first custom element definition: the widgets' own tasks start there.
  const define = customElements.define;
  customElements.define = function (...args) {
    customElements.define = define;
    performance.mark('bench-first-define');
    return define.apply(this, args);
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  const countNodes = (root) => {
    let count = 0;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
    for (let node = walker.currentNode; node; node = walker.nextNode()) {
      count++;
      if (node.shadowRoot) count += countNodes(node.shadowRoot);
    }
    return count;
  };
  window.__bench = new Promise((resolve) => {
    document.addEventListener('DOMContentLoaded', async () => {
      const elements = [...document.querySelectorAll('*')].filter((el) => el.localName.includes('-'));
      // The page without the widgets' script is ready once parsed: nothing will define its tags.
      const bare = location.pathname.endsWith('/demo-bare.html');
      await Promise.all(
        (bare ? [] : elements).map(async (el) => {
          await customElements.whenDefined(el.localName);
          if ('updateComplete' in el) while (!(await el.updateComplete));
        }),
      );
      const ready = performance.now();
      performance.mark('bench-ready');
      await new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame)));
      await new Promise((wait) => setTimeout(wait, 500));
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      resolve({ ready, paint: paint?.startTime ?? NaN, cls, elements: elements.length, nodes: countNodes(document) });
    });
  });
})();`;

const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'toplevel',
];

/**
 * Main-thread tasks of the page's renderer from its navigation start to the ready mark: each task's
 * duration in ms, whether it ends after the page's first module script starts compiling (the issue's
 * window, "from module start to every widget rendered") and whether it ends after the page's first custom
 * element definition (the widgets' own work); with the longest module evaluation in that time.
 */
function tasksOf(trace, url) {
  const events = JSON.parse(trace.toString()).traceEvents;
  const start = events.find(
    (event) =>
      event.name === 'navigationStart' &&
      event.args?.data?.isLoadingMainFrame &&
      event.args.data.documentLoaderURL === url,
  );
  const ready = events.find(
    (event) => event.name === 'bench-ready' && event.args?.data?.navigationId === start.args.data.navigationId,
  );
  const onMainThread = (event) => event.ph === 'X' && event.pid === start.pid && event.tid === start.tid;
  const moduleStart =
    events.find((event) => event.name === 'v8.compileModule' && onMainThread(event) && event.ts > start.ts)?.ts ??
    start.ts;
  const firstDefine = events.find(
    (event) => event.name === 'bench-first-define' && event.args?.data?.navigationId === start.args.data.navigationId,
  );
  const inWindow = (event) => onMainThread(event) && event.ts + event.dur > start.ts && event.ts < ready.ts;
  const evaluation = Math.max(
    0,
    ...events.filter((event) => event.name === 'v8.evaluateModule' && inWindow(event)).map((event) => event.dur / 1000),
  );
  const tasks = events
    .filter((event) => event.name === 'RunTask' && inWindow(event))
    .map((event) => {
      const task = {
        duration: event.dur / 1000,
        afterModule: event.ts + event.dur > moduleStart,
        own: Boolean(firstDefine && event.ts + event.dur > firstDefine.ts),
      };
      if (TASKS && task.duration > 50) {
        const at = ((event.ts - start.ts) / 1000).toFixed(0);
        const what = task.afterModule ? (task.own ? '' : ' (before the first definition)') : ' (before the module)';
        console.log(`  task ${task.duration.toFixed(0)} ms at ${at} ms${what}: ${breakdown(events, event)}`);
      }
      return task;
    });
  return { tasks, evaluation };
}

/** The largest pieces inside one task, for --tasks: what to look at first. */
function breakdown(events, task) {
  return events
    .filter(
      (event) =>
        event.ph === 'X' &&
        event.tid === task.tid &&
        event.pid === task.pid &&
        event !== task &&
        event.ts >= task.ts &&
        event.ts + event.dur <= task.ts + task.dur &&
        event.dur > 3000,
    )
    .sort((a, b) => b.dur - a.dur)
    .slice(0, 8)
    .map((event) => {
      const data = event.args?.data ?? {};
      const where = [data.url?.split('/').pop(), data.functionName].filter(Boolean).join(' ');
      return `${event.name}${where ? ` (${where})` : ''} ${(event.dur / 1000).toFixed(0)}`;
    })
    .join(', ');
}

const longTaskFigures = (durations) => ({
  longest: Math.max(0, ...durations),
  longTasks: durations.filter((duration) => duration > 50).length,
  tbt: durations.reduce((sum, duration) => sum + Math.max(0, duration - 50), 0),
});

/**
 * One load of `page` at `rate`x CPU in a fresh browser context, traced. Over the bare protocol
 * (scripts/cdp.mjs), so that no automation library holds the page's workers at their start.
 */
async function measure(cdp, page, rate, origin) {
  const { width, height } = rate > 1 ? VIEWPORTS.phone : VIEWPORTS.desktop;
  const { browserContextId } = await cdp.send('Target.createBrowserContext');
  const { targetId } = await cdp.send('Target.createTarget', { url: 'about:blank', browserContextId });
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: true });
  const tab = (method, params) => cdp.send(method, params, sessionId);
  const errors = [];
  const stopListening = cdp.on(({ method, params, sessionId: from }) => {
    if (from !== sessionId) return;
    if (method === 'Runtime.exceptionThrown') {
      const { exception, text } = params.exceptionDetails;
      errors.push(exception?.description ?? text);
    } else if (method === 'Runtime.consoleAPICalled' && params.type === 'error') {
      errors.push(params.args.map((arg) => arg.value ?? arg.description ?? '').join(' '));
    } else if (method === 'Log.entryAdded' && params.entry.level === 'error') {
      // A build from before dist/clinic-widgets.css existed (--against an old commit) loads its pages without it.
      if (!params.entry.url?.endsWith('/dist/clinic-widgets.css')) errors.push(params.entry.text);
    }
  });
  await Promise.all([
    tab('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 1, mobile: false }),
    tab('Emulation.setCPUThrottlingRate', { rate }),
    tab('Performance.enable'),
    tab('Page.enable'),
    tab('Runtime.enable'),
    tab('Log.enable'),
    tab('Page.addScriptToEvaluateOnNewDocument', { source: PROBE }),
  ]);
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: TRACE_CATEGORIES },
    transferMode: 'ReturnAsStream',
  });
  const loaded = cdp.waitFor((message) => message.method === 'Page.loadEventFired' && message.sessionId === sessionId);
  await tab('Page.navigate', { url: origin + URLS[page] });
  await loaded;
  const evaluated = await tab('Runtime.evaluate', {
    expression: 'window.__bench',
    awaitPromise: true,
    returnByValue: true,
  });
  if (evaluated.exceptionDetails) throw new Error(`${page}: the probe failed: ${evaluated.exceptionDetails.text}`);
  const probe = evaluated.result.value;
  const { metrics } = await tab('Performance.getMetrics');
  const tracingComplete = cdp.waitFor((message) => message.method === 'Tracing.tracingComplete');
  await cdp.send('Tracing.end');
  const trace = await readStream(cdp, (await tracingComplete).params.stream);
  if (TRACE) writeFileSync(TRACE, trace);
  stopListening();
  await cdp.send('Target.disposeBrowserContext', { browserContextId });
  const { tasks, evaluation } = tasksOf(trace, origin + URLS[page]);
  const pageTasks = longTaskFigures(tasks.map((task) => task.duration));
  const widgets = longTaskFigures(tasks.filter((task) => task.afterModule).map((task) => task.duration));
  const own = longTaskFigures(tasks.filter((task) => task.own).map((task) => task.duration));
  const script = metrics.find((metric) => metric.name === 'ScriptDuration').value * 1000;
  return {
    paint: probe.paint,
    ready: probe.ready,
    pageLongest: pageTasks.longest,
    pageTbt: pageTasks.tbt,
    ...widgets,
    evaluation,
    ownLongest: own.longest,
    ownLongTasks: own.longTasks,
    cls: probe.cls,
    script,
    perElement: script / probe.elements,
    elements: probe.elements,
    nodes: probe.nodes,
    errors,
  };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const cdp = await launchChromium(findChrome(), ['--headless=new', ...CHROME_ARGS]);
const { version } = cdp;
const results = new Map();
try {
  for (let run = 1; run <= RUNS; run++) {
    for (const rate of RATES) {
      for (const page of PAGES) {
        for (const { label, origin } of run % 2 ? bundles : [...bundles].reverse()) {
          if (label && !WITH_OUR_BUNDLE.has(page)) continue;
          const result = await measure(cdp, page, rate, origin);
          const key = `${rate}x ${page}${label}`;
          results.set(key, [...(results.get(key) ?? []), result]);
          if (result.errors.length) console.warn(`${key}, run ${run}: ${result.errors.join(' | ')}`);
          if (VERBOSE) {
            console.log(
              `${key.padEnd(24)} run ${run}: FCP ${result.paint.toFixed(0)} ms, ready ${result.ready.toFixed(0)} ms, ` +
                `longest ${result.longest.toFixed(0)} ms, own longest ${result.ownLongest.toFixed(0)} ms, ` +
                `TBT ${result.tbt.toFixed(0)} ms, CLS ${result.cls.toFixed(3)}, script ${result.script.toFixed(1)} ms`,
            );
          }
        }
      }
    }
  }
} finally {
  await cdp.close();
  for (const server of servers) server.close();
}

const columns = [
  ['FCP ms', (r) => r.paint.toFixed(0)],
  ['ready ms', (r) => r.ready.toFixed(0)],
  ['page longest', (r) => r.pageLongest.toFixed(0)],
  ['page TBT', (r) => r.pageTbt.toFixed(0)],
  ['longest ms', (r) => r.longest.toFixed(0)],
  ['tasks>50', (r) => r.longTasks.toFixed(0)],
  ['TBT ms', (r) => r.tbt.toFixed(0)],
  ['own longest', (r) => r.ownLongest.toFixed(0)],
  ['own >50', (r) => r.ownLongTasks.toFixed(0)],
  ['eval ms', (r) => r.evaluation.toFixed(0)],
  ['CLS', (r) => r.cls.toFixed(3)],
  ['script ms', (r) => r.script.toFixed(1)],
  ['script/el ms', (r) => r.perElement.toFixed(2)],
  ['elements', (r) => r.elements.toFixed(0)],
  ['nodes', (r) => r.nodes.toFixed(0)],
];
const fields = [
  'paint',
  'ready',
  'pageLongest',
  'pageTbt',
  'longest',
  'longTasks',
  'tbt',
  'ownLongest',
  'ownLongTasks',
  'evaluation',
  'cls',
  'script',
  'perElement',
  'elements',
  'nodes',
];
console.log(
  `\nMedian of ${RUNS} runs (4x: CPU throttled 4x, ${VIEWPORTS.phone.width}x${VIEWPORTS.phone.height}; ` +
    `1x: ${VIEWPORTS.desktop.width}x${VIEWPORTS.desktop.height}). Chromium ${version}\n`,
);
console.log(['page'.padEnd(24), ...columns.map(([name]) => name.padStart(14))].join(''));
const medians = new Map();
for (const [key, runs] of results) {
  const row = Object.fromEntries(fields.map((field) => [field, median(runs.map((run) => run[field]))]));
  medians.set(key, row);
  console.log([key.padEnd(24), ...columns.map(([, format]) => format(row).padStart(14))].join(''));
}
// The issue's comparison: main-thread script for the same UI, ours against Shoelace's.
for (const rate of RATES) {
  for (const { label } of bundles) {
    const ours = medians.get(`${rate}x like-ours${label}`);
    const theirs = medians.get(`${rate}x like-shoelace`);
    if (ours && theirs) {
      console.log(
        `\n${rate}x like-for-like script: clinic-widgets${label} ${ours.script.toFixed(1)} ms, Shoelace ${theirs.script.toFixed(1)} ms ` +
          `(${((ours.script / theirs.script) * 100).toFixed(0)} %)`,
      );
    }
  }
}

// Issue 17's targets, read off the medians above, so that a run says where it stands. Tasks after module
// start but before the first definition are the page's own (the end of its parsing, its first layout):
// demo-bare shows them with no widget script at all.
const demo = medians.get('4x demo');
if (demo) {
  const bare = medians.get('4x demo-bare');
  const pageOnly = demo.longTasks - demo.ownLongTasks;
  const status = (met) => (met ? 'met' : 'NOT met');
  const bareNote = bare
    ? ` (demo-bare, the page with no widget script: ${bare.longTasks}, longest ${bare.longest.toFixed(0)} ms)`
    : '';
  const lines = [
    `4x demo, no task over 50 ms from module start: ${status(demo.longTasks === 0)}, ${demo.longTasks} such task(s): ` +
      `${pageOnly} before the widgets' first definition, the page's own parsing and first layout${bareNote}; ` +
      `${demo.ownLongTasks} from the first definition on, the widgets' (longest ${demo.ownLongest.toFixed(0)} ms)`,
    `4x demo, total blocking time under 100 ms from module start: ${demo.tbt.toFixed(0)} ms: ${status(demo.tbt < 100)}`,
    `4x demo, ready about 1 s or sooner: ${demo.ready.toFixed(0)} ms: ${status(demo.ready <= 1000)}`,
  ];
  // The issue's "no later than today's median", where --against is the build from before the issue.
  const before = medians.get('4x demo [against]');
  if (before) {
    lines.push(
      `4x demo, ready no later than the --against build's: ${demo.ready.toFixed(0)} against ${before.ready.toFixed(0)} ms: ` +
        status(demo.ready <= before.ready),
    );
  }
  for (const rate of RATES) {
    const ours = medians.get(`${rate}x like-ours`);
    const theirs = medians.get(`${rate}x like-shoelace`);
    if (ours && theirs) {
      lines.push(
        `${rate}x like-for-like script no more than Shoelace's: ${((ours.script / theirs.script) * 100).toFixed(0)} %: ` +
          status(ours.script <= theirs.script),
      );
    }
  }
  const shifts = [...medians].filter(([key]) => !/shoelace|bare|\[against\]/.test(key));
  const worst = Math.max(...shifts.map(([, row]) => row.cls));
  lines.push(
    `no layout shift with the README's stylesheet (our pages): worst CLS ${worst.toFixed(3)}: ${status(worst === 0)}`,
  );
  const cards = medians.get('1x cards');
  if (cards) {
    lines.push(
      `1x cards, no task over 50 ms from module start: longest ${cards.longest.toFixed(0)} ms: ${status(cards.longTasks === 0)}`,
    );
  }
  console.log(`\nIssue 17's targets, on these medians:\n${lines.map((line) => `- ${line}`).join('\n')}`);
}
