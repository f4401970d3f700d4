// web-test-runner: TypeScript tests under tests/ run in headless Chromium.
// The browser is $CHROME_PATH when set, else Debian's /usr/bin/chromium (or a Chrome on PATH).
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';

function findChrome() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  for (const path of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) {
    if (existsSync(path)) return path;
  }
  for (const name of ['chromium', 'google-chrome', 'chrome']) {
    try {
      return execFileSync('which', [name], { encoding: 'utf8' }).trim();
    } catch {
      // not on PATH; try the next name
    }
  }
  console.error(
    'No Chromium found: install one (Debian: sudo apt-get install -y chromium) or set CHROME_PATH to a Chrome binary.',
  );
  process.exit(1);
}

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
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
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
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
};
