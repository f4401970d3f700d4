/**
 * Page scroll locking for modal popups, reference-counted: the page scrolls again only when the last
 * lock is released, whatever order two popups close in. Shared through a registered symbol so two copies
 * of the bundle on one page count together.
 */
interface LockState {
  count: number;
  savedOverflow: string;
}

const KEY = Symbol.for('clinic-widgets:scroll-lock');
const state: LockState = ((globalThis as Record<symbol, LockState>)[KEY] ??= { count: 0, savedOverflow: '' });

/** Locks page scrolling; returns the release function, which does nothing after its first call. */
export function lockScroll(): () => void {
  const root = document.documentElement.style;
  if (state.count++ === 0) {
    state.savedOverflow = root.overflow;
    root.overflow = 'hidden';
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--state.count === 0) root.overflow = state.savedOverflow;
  };
}

/** How many locks are held (for tests). */
export function scrollLocks(): number {
  return state.count;
}
