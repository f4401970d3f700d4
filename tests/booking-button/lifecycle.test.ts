/**
 * What outlives what: timers, listeners and the scroll lock end with the popup or the element, on every
 * path; events reach the page; one announcement per change per page; the popup on small screens.
 */
import { aTimeout, expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { BookingButton, BookingDetail } from '../../src/booking-button/booking-button.ts';
import { setSessionChoice } from '../../src/core/session-choice.ts';
import { scrollLocks } from '../../src/core/scroll-lock.ts';
import { $, ANCHORAGE, PAGE, click, inProvider, popup, shadow, text } from './helpers.ts';

const MONDAY_10AM = new Date('2026-11-23T19:00:00Z');
const CLINIC = 'Harbour Street Massage';

/**
 * Counts the timers set and not yet run or cleared while it is installed, by wrapping setTimeout and
 * clearTimeout (no sinon). `pending()` lists their delays.
 */
function trackTimers() {
  const realSet = window.setTimeout;
  const realClear = window.clearTimeout;
  const pending = new Map<number, number>();
  window.setTimeout = ((callback: (...args: unknown[]) => void, delay = 0, ...args: unknown[]) => {
    const id = realSet(() => {
      pending.delete(id);
      callback(...args);
    }, delay);
    pending.set(id, delay);
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) pending.delete(id);
    realClear(id);
  }) as typeof window.clearTimeout;
  return {
    /** Delays of the timers still to run, over a second: the element's own (waitUntil leaves 1 s ones). */
    pending: () => [...pending.values()].filter((delay) => delay > 1000),
    restore() {
      window.setTimeout = realSet;
      window.clearTimeout = realClear;
    },
  };
}

/** Errors that reach the page: uncaught ones and rejected promises nobody handled. */
function watchErrors() {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

async function openPopup(el: BookingButton) {
  $(el, 'button.button')!.click();
  const dialog = $<HTMLDialogElement>(el, 'dialog')!;
  await waitUntil(() => dialog.open, 'dialog open');
  return dialog;
}

afterEach(async () => {
  setSessionChoice(undefined);
  await fixtureCleanup();
  expect(scrollLocks(), 'scroll locks left after the test').to.equal(0);
  expect(document.documentElement.style.overflow, 'page overflow restored').to.equal('');
});

describe('<booking-button> timers and listeners', () => {
  it('leaves no minute tick after removal', async () => {
    const timers = trackTimers();
    try {
      const el = await inProvider(html`<booking-button></booking-button>`);
      el.now = () => MONDAY_10AM;
      el.visitorZone = 'America/Anchorage';
      await el.updateComplete;
      expect(timers.pending(), 'a tick to the next minute while the hint shows').to.deep.equal([60_000]);
      el.remove();
      await el.updateComplete;
      expect(timers.pending()).to.deep.equal([]);
    } finally {
      timers.restore();
    }
  });

  it('runs no tick without a hint', async () => {
    const timers = trackTimers();
    try {
      const el = await inProvider(html`<booking-button hint="off"></booking-button>`);
      el.now = () => MONDAY_10AM;
      await el.updateComplete;
      expect(timers.pending()).to.deep.equal([]);
    } finally {
      timers.restore();
    }
  });

  it('leaves no load timer or tick when removed with the popup open', async () => {
    const timers = trackTimers();
    try {
      const el = await popup();
      await openPopup(el);
      expect(timers.pending()).to.include(10_000);
      el.remove();
      await el.updateComplete;
      expect(timers.pending()).to.deep.equal([]);
    } finally {
      timers.restore();
    }
  });

  it('does not react to the page after removal (visibility, session choice)', async () => {
    const el = await inProvider(html`<booking-button></booking-button>`);
    el.remove();
    await el.updateComplete;
    document.dispatchEvent(new Event('visibilitychange'));
    setSessionChoice({ minutes: 90 });
    expect(el.isUpdatePending).to.equal(false);
  });
});

describe('<booking-button> popup lock and close on every path', () => {
  it('locks the page while open and releases it on close', async () => {
    const el = await popup();
    await openPopup(el);
    expect(scrollLocks()).to.equal(1);
    expect(document.documentElement.style.overflow).to.equal('hidden');
    $(el, 'button.close')!.click();
    await oneEvent(el, 'booking-close');
    expect(scrollLocks()).to.equal(0);
    expect(document.documentElement.style.overflow).to.equal('');
  });

  it('releases the lock and fires booking-close when mode switches to link while open', async () => {
    const el = await popup();
    await openPopup(el);
    const closes: BookingDetail[] = [];
    el.addEventListener('booking-close', (event) => closes.push(event.detail));
    el.mode = 'link';
    await el.updateComplete;
    expect(closes).to.have.length(1);
    expect(closes[0]).to.deep.include({ url: PAGE, mode: 'popup' });
    expect(scrollLocks()).to.equal(0);
    expect(document.documentElement.style.overflow).to.equal('');
    expect($(el, 'dialog')).to.equal(null);
    expect($(el, 'iframe')).to.equal(null);
    expect(shadow(el).activeElement, 'focus on the new link').to.equal($(el, 'a.button'));
    // And back: a popup that opens again from scratch.
    el.mode = 'popup';
    await el.updateComplete;
    await openPopup(el);
    expect(scrollLocks()).to.equal(1);
    $(el, 'button.close')!.click();
    await oneEvent(el, 'booking-close');
  });

  it('releases the lock when removed while open, and document hears booking-close once', async () => {
    const el = await popup();
    await openPopup(el);
    const onDocument: Event[] = [];
    const onElement: Event[] = [];
    const listen = (event: Event) => onDocument.push(event);
    document.addEventListener('booking-close', listen);
    el.addEventListener('booking-close', (event) => onElement.push(event));
    try {
      el.remove();
      await el.updateComplete;
      await aTimeout(20);
    } finally {
      document.removeEventListener('booking-close', listen);
    }
    expect(scrollLocks()).to.equal(0);
    expect(document.documentElement.style.overflow).to.equal('');
    expect(onElement).to.have.length(1);
    expect(onDocument).to.have.length(1);
    expect((onDocument[0] as CustomEvent<BookingDetail>).detail).to.deep.include({ url: PAGE, mode: 'popup' });
  });

  it('counts two popups: the page scrolls again only when both have closed, in either order', async () => {
    for (const order of [
      [0, 1],
      [1, 0],
    ]) {
      const root = await fixture(
        ANCHORAGE(html`
          <booking-button mode="popup" provider="link" booking-url=${PAGE}></booking-button>
          <booking-button mode="popup" provider="link" booking-url=${PAGE}></booking-button>
        `),
      );
      const buttons = [...root.querySelectorAll('booking-button')];
      await Promise.all(buttons.map((button) => button.updateComplete));
      document.documentElement.style.overflow = 'clip';
      for (const button of buttons) {
        click($(button, 'button.button')!);
        await waitUntil(() => $<HTMLDialogElement>(button, 'dialog')!.open, 'dialog open');
      }
      expect(scrollLocks()).to.equal(2);
      const [first, second] = order.map((index) => buttons[index]);
      $<HTMLDialogElement>(first, 'dialog')!.close();
      await oneEvent(first, 'booking-close');
      expect(scrollLocks()).to.equal(1);
      expect(document.documentElement.style.overflow).to.equal('hidden');
      $<HTMLDialogElement>(second, 'dialog')!.close();
      await oneEvent(second, 'booking-close');
      expect(scrollLocks()).to.equal(0);
      expect(document.documentElement.style.overflow).to.equal('clip');
      document.documentElement.style.overflow = '';
      await fixtureCleanup();
    }
  });

  it("survives removal in its click's task: no InvalidStateError, no lock, booking-close on document", async () => {
    const el = await popup();
    const watch = watchErrors();
    const onDocument: Event[] = [];
    const listen = (event: Event) => onDocument.push(event);
    document.addEventListener('booking-close', listen);
    // The host's own click listener runs after the element's (the click bubbles out of the shadow root).
    el.addEventListener('click', () => el.remove());
    try {
      $(el, 'button.button')!.click();
      await el.updateComplete;
      await aTimeout(50);
    } finally {
      watch.stop();
      document.removeEventListener('booking-close', listen);
    }
    expect(watch.errors).to.deep.equal([]);
    expect(scrollLocks()).to.equal(0);
    expect(document.documentElement.style.overflow).to.equal('');
    expect(onDocument).to.have.length(1);
    expect($<HTMLDialogElement>(el, 'dialog')?.open ?? false).to.equal(false);
  });

  it('opens nothing and locks nothing when a booking-open listener removes the button', async () => {
    const el = await popup();
    el.addEventListener('booking-open', () => el.remove());
    $(el, 'button.button')!.click();
    await el.updateComplete;
    expect(scrollLocks()).to.equal(0);
  });
});

describe('<booking-button> announcements', () => {
  it('announces a hint change once for three buttons, and nothing on first render', async () => {
    const region = () => document.querySelector('[data-clinic-widgets-announcer]');
    const said: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        const target = record.target as Element;
        if (target.nodeType === 1 && target.matches('[data-clinic-widgets-announcer]')) said.push(text(target));
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    // The clock and zone are set as properties before the first render, as a page would.
    const pinned = () =>
      html`<booking-button .now=${() => MONDAY_10AM} .visitorZone=${'America/Anchorage'}></booking-button>`;
    const root = await fixture(ANCHORAGE(html`${pinned()}${pinned()}${pinned()}`));
    const buttons = [...root.querySelectorAll('booking-button')];
    await Promise.all(buttons.map((button) => button.updateComplete));
    await aTimeout(0);
    for (const button of buttons) expect($(button, '[part="hint"]')!.hasAttribute('aria-live')).to.equal(false);
    expect(said, 'nothing said on first render').to.deep.equal([]);

    setSessionChoice({ minutes: 90 });
    await Promise.all(buttons.map((button) => button.updateComplete));
    await aTimeout(0);
    observer.disconnect();
    expect(said.map((line) => line.replace(/\s/g, ' '))).to.deep.equal([
      'Same-day appointments: book by 2:30 PM today',
    ]);
    expect(region()!.getAttribute('aria-live')).to.equal('polite');
  });
});

describe('<booking-button> popup header, links and the clinic name', () => {
  it('names its links once and makes the header, phone and status links 44 px tall', async () => {
    const el = await popup('https://booking.invalid/harbour');
    el.loadTimeout = 0;
    await openPopup(el);
    await waitUntil(() => $(el, '.status a'), 'slow state');
    const header = $<HTMLAnchorElement>(el, 'header a')!;
    expect(text(header)).to.equal('Open in a new tab');
    expect(header.querySelector('.visually-hidden')).to.equal(null);
    for (const link of [header, $(el, '.status a')!, $(el, '[part="phone"]')!]) {
      expect(link.getBoundingClientRect().height, text(link)).to.be.at.least(44);
    }
    $(el, 'button.close')!.click();
    await oneEvent(el, 'booking-close');
  });

  it('at 400% zoom (320 × 256) leaves the booking page at least 70% of the screen', async () => {
    await setViewport({ width: 320, height: 256 });
    try {
      const el = await popup();
      await openPopup(el);
      const frame = $(el, 'iframe')!.getBoundingClientRect();
      expect(frame.height).to.be.at.least(0.7 * 256);
      expect(frame.width).to.equal(320);
      const header = $(el, 'header')!.getBoundingClientRect();
      expect(header.bottom).to.be.at.most(frame.top + 1);
      for (const target of shadow(el).querySelectorAll<HTMLElement>('header a, header button')) {
        const box = target.getBoundingClientRect();
        expect(box.height, text(target)).to.be.at.least(44);
        expect(box.right, `${text(target)} on screen`).to.be.at.most(320);
      }
      await expect(el).to.be.accessible();
      $(el, 'button.close')!.click();
      await oneEvent(el, 'booking-close');
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it("names the clinic in the popup's heading and the iframe's title when clinic-name is known", async () => {
    const el = await popup(PAGE, CLINIC);
    const dialog = await openPopup(el);
    const heading = shadow(el).getElementById(dialog.getAttribute('aria-labelledby')!)!;
    expect(text(heading)).to.equal('Harbour Street Massage: Book a 45-minute massage');
    expect($<HTMLIFrameElement>(el, 'iframe')!.title).to.equal('Booking page of Harbour Street Massage');
    await expect(el).to.be.accessible();
    $(el, 'button.close')!.click();
    await oneEvent(el, 'booking-close');
  });

  it('passes axe in link mode and when unavailable', async () => {
    const link = await inProvider(html`<booking-button></booking-button>`, CLINIC);
    await expect(link).to.be.accessible();
    // Gone, so the next button has no provider on the page to fall back on.
    await fixtureCleanup();
    const unavailable = await fixture<BookingButton>(html`<booking-button phone="(907) 555-0142"></booking-button>`);
    expect(text($(unavailable, '[part="unavailable"]'))).to.equal(
      'Online booking is not available right now. Call (907) 555-0142 to book.',
    );
    await expect(unavailable).to.be.accessible();
  });
});
