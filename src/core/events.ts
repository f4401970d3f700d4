/**
 * Dispatches a library event: a CustomEvent that bubbles and crosses shadow roots so a host page can
 * listen on the element, a wrapper or `document`. Returns false when a cancelable event was cancelled.
 * Element files declare their events in `GlobalEventHandlersEventMap` so `addEventListener` is typed.
 */
export function fire<T>(target: EventTarget, type: string, detail: T, cancelable = false): boolean {
  return target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable }));
}
