/**
 * First renders take turns, a few per task, so a page with many widgets never spends one long task
 * drawing them all (issue 17: no task over 50 ms on a mid-range phone, input answered between widgets).
 *
 * Every widget's first update joins one queue, in the order the widgets asked (document order when the
 * bundle upgrades a parsed page, so the top of the page draws first). The queue runs in its own tasks:
 * it yields to the page first (so the module's evaluation is a task of its own), then runs first
 * renders until about `BUDGET` ms have gone (the first widget of each kind alone, the costliest), yields,
 * and goes on. It does not wait for frames: the browser draws between its tasks when it has to (Chromium
 * puts a frame that has waited too long, and any input, ahead of `scheduler.yield()` continuations).
 * Later updates are Lit's usual microtask updates: only the first render waits, and `updateComplete`
 * still resolves after it.
 *
 * The first turn also waits for the browser's ICU set-up to be done off the main thread
 * (core/intl-warm-up.ts): every first render formats something, and the first formatter on the main
 * thread would otherwise be one long task of its own.
 */

import { html, render } from 'lit';
import { whenIntlWarm } from './intl-warm-up.js';
import { yieldToPage } from './yield-to-page.js';

/**
 * Milliseconds of first renders per task before the queue yields: one slow widget still fits under 50.
 *
 * Why no frame waits: waiting for a frame once this much had run made the demo ready 23 to 43 ms later at
 * 4x CPU and 100 stretch cards 400 ms later (each of those frames lays out the whole grid again), for no
 * fewer frames over 50 ms (npm run bench: none on the demo either way, 7 against 8 in 9 loads of the
 * cards).
 */
const BUDGET = 10;

/** A first render waiting for its turn, with the kind of widget it draws (its tag). */
type Turn = { kind: string; run: () => void };

const queue: Turn[] = [];
/** The kinds of widget drawn once already: the first of a kind costs several times what the next does. */
const drawnKinds = new Set<string>();
let draining = false;
let templatesWarm = false;

async function drain(): Promise<void> {
  draining = true;
  try {
    // The first turn is asked for inside an element's upgrade (its definition's task): starting the ICU
    // worker there would add the worker's creation, about 12 ms at 4x CPU, to that task. (The script-tag
    // bundle has started it already, at its evaluation: core/deferred-definitions.ts.)
    await yieldToPage();
    const warming = whenIntlWarm();
    if (!templatesWarm) {
      await yieldToPage();
      warmUpTemplates();
    }
    if (warming) await warming;
    while (queue.length) {
      const start = performance.now();
      // The first widget of a kind has the turn to itself: its templates are prepared and its code
      // compiled then (13 to 35 ms at 4x CPU on the demo, against 4 to 10 for the next one of its kind).
      do runTurn(queue.shift()!);
      while (queue.length && drawnKinds.has(queue[0].kind) && performance.now() - start < BUDGET);
      if (queue.length) await yieldToPage();
    }
  } finally {
    draining = false;
  }
}

function runTurn(turn: Turn): void {
  drawnKinds.add(turn.kind);
  turn.run();
}

/**
 * Lit's template engine, started in a task of its own while the ICU worker runs: the page's first
 * template render compiles lit-html's code paths (attribute, event and child parts, lists), which the
 * first widget's render would otherwise pay (about 15 ms at 4x CPU, a third of it). Once per page;
 * nothing is kept.
 */
function warmUpTemplates(): void {
  templatesWarm = true;
  const item = (n: number) => html`<li>${n}</li>`;
  try {
    render(
      html`<ul class=${'warm'} @click=${() => {}}>
        ${[1, 2].map(item)}
      </ul>`,
      document.createDocumentFragment(),
    );
  } catch {
    // Only a head start: whatever stops it here (a page's Trusted Types) the widgets meet and report.
  }
}

/**
 * Runs `firstUpdate` in the first-render queue's next turn; the promise settles once it has run, or once the
 * promise it returned has settled (rejected with what it threw: the queue goes on with the next one).
 * `kind` is the widget's tag: the first of each kind gets a turn of its own.
 */
export function firstRenderTurn(kind: string, firstUpdate: () => void | Promise<unknown>): Promise<void> {
  return new Promise((resolve, reject) => {
    queue.push({
      kind,
      run: () => {
        try {
          // A render that has to wait (for its language's pack) settles the turn when it is done, so
          // `updateComplete` never resolves before the widget has drawn.
          Promise.resolve(firstUpdate()).then(() => resolve(), reject);
        } catch (error) {
          reject(error);
        }
      },
    });
    if (!draining) void drain();
  });
}
