/**
 * Yielding to the page between pieces of work. Its own module, with no imports, so that the script-tag
 * bundle can yield before it evaluates Lit (core/deferred-definitions.ts).
 *
 * It uses `scheduler.yield()` where the browser has it (Chromium: the continuation keeps its place ahead
 * of other tasks), else a MessageChannel message (not clamped like nested timeouts; it runs in a
 * background tab too, so hidden pages still render).
 */

type WithScheduler = typeof globalThis & { scheduler?: { yield?: () => Promise<void> } };

/** Lets the page run (input, rendering) before going on: the next task, at the front where it can be. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as WithScheduler).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
