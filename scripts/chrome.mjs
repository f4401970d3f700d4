// The Chromium both test runners use: $CHROME_PATH when set, else Debian's /usr/bin/chromium (or a
// Chrome on PATH). Exits with one line saying how to get one when there is none.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

export function findChrome() {
  if (process.env.CHROME_PATH) {
    if (existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
    console.error(`CHROME_PATH=${process.env.CHROME_PATH} does not exist.`);
    process.exit(1);
  }
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

/** Headless flags for a root user on a machine with no network but the package registries. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
