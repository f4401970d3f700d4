/**
 * The script-tag bundle (dist/clinic-widgets.js): the package's module (src/index.ts), with each element
 * registered in a task of its own so that the page stays responsive while a page full of widgets upgrades
 * (core/define.ts). The module finishes evaluating (top-level await) once every element is registered, so
 * `await import('…/clinic-widgets.js')` still resolves with every tag defined.
 */
import './core/deferred-definitions.js';
import { defineDeferred } from './core/define.js';
import { whenIntlWarm } from './core/intl-warm-up.js';

export * from './index.js';

// The worker's answer takes 80 to 300 ms at 4x CPU; started here, it comes back while the elements
// upgrade instead of after, and the first renders (which wait for it) start that much sooner.
await defineDeferred(() => void whenIntlWarm());
