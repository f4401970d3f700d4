import { VERSION } from './version.js';
import { yieldToPage } from './first-render.js';

type VersionedConstructor = CustomElementConstructor & { version?: string };

/**
 * Registers a custom element without ever throwing, stamping it with this bundle's `version`.
 *
 * Two copies of the bundle on one page are normal (a theme and a plugin each add the script tag), so a tag
 * that this same version already registered is skipped silently. A tag taken by anything else (another
 * version of this library, or another library) keeps its first definition and gets one warning naming both.
 *
 * Without a DOM (Node, a server build's prerender) nothing is registered: importing an element module
 * there must not throw, and Lit's server build provides only a stand-in registry.
 */
export function defineElement(tag: string, element: VersionedConstructor): void {
  if (typeof customElements === 'undefined' || typeof HTMLElement === 'undefined') return;
  if (deferred) {
    deferred.push(() => register(tag, element));
    return;
  }
  register(tag, element);
}

function register(tag: string, element: VersionedConstructor): void {
  const existing = customElements.get(tag) as VersionedConstructor | undefined;
  if (!existing) {
    element.version = VERSION;
    customElements.define(tag, element);
    return;
  }
  if (existing === element || existing.version === VERSION) return;
  const theirs = existing.version ? `clinic-widgets ${existing.version}` : 'another script (unknown version)';
  console.warn(`<${tag}> is already defined by ${theirs}; clinic-widgets ${VERSION} leaves it as it is.`);
}

/** Definitions waiting for their own task, in the order their modules asked (see `deferDefinitions`). */
let deferred: Array<() => void> | undefined;

/**
 * From now on `defineElement` queues, and `defineDeferred` registers one element per task. The script-tag
 * bundle only (src/bundle.ts): defining a tag upgrades every one of its elements already parsed, in the
 * same task, so a page with every widget would otherwise evaluate the module and upgrade them all in one
 * long task (issue 17: 85 to 200 ms at 4x CPU). An app's own imports of the npm build keep the usual
 * contract: the element is defined once its module has run.
 */
export function deferDefinitions(): void {
  deferred ??= [];
}

/** Registers the queued elements, each in a task of its own, in order (the provider first). */
export async function defineDeferred(): Promise<void> {
  const queued = deferred ?? [];
  deferred = undefined;
  for (const define of queued) {
    await yieldToPage();
    define();
  }
}
