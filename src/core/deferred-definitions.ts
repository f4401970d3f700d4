/**
 * Imported first by the script-tag bundle (src/bundle.ts), for its side effect alone: module imports run in
 * order, so this runs before any element module calls `defineElement`, and every definition waits for
 * `defineDeferred` (see core/define.ts).
 */
import { deferDefinitions } from './define.js';
import { yieldToPage } from './yield-to-page.js';

deferDefinitions();

// A page's module script runs in the task in which the browser finishes parsing the page, and the browser
// lays the page out at the end of that same task (bench/like-ours at 4x CPU: 44 ms of evaluation, then a
// 39 ms layout, one 116 ms task). The rest of the bundle (Lit, the elements) evaluates in a task of its own.
await yieldToPage();
