/**
 * Watches `<html lang>`: a page that switches language at run time (a language menu that rewrites
 * `lang`, a single-page app's router) gets every widget in the new language. One observer per page,
 * started by the first widget or provider that listens and stopped when the last one leaves.
 */
const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

/** Calls `listener` whenever `<html lang>` changes. Returns the unsubscribe. */
export function onPageLanguageChange(listener: () => void): () => void {
  listeners.add(listener);
  if (!observer && typeof MutationObserver === 'function' && globalThis.document) {
    observer = new MutationObserver(() => {
      for (const each of [...listeners]) each();
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
