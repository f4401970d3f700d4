import workerUrl from './intl-warm-up.worker.ts?worker&url';

/**
 * The browser's ICU set-up, paid off the main thread (issue 17).
 *
 * A page's first Intl formatter makes Chromium set up its ICU locale data: 150 to 250 ms of main thread
 * at 4x CPU (a mid-range phone), in one call that cannot be split, and every widget formats a number, a
 * price or a time in its first render. The set-up is shared by every thread of the page's renderer, so a
 * worker that creates the same formatters first pays it on another core; the main thread's first
 * formatters then take a few milliseconds (measured: 184 to 272 ms cold, 1 to 27 ms after the worker).
 * First renders (core/first-render.ts) wait for the worker's answer, for at most `WAIT_MS`.
 *
 * Where the page does not allow the worker (the bundle served from another origin than the page, a
 * Content-Security-Policy without 'self' for scripts, Trusted Types without our `clinic-widgets` policy)
 * the wait ends at once and the main thread pays the set-up as it always did: slower, never broken.
 */
// The worker answers 260 to 480 ms after it starts at 4x CPU on the demo, now and then later: giving up
// sooner would hand the set-up back to the main thread, one task of 100 ms or more there.
const WAIT_MS = 1000;

/**
 * Off in the npm build (vite.npm.config.ts): an app's bundler decides where files go, and a dev server
 * that pre-bundles dependencies moves this module away from the worker file beside it. On in the
 * script-tag bundle, its dev server and the tests.
 */
declare const __CLINIC_WIDGETS_INTL_WORKER__: boolean | undefined;
const WORKER_ENABLED = typeof __CLINIC_WIDGETS_INTL_WORKER__ === 'boolean' ? __CLINIC_WIDGETS_INTL_WORKER__ : true;
const POLICY_NAME = 'clinic-widgets';

let warming: Promise<void> | undefined;
let warm = !WORKER_ENABLED;

/**
 * A promise that resolves once the worker has warmed ICU up, failed, or taken too long (it never
 * rejects); undefined once that has happened, so callers that run often need not wait a microtask.
 */
export function whenIntlWarm(): Promise<void> | undefined {
  if (warm) return undefined;
  return (warming ??= new Promise((resolve) => {
    let worker: Worker | undefined;
    const finish = () => {
      clearTimeout(timer);
      worker?.terminate();
      warm = true;
      resolve();
    };
    const timer = setTimeout(finish, WAIT_MS);
    try {
      const url = new URL(workerUrl, document.baseURI);
      // A worker must come from the page's own origin: from a CDN the constructor would only throw.
      // `self.origin` is the document's (an about:srcdoc frame's location has none).
      if (url.origin !== self.origin) return finish();
      worker = new Worker(trusted(url.href) as string, { type: 'module', name: 'clinic-widgets ICU warm-up' });
      worker.onmessage = finish;
      worker.onerror = finish;
      worker.postMessage({ locales: pageLocales(), timeZones: pageTimeZones() } satisfies WarmUpRequest);
    } catch {
      finish();
    }
  }));
}

/** What the worker is sent (core/intl-warm-up.worker.ts reads the same shape). */
export interface WarmUpRequest {
  locales: string[];
  timeZones: string[];
}

/** The languages the widgets will most likely format in: the page's and the visitor's. */
function pageLocales(): string[] {
  const tags = [document.documentElement.lang, ...navigator.languages.slice(0, 2), 'en-US'];
  return [...new Set(tags.filter(Boolean))];
}

/**
 * The clinics' time zones on the page (`timezone` on a provider or a widget), a few at most: the first
 * formatter in a named zone loads that zone's rules and names, 7 to 11 ms of the first booking button's
 * render at 4x CPU when it happens on the main thread (the demo page).
 */
function pageTimeZones(): string[] {
  const zones = [...document.querySelectorAll('[timezone]')].map((element) => element.getAttribute('timezone')!.trim());
  return [...new Set(zones.filter(Boolean))].slice(0, 3);
}

type ScriptUrlPolicy = { createScriptURL(url: string): unknown };
type TrustedTypesLike = {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): ScriptUrlPolicy;
};
let policy: ScriptUrlPolicy | undefined;

/**
 * The worker's URL as a TrustedScriptURL where the browser has Trusted Types (a page that enforces them
 * must allow the `clinic-widgets` policy, as the README's policy does). The policy vouches for this one
 * URL only.
 */
function trusted(url: string): unknown {
  const trustedTypes = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!trustedTypes) return url;
  policy ??= trustedTypes.createPolicy(POLICY_NAME, {
    createScriptURL: (value) => {
      if (value !== url) throw new TypeError(`${POLICY_NAME} only vouches for its own worker, not ${value}`);
      return value;
    },
  });
  return policy.createScriptURL(url);
}
