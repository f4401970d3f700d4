import { VERSION } from './version.js';
import { yieldToPage } from './yield-to-page.js';

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
    deferred.push({ tag, element });
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
let deferred: Array<{ tag: string; element: VersionedConstructor }> | undefined;

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

/**
 * Registers the queued elements in order (the provider first), each in a task of its own, after a task
 * that pays its class's one-time costs (`prepare`). A tag the document does not have yet upgrades
 * nothing: it is registered at once, unprepared, and Lit makes its stylesheets if one connects later (on
 * a page with only a picker and a button, the checker's and the card's CSS are never parsed).
 */
export async function defineDeferred(): Promise<void> {
  const queued = deferred ?? [];
  deferred = undefined;
  for (const { tag, element } of queued) {
    if (document.getElementsByTagName(tag).length) {
      await yieldToPage();
      prepare(element);
      await yieldToPage();
    }
    register(tag, element);
  }
}

type LitStyles = { elementStyles?: ReadonlyArray<CSSStyleSheet | { styleSheet?: CSSStyleSheet }> };

/**
 * A class's one-time work, ahead of its definition, so that the definition's task (which upgrades every
 * element of the tag on the page) does less: `observedAttributes` is read at definition anyway, and
 * reading it makes Lit work out the class's properties and styles; each Lit style's stylesheet is
 * otherwise made (its CSS parsed) when the first element connects. About a fifth of what definitions cost
 * on the demo page (issue 17).
 */
function prepare(element: CustomElementConstructor & LitStyles): void {
  void (element as { observedAttributes?: unknown }).observedAttributes;
  for (const style of element.elementStyles ?? []) if (!(style instanceof CSSStyleSheet)) void style.styleSheet;
}
