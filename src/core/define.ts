import { VERSION } from './version.js';

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
