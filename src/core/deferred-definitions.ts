/**
 * Imported first by the script-tag bundle (src/bundle.ts), for its side effect alone: module imports run in
 * order, so this runs before any element module calls `defineElement`, and every definition waits for
 * `defineDeferred` (see core/define.ts).
 */
import { deferDefinitions } from './define.js';
import { whenIntlWarm } from './intl-warm-up.js';
import { yieldToPage } from './yield-to-page.js';

deferDefinitions();

// The ICU worker starts now, so that it works while the page is first laid out and Lit and the elements
// evaluate and upgrade (100 to 300 ms at 4x CPU on the demo), and has answered when the first render's
// turn comes. Started at that turn, it left the main thread waiting for it 4 to 48 ms (6 traced loads;
// 2 to 22 once started here), and the demo was ready later: 12 to 91 ms at 4x CPU (four sets of 30
// loads). Here rather than after the yield below: started there, in the task that evaluates Lit, the
// demo was ready 53 and 59 ms later instead (two sets of 30). Its creation adds 6 to 11 ms of script to
// this task at 4x CPU (npm run bench's "eval ms" on the demo and like-ours). Only where an element
// waits for its definition: a site that loads the bundle on every page starts no worker on its pages
// with no widget (a widget added later starts it at its first render).
if (globalThis.document?.querySelector(':not(:defined)')) void whenIntlWarm();

// A page's module script runs in the task in which the browser finishes parsing the page, and the browser
// lays the page out at the end of that same task (bench/like-ours at 4x CPU: 44 ms of evaluation, then a
// 39 ms layout, one 116 ms task). The rest of the bundle (Lit, the elements) evaluates in a task of its own.
await yieldToPage();
