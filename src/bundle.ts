/**
 * The script-tag bundle (dist/clinic-widgets.js): the package's module (src/index.ts), with each element
 * registered in a task of its own so that the page stays responsive while a page full of widgets upgrades
 * (core/define.ts). The module finishes evaluating (top-level await) once every element is registered, so
 * `await import('…/clinic-widgets.js')` still resolves with every tag defined.
 */
import './core/deferred-definitions.js';
import { defineDeferred } from './core/define.js';

export * from './index.js';

await defineDeferred();
