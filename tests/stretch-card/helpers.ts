/** Drivers for `<stretch-card>` tests: read what the card shows, run its clock by hand, hide the tab. */
import { fixture, type html } from '@open-wc/testing';
import type { StretchCard } from '../../src/stretch-card/stretch-card.ts';

export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

export const part = (card: StretchCard, selector: string) => card.shadowRoot!.querySelector<HTMLElement>(selector);

/** The dose list as "term: value" lines. */
export const dose = (card: StretchCard) =>
  [...card.shadowRoot!.querySelectorAll('dl div')].map(
    (row) => `${text(row.querySelector('dt'))}: ${text(row.querySelector('dd'))}`,
  );

export const timerView = (card: StretchCard) => ({
  where: text(part(card, '.where')),
  phase: text(part(card, '.phase')),
  time: text(part(card, '.time')),
  said: text(part(card, '[role="status"]')),
  main: text(part(card, '.main')),
  reset: !part(card, '.reset')!.hidden,
});

/** A card on a controlled clock: `at(ms)` moves the clock and lets the card catch up. */
export async function clocked(template: ReturnType<typeof html>) {
  const card = await fixture<StretchCard>(template);
  let now = 0;
  card.now = () => now;
  card.requestUpdate();
  await card.updateComplete;
  const at = async (ms: number) => {
    now = ms;
    card.requestUpdate();
    await card.updateComplete;
  };
  const click = async (selector: string) => {
    part(card, selector)!.click();
    await card.updateComplete;
  };
  return { card, at, click };
}

/** Pretends the tab went to the background (or came back) the way the browser reports it. */
export function setHidden(hidden: boolean) {
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  document.dispatchEvent(new Event('visibilitychange'));
}

/**
 * Counts the page's timers while it runs: every `setTimeout` that has neither fired nor been cleared is
 * `live`, with the delay it asked for. Mocha keeps its own copy of setTimeout, so only the page's code
 * (the card's ticker) is counted.
 */
export function trackTimers() {
  const { setTimeout: originalSet, clearTimeout: originalClear } = window;
  const live = new Map<number, number>();
  window.setTimeout = ((handler: TimerHandler, delay?: number, ...rest: unknown[]) => {
    const id = originalSet(
      (...args: unknown[]) => {
        live.delete(id);
        if (typeof handler === 'function') handler(...args);
      },
      delay,
      ...rest,
    );
    live.set(id, delay ?? 0);
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) live.delete(id);
    originalClear(id);
  }) as typeof window.clearTimeout;
  return {
    /** Delays of the timers still pending. */
    live: () => [...live.values()],
    restore: () => {
      window.setTimeout = originalSet;
      window.clearTimeout = originalClear;
      for (const id of live.keys()) originalClear(id);
    },
  };
}

/** A stand-in for Web Audio that records what the card does with it. */
export function fakeAudio() {
  const calls: string[] = [];
  const original = window.AudioContext;
  class FakeAudioContext {
    currentTime = 0;
    destination = {};
    constructor() {
      calls.push('context');
    }
    resume() {
      return Promise.resolve();
    }
    close() {
      calls.push('close');
      return Promise.resolve();
    }
    createOscillator() {
      calls.push('beep');
      return { frequency: {}, connect: (node: unknown) => node, start() {}, stop() {} };
    }
    createGain() {
      return { gain: { setValueAtTime() {}, exponentialRampToValueAtTime() {} }, connect: (node: unknown) => node };
    }
  }
  (window as any).AudioContext = FakeAudioContext;
  return { calls, restore: () => (window.AudioContext = original) };
}
