import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The visitor's current choice, shared by every widget on the page. */
export interface SessionChoice {
  /** Session length in minutes. */
  minutes: number;
  /** Optional kind of session (for example a technique a symptom-checker result suggested). */
  service?: string;
}

/**
 * Fired on `document` when the page-wide session choice changes; `detail` is the new SessionChoice (or
 * undefined when cleared). Host pages may listen to it too.
 */
export const SESSION_CHANGE = 'clinic-session-change';

// Kept on globalThis under a registered symbol so two copies of the bundle share one value.
const STORE = Symbol.for('clinic-widgets:session-choice');
type Store = { choice?: SessionChoice };
const store: Store = ((globalThis as Record<symbol, Store>)[STORE] ??= {});

/** The visitor's current session choice, or undefined before any was made. */
export function getSessionChoice(): SessionChoice | undefined {
  return store.choice;
}

/** Sets the page-wide session choice and tells every widget. Setting the same value again is a no-op. */
export function setSessionChoice(choice: SessionChoice | undefined): void {
  const current = store.choice;
  if (current?.minutes === choice?.minutes && current?.service === choice?.service) return;
  store.choice = choice && { ...choice };
  globalThis.document?.dispatchEvent(new CustomEvent(SESSION_CHANGE, { detail: store.choice }));
}

/**
 * Keeps an element's render in step with the page-wide session choice. A widget that connects late
 * starts from the current value.
 */
export class SessionChoiceController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  get value(): SessionChoice | undefined {
    return store.choice;
  }

  set(choice: SessionChoice | undefined): void {
    setSessionChoice(choice);
  }

  hostConnected(): void {
    document.addEventListener(SESSION_CHANGE, this.#onChange);
  }

  hostDisconnected(): void {
    document.removeEventListener(SESSION_CHANGE, this.#onChange);
  }

  readonly #onChange = () => this.host.requestUpdate();
}
