/**
 * Imported first by the script-tag bundle (src/bundle.ts), for its side effect alone: module imports run in
 * order, so this runs before any element module calls `defineElement`, and every definition waits for
 * `defineDeferred` (see core/define.ts).
 */
import { deferDefinitions } from './define.js';

deferDefinitions();
