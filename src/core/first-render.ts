/**
 * First renders take turns, a few per task, so a page with many widgets never spends one long task
 * drawing them all (issue 17: no task over 50 ms on a mid-range phone, input answered between widgets).
 *
 * Every widget's first update joins one queue, in the order the widgets asked (document order when the
 * bundle upgrades a parsed page, so the top of the page draws first). The queue runs in its own tasks:
 * it yields to the page first (so the module's evaluation is a task of its own), then runs first
 * renders until about `BUDGET` ms have gone, yields, and goes on. Later updates are Lit's usual
 * microtask updates: only the first render waits, and `updateComplete` still resolves after it.
 *
 * The first turn also waits for the browser's ICU set-up to be done off the main thread
 * (core/intl-warm-up.ts): every first render formats something, and the first formatter on the main
 * thread would otherwise be one long task of its own.
 *
 * Yielding uses `scheduler.yield()` where the browser has it (Chromium: the continuation keeps its place
 * ahead of other tasks), else a MessageChannel message (not clamped like nested timeouts; it runs in a
 * background tab too, so hidden pages still render).
 */

import { whenIntlWarm } from './intl-warm-up.js';

/** Milliseconds of first renders per task before the queue yields: one slow widget still fits under 50. */
const BUDGET = 10;

const queue: Array<() => void> = [];
let draining = false;

type WithScheduler = typeof globalThis & { scheduler?: { yield?: () => Promise<void> } };

function yieldToPage(): Promise<void> {
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

async function drain(): Promise<void> {
  draining = true;
  try {
    const warming = whenIntlWarm();
    if (warming) await warming;
    while (queue.length) {
      await yieldToPage();
      const start = performance.now();
      do queue.shift()!();
      while (queue.length && performance.now() - start < BUDGET);
    }
  } finally {
    draining = false;
  }
}

/**
 * Runs `render` in the first-render queue's next turn; the promise settles once it has run, or once the
 * promise it returned has settled (rejected with what it threw: the queue goes on with the next one).
 */
export function firstRenderTurn(render: () => void | Promise<unknown>): Promise<void> {
  return new Promise((resolve, reject) => {
    queue.push(() => {
      try {
        // A render that has to wait (for its language's pack) settles the turn when it is done, so
        // `updateComplete` never resolves before the widget has drawn.
        Promise.resolve(render()).then(() => resolve(), reject);
      } catch (error) {
        reject(error);
      }
    });
    if (!draining) void drain();
  });
}
