// web-test-runner: TypeScript tests under tests/ run in headless Chromium.
// The browser is $CHROME_PATH when set, else Debian's /usr/bin/chromium (or a Chrome on PATH).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_ARGS, findChrome } from './scripts/chrome.mjs';

/**
 * `executeServerCommand('emulate-forced-colors', { active: true })` from a test: Windows High Contrast as
 * Chromium emulates it. @web/test-runner-commands' emulateMedia ignores `forcedColors` with the Chrome
 * launcher, so this asks Chromium through the DevTools protocol.
 */
const devToolsSessions = new WeakMap();
const forcedColorsCommand = {
  name: 'emulate-forced-colors',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-forced-colors') return undefined;
    const page = session.browser.getPage(session.id);
    // Puppeteer's emulateMediaFeatures refuses this feature name; the DevTools protocol takes it. The
    // emulation lasts as long as the protocol session, so one is kept per page.
    if (!devToolsSessions.has(page)) devToolsSessions.set(page, await page.target().createCDPSession());
    await devToolsSessions.get(page).send('Emulation.setEmulatedMedia', {
      features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
    });
    return true;
  },
};

/**
 * Vite's `import url from './x.worker.ts?worker&url'` (core/intl-warm-up.ts) for the source the tests
 * import: the URL of the worker's own source file, which the esbuild plugin serves as JavaScript like any
 * other module. The build emits the same file as workers/x-<hash>.js.
 */
const workerUrlPlugin = {
  name: 'vite-worker-url',
  serve(context) {
    if (context.querystring !== 'worker&url') return undefined;
    return { body: `export default new URL(${JSON.stringify(context.path)}, import.meta.url).href;`, type: 'js' };
  },
};

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  // One file at a time: Chromium gives animation frames only to the foreground tab, and fixture() waits
  // for one, so a second, background test page times out at random on a loaded machine.
  concurrency: 1,
  testsFinishTimeout: 240_000,
  coverage: true,
  // Lit announces dev mode in every test page; it is expected here (tests use Lit's development build).
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  coverageConfig: { include: ['src/**/*.ts'], report: true, reportDir: 'coverage' },
  testFramework: { config: { timeout: 10_000 } },
  // /without-locales/clinic-widgets.js is the built bundle at a folder with no locales/ beside it: a site
  // that copied only the script (tests/i18n/missing-pack.test.ts).
  middleware: [
    (context, next) => {
      if (context.url.startsWith('/without-locales/clinic-widgets.js')) {
        context.url = context.url.replace('/without-locales/', '/dist/');
      }
      return next();
    },
  ],
  plugins: [
    workerUrlPlugin,
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
    forcedColorsCommand,
  ],
  browsers: [
    chromeLauncher({
      // Chromium gives animation frames only to the foreground page, and fixture() waits for one: make
      // sure each test page is in front, even if an earlier test opened a window.
      createPage: async ({ browser }) => {
        const page = await browser.newPage();
        await page.bringToFront();
        return page;
      },
      launchOptions: {
        executablePath: findChrome(),
        args: ['--headless=new', ...CHROME_ARGS],
      },
    }),
  ],
};
