import { captureWarnings } from './warnings.ts';

/** What a run did to the host page's console and error handlers. */
export interface PageProblems {
  /** console.warn messages (the library's documented warnings). */
  warnings: string[];
  /** console.error messages (containment logs one when a widget fails). */
  errors: string[];
  /** Uncaught errors and unhandled rejections: never acceptable on a host page. */
  uncaught: string[];
}

/**
 * Runs `run` and records its warnings, console errors, uncaught errors and unhandled rejections, waiting a
 * task at the end so a rejected promise is reported. The one helper every "never break the host page" test
 * uses.
 */
export async function observePage(run: () => unknown | Promise<unknown>): Promise<PageProblems> {
  const errors: string[] = [];
  const uncaught: string[] = [];
  const original = console.error;
  const onError = (event: ErrorEvent) => uncaught.push(`uncaught: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(`unhandled rejection: ${String(event.reason)}`);
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    const warnings = await captureWarnings(async () => {
      await run();
      await new Promise((resolve) => setTimeout(resolve));
    });
    return { warnings, errors, uncaught };
  } finally {
    console.error = original;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
}
