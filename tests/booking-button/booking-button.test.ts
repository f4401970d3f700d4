import { aTimeout, expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { BookingButton, BookingDetail } from '../../src/booking-button/booking-button.ts';
import { getSessionChoice, setSessionChoice } from '../../src/core/session-choice.ts';
import { scrollLocks } from '../../src/core/scroll-lock.ts';
import { captureWarnings } from '../helpers/warnings.ts';
import { $, PAGE, click, inProvider, popup, shadow, text } from './helpers.ts';

afterEach(() => setSessionChoice(undefined));

describe('<booking-button>', () => {
  describe('link mode', () => {
    it('is a real link to the booking page in a new tab, with a default label', async () => {
      const el = await fixture<BookingButton>(
        html`<booking-button booking-url="https://clinic.example/book?m={minutes}"></booking-button>`,
      );
      const link = $<HTMLAnchorElement>(el, 'a[part="button"]')!;
      expect(link.href).to.equal('https://clinic.example/book?m=60');
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener');
      expect(link.referrerPolicy).to.equal('strict-origin');
      expect(text(link)).to.equal('Book a 60-minute massage (opens in a new tab)');
      expect(text(link.querySelector('.visually-hidden'))).to.equal('(opens in a new tab)');
      expect(link.getBoundingClientRect().height).to.be.at.least(24);
    });

    it('fires a cancelable booking-open with the details, and a cancelled one opens nothing', async () => {
      const el = await inProvider(html`<booking-button></booking-button>`);
      let detail: BookingDetail | undefined;
      el.addEventListener('booking-open', (event) => {
        detail = event.detail;
        event.preventDefault();
      });
      const clicked = click($(el, 'a[part="button"]')!);
      expect(detail).to.deep.equal({
        url: 'https://cal.com/harbour/massage?duration=45',
        provider: 'calcom',
        minutes: 45,
        service: undefined,
        mode: 'link',
      });
      expect(clicked.defaultPrevented, 'the link did not navigate').to.equal(true);
    });

    it('lets the link open when the host does not cancel', async () => {
      const el = await inProvider(html`<booking-button></booking-button>`);
      const link = $<HTMLAnchorElement>(el, 'a[part="button"]')!;
      // Listen on the link itself so the test can stop the real navigation after seeing the element's verdict.
      let preventedByElement: boolean | undefined;
      link.addEventListener('click', (event) => {
        preventedByElement = event.defaultPrevented;
        event.preventDefault();
      });
      let fired = false;
      el.addEventListener('booking-open', () => (fired = true));
      click(link);
      expect(fired).to.equal(true);
      expect(preventedByElement).to.equal(false);
    });

    it('offers a phone link', async () => {
      const el = await inProvider(html`<booking-button></booking-button>`);
      const phone = $<HTMLAnchorElement>(el, 'a[part="phone"]')!;
      expect(phone.getAttribute('href')).to.equal('tel:9075550142');
      expect(text(phone)).to.equal('or call (907) 555-0142');
      expect(phone.getBoundingClientRect().height).to.be.at.least(24);
    });
  });

  describe('session length and label', () => {
    it("uses the provider's first session, then follows the page-wide choice", async () => {
      const el = await inProvider(html`<booking-button></booking-button>`);
      const link = () => $<HTMLAnchorElement>(el, 'a[part="button"]')!;
      expect(text(link())).to.contain('Book a 45-minute massage');
      expect(link().href).to.equal('https://cal.com/harbour/massage?duration=45');

      setSessionChoice({ minutes: 90 });
      await el.updateComplete;
      expect(text(link())).to.contain('Book a 90-minute massage');
      expect(link().href).to.equal('https://cal.com/harbour/massage?duration=90');
    });

    it('prefers its own minutes over the page-wide choice', async () => {
      setSessionChoice({ minutes: 90 });
      const el = await inProvider(html`<booking-button minutes="60"></booking-button>`);
      expect(text($(el, '.button'))).to.contain('Book a 60-minute massage');
      expect($<HTMLAnchorElement>(el, '.button')!.href).to.contain('duration=60');
    });

    it('warns about bad minutes and follows the choice instead', async () => {
      let el!: BookingButton;
      const warnings = await captureWarnings(async () => {
        el = await inProvider(html`<booking-button minutes="an hour"></booking-button>`);
      });
      expect(warnings).to.deep.equal([
        '<booking-button> attribute "minutes": "an hour" is not a session length from 1 to 480; using the chosen length',
      ]);
      expect(text($(el, '.button'))).to.contain('Book a 45-minute massage');
    });

    it('takes its label from the label attribute or the default slot', async () => {
      const labelled = await inProvider(html`<booking-button label="Book online"></booking-button>`);
      expect(text($(labelled, '.button'))).to.equal('Book online (opens in a new tab)');

      const slotted = await inProvider(html`<booking-button><strong>Book now</strong></booking-button>`);
      const slot = $<HTMLSlotElement>(slotted, 'slot')!;
      expect(slot.assignedElements()[0].textContent).to.equal('Book now');
      expect(text($(slotted, '.button'))).to.equal('(opens in a new tab)');
    });

    it('keeps the default label when a snippet slots only whitespace', async () => {
      const el = await inProvider(html`<booking-button> </booking-button>`);
      expect(text($(el, '.button'))).to.contain('Book a 45-minute massage');
    });

    it('follows a real <session-length-picker> when one is on the page', async function () {
      const picker = await import('../../src/session-length-picker/session-length-picker.ts').catch(() => undefined);
      if (!picker || !customElements.get('session-length-picker')) this.skip();
      const root = await fixture(
        html` <clinic-provider
          sessions="60, 90"
          provider="calcom"
          booking-url="https://cal.com/harbour/massage"
          locale="en-US"
        >
          <session-length-picker></session-length-picker>
          <booking-button></booking-button>
        </clinic-provider>`,
      );
      const el = root.querySelector('booking-button')!;
      const pickerEl = root.querySelector('session-length-picker') as HTMLElement & {
        updateComplete: Promise<unknown>;
      };
      await pickerEl.updateComplete;
      const ninety = [...pickerEl.shadowRoot!.querySelectorAll<HTMLInputElement>('input')].find(
        (input) => input.value === '90',
      );
      if (!ninety) this.skip();
      ninety!.click();
      await el.updateComplete;
      expect(getSessionChoice()?.minutes).to.equal(90);
      expect(text($(el, '.button'))).to.contain('Book a 90-minute massage');
    });
  });

  describe('own attributes over the provider', () => {
    it('uses its own provider, booking URL and services', async () => {
      const el = await inProvider(
        html`<booking-button
          provider="acuity"
          booking-url="https://app.acuityscheduling.com/schedule.php?owner=1"
          services="45:111, 90:222"
        ></booking-button>`,
      );
      expect($<HTMLAnchorElement>(el, '.button')!.href).to.equal(
        'https://app.acuityscheduling.com/schedule.php?owner=1&appointmentType=111',
      );
      setSessionChoice({ minutes: 90 });
      await el.updateComplete;
      expect($<HTMLAnchorElement>(el, '.button')!.href).to.contain('appointmentType=222');
    });

    it('uses its own phone number', async () => {
      const el = await inProvider(html`<booking-button phone="+1 907 555 0199"></booking-button>`);
      expect($(el, 'a[part="phone"]')!.getAttribute('href')).to.equal('tel:+19075550199');
    });

    it("warns about an unknown provider and uses the clinic's", async () => {
      let el!: BookingButton;
      const warnings = await captureWarnings(async () => {
        el = await inProvider(html`<booking-button provider="vagaro"></booking-button>`);
      });
      expect(warnings[0]).to.contain('<booking-button> attribute "provider": "vagaro" is not one of');
      expect($<HTMLAnchorElement>(el, '.button')!.href).to.contain('duration=45');
    });
  });

  describe('unsafe or missing booking URL', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,hi', 'ftp://files.example/']) {
      it(`refuses ${url}, warns, and explains, offering the phone`, async () => {
        let el!: BookingButton;
        const warnings = await captureWarnings(async () => {
          el = await inProvider(html`<booking-button booking-url=${url}></booking-button>`);
        });
        expect(warnings).to.deep.equal([
          `<booking-button> attribute "booking-url": "${url}" is not an http(s) URL; using a message that online booking is unavailable`,
        ]);
        expect($(el, '.button')).to.equal(null);
        expect(shadow(el).querySelector(`[href^="javascript"], [href^="data"], iframe`)).to.equal(null);
        const message = $(el, '[part="unavailable"]')!;
        expect(text(message)).to.equal('Online booking is not available right now. Call (907) 555-0142 to book.');
        expect(message.querySelector('a')!.getAttribute('href')).to.equal('tel:9075550142');
        await expect(el).to.be.accessible();
      });
    }

    it('explains when there is no booking URL at all', async () => {
      let el!: BookingButton;
      const warnings = await captureWarnings(async () => {
        el = await fixture<BookingButton>(html`<booking-button></booking-button>`);
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('"booking-url": "" is missing');
      expect(text($(el, '[part="unavailable"]'))).to.equal('Online booking is not available right now.');
    });
  });

  describe('same-day hint', () => {
    // Monday 23 Nov 2026, 10:00 AKST.
    const MONDAY_10AM = new Date('2026-11-23T19:00:00Z');

    async function hinted(attributes: { hint?: string; visitorZone?: string } = {}) {
      const el = await inProvider(html`<booking-button hint=${attributes.hint ?? 'on'}></booking-button>`);
      el.now = () => MONDAY_10AM;
      el.visitorZone = attributes.visitorZone ?? 'America/Anchorage';
      await el.updateComplete;
      return el;
    }

    /** A button a tenth of a second before Monday's 15:15 cut-off (AKST); `passCutOff` sets its clock past it. */
    async function beforeCutOff() {
      let clock = new Date('2026-11-24T00:14:59.900Z');
      const el = await inProvider(html`<booking-button></booking-button>`);
      el.visitorZone = 'America/Anchorage';
      el.now = () => clock;
      await el.updateComplete;
      return { el, passCutOff: () => (clock = new Date('2026-11-24T00:15:30Z')) };
    }

    it('shows the cut-off in the clinic zone and describes the button with it', async () => {
      const el = await hinted();
      const hint = $(el, '#hint')!;
      // 45-minute first session: last start 18:15, minus 3 h.
      expect(text(hint).replace(/\s/g, ' ')).to.equal('Same-day appointments: book by 3:15 PM today');
      // Not a live region in every button: a change is said once per page (see lifecycle.test.ts).
      expect(hint.hasAttribute('aria-live')).to.equal(false);
      expect($(el, '.button')!.getAttribute('aria-describedby')).to.equal(hint.id);
    });

    it('follows the session length', async () => {
      const el = await hinted();
      setSessionChoice({ minutes: 90 });
      await el.updateComplete;
      expect(text($(el, '#hint')).replace(/\s/g, ' ')).to.equal('Same-day appointments: book by 2:30 PM today');
    });

    it('names the zone for a visitor in Europe/London', async () => {
      const el = await hinted({ visitorZone: 'Europe/London' });
      expect(text($(el, '#hint')).replace(/\s/g, ' ')).to.equal('Same-day appointments: book by 3:15 PM AKST today');
    });

    it('is hidden with hint="off"', async () => {
      const off = await hinted({ hint: 'off' });
      expect($(off, '[part="hint"]')).to.equal(null);
      expect($(off, '.button')!.hasAttribute('aria-describedby')).to.equal(false);
    });

    it('is hidden when the hours are unknown', async () => {
      const noHours = await fixture<BookingButton>(
        html`<booking-button booking-url="https://clinic.example/"></booking-button>`,
      );
      expect($(noHours, '[part="hint"]')).to.equal(null);
    });

    it('stays right as time passes, refreshing at the minute boundary', async () => {
      const { el, passCutOff } = await beforeCutOff();
      expect(text($(el, '#hint'))).to.contain('book by');
      passCutOff();
      await waitUntil(() => text($(el, '#hint')).startsWith('Online booking for today has closed'), 'hint refreshed', {
        timeout: 1000,
      });
    });

    it('keeps the line’s height when it changes at the cut-off, and says only the line shown', async () => {
      const { el, passCutOff } = await beforeCutOff();
      const WIDTHS = [240, 280, 320, 360, 412, 480, 600];
      const heights = (selector: string) =>
        WIDTHS.map((width) => {
          el.style.width = `${width}px`;
          return $(el, selector)!.getBoundingClientRect().height;
        });
      const morningBox = heights('[part="hint"]');
      const morningLine = heights('#hint');
      // "book by …" is one of the shorter forms: at some widths the box is taller than the line shown.
      expect(
        morningLine.some((line, i) => line < morningBox[i]),
        'a width with room to spare',
      ).to.equal(true);
      passCutOff();
      el.requestUpdate();
      await el.updateComplete;
      expect(text($(el, '#hint'))).to.contain('Online booking for today has closed');
      expect(heights('[part="hint"]')).to.deep.equal(morningBox);
      // The longest form is there for its size only: hidden from sight and from screen readers.
      const longest = shadow(el).querySelector('.hint-form')!;
      expect(text(longest)).to.equal('Online booking for today has closed. Next: Wednesday from 10:00 AM AKST');
      expect(longest.getAttribute('aria-hidden')).to.equal('true');
      expect(getComputedStyle(longest).visibility).to.equal('hidden');
    });

    it('keeps the line one form tall under a page’s own ::part(hint) display', async () => {
      const style = document.createElement('style');
      style.textContent = 'booking-button.odd::part(hint) { display: flex; flex-direction: column }';
      document.head.append(style);
      try {
        const el = await hinted();
        el.style.width = '320px';
        const plain = $(el, '[part="hint"]')!.getBoundingClientRect().height;
        el.classList.add('odd');
        expect($(el, '[part="hint"]')!.getBoundingClientRect().height).to.equal(plain);
      } finally {
        style.remove();
      }
    });

    it('runs no timer while the page is hidden and catches up when it is shown', async () => {
      const { el, passCutOff } = await beforeCutOff();
      Object.defineProperty(document, 'hidden', { value: true, configurable: true });
      try {
        document.dispatchEvent(new Event('visibilitychange'));
        passCutOff();
        await aTimeout(300);
        expect(text($(el, '#hint'))).to.contain('book by');
      } finally {
        delete (document as { hidden?: boolean }).hidden;
      }
      document.dispatchEvent(new Event('visibilitychange'));
      await el.updateComplete;
      expect(text($(el, '#hint'))).to.contain('Online booking for today has closed');
    });
  });

  describe('popup mode', () => {
    afterEach(async () => {
      // Removing the fixtures releases any popup still open; then no lock may be left.
      await fixtureCleanup();
      expect(scrollLocks(), 'scroll locks left').to.equal(0);
      document.documentElement.style.overflow = '';
    });

    it('is a button that opens a dialog, and no iframe exists before that', async () => {
      const el = await popup();
      const button = $<HTMLButtonElement>(el, 'button.button')!;
      expect(button.getAttribute('aria-haspopup')).to.equal('dialog');
      expect(text(button)).to.equal('Book a 45-minute massage');
      expect($(el, 'iframe')).to.equal(null);
      expect($<HTMLDialogElement>(el, 'dialog')!.open).to.equal(false);
    });

    it('opens a modal with focus inside, a titled sandboxed iframe, a heading and a locked page', async () => {
      const el = await popup();
      document.documentElement.style.overflow = 'clip';
      const opened = oneEvent(el, 'booking-open');
      $(el, 'button.button')!.click();
      expect((await opened).detail).to.deep.include({ url: PAGE, mode: 'popup', minutes: 45, provider: 'link' });
      await el.updateComplete;
      const dialog = $<HTMLDialogElement>(el, 'dialog')!;
      await waitUntil(() => dialog.open, 'dialog open');
      expect(dialog.matches(':modal')).to.equal(true);
      expect(dialog.contains(shadow(el).activeElement), 'focus inside the dialog').to.equal(true);
      expect(text(shadow(el).getElementById(dialog.getAttribute('aria-labelledby')!))).to.equal(
        'Book a 45-minute massage',
      );
      expect(shadow(el).getElementById('title')!.localName).to.equal('h2');
      const frame = $<HTMLIFrameElement>(el, 'iframe')!;
      expect(frame.src).to.equal(PAGE);
      expect(frame.title).to.equal('Booking page');
      expect(frame.getAttribute('sandbox')).to.equal('allow-scripts allow-same-origin allow-forms allow-popups');
      expect(frame.referrerPolicy).to.equal('strict-origin');
      expect(document.documentElement.style.overflow).to.equal('hidden');
      expect($<HTMLAnchorElement>(el, 'header a')!.href).to.equal(PAGE);
    });

    it('shows a loading state, then the page', async () => {
      const el = await popup();
      $(el, 'button.button')!.click();
      await el.updateComplete;
      expect(text($(el, '.status'))).to.equal('Loading the booking page…');
      await waitUntil(() => !$(el, '.status'), 'loading state removed after load', { timeout: 5000 });
    });

    it('offers a new tab when the page does not load in time', async () => {
      const el = await popup('https://booking.invalid/harbour');
      el.loadTimeout = 0;
      $(el, 'button.button')!.click();
      await waitUntil(() => text($(el, '.status')).includes('slow to load'), 'fallback shown');
      const fallback = $<HTMLAnchorElement>(el, '.status a')!;
      expect(fallback.href).to.equal('https://booking.invalid/harbour');
      expect(fallback.target).to.equal('_blank');
      // Named once: the text already says where it opens (issue 12).
      expect(text(fallback)).to.equal('Open in a new tab');
    });

    it('closes on Escape, returns focus to the button, restores scrolling and fires booking-close', async () => {
      const el = await popup();
      document.documentElement.style.overflow = 'clip';
      $(el, 'button.button')!.focus();
      $(el, 'button.button')!.click();
      const dialog = $<HTMLDialogElement>(el, 'dialog')!;
      await waitUntil(() => dialog.open, 'dialog open');
      const closed = oneEvent(el, 'booking-close');
      await sendKeys({ press: 'Escape' });
      expect((await closed).detail.url).to.equal(PAGE);
      await el.updateComplete;
      expect(dialog.open).to.equal(false);
      expect(shadow(el).activeElement).to.equal($(el, 'button.button'));
      expect(document.documentElement.style.overflow).to.equal('clip');
      expect($(el, 'iframe'), 'iframe removed').to.equal(null);
    });

    it('closes with its close button', async () => {
      const el = await popup();
      $(el, 'button.button')!.click();
      const dialog = $<HTMLDialogElement>(el, 'dialog')!;
      await waitUntil(() => dialog.open, 'dialog open');
      const closed = oneEvent(el, 'booking-close');
      $(el, 'button.close')!.click();
      await closed;
      expect(dialog.open).to.equal(false);
      expect(shadow(el).activeElement).to.equal($(el, 'button.button'));
    });

    it('opens nothing when the host cancels booking-open', async () => {
      const el = await popup();
      el.addEventListener('booking-open', (event) => event.preventDefault());
      $(el, 'button.button')!.click();
      await el.updateComplete;
      await aTimeout(20);
      expect($<HTMLDialogElement>(el, 'dialog')!.open).to.equal(false);
      expect($(el, 'iframe')).to.equal(null);
      expect(document.documentElement.style.overflow).to.equal('');
    });

    it('fills the screen on a phone', async () => {
      const { setViewport } = await import('@web/test-runner-commands');
      await setViewport({ width: 320, height: 640 });
      try {
        const el = await popup();
        $(el, 'button.button')!.click();
        const dialog = $<HTMLDialogElement>(el, 'dialog')!;
        await waitUntil(() => dialog.open, 'dialog open');
        const box = dialog.getBoundingClientRect();
        expect(box.width).to.equal(320);
        expect(box.height).to.equal(640);
        $(el, 'button.close')!.click();
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });

  describe('accessibility (axe)', () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`passes in ${colorScheme} mode, link mode and popup closed and open`, async () => {
        await emulateMedia({ colorScheme });
        // The button and hint sit on the host page's background, like the demo page's (which follows the
        // visitor's scheme); an always-light site sets --clinic-color-scheme: light instead (README).
        const page = document.documentElement.style;
        page.colorScheme = 'light dark';
        page.background = 'light-dark(#fbfaf7, #121518)';
        try {
          const link = await inProvider(html`<booking-button></booking-button>`);
          link.now = () => new Date('2026-11-23T19:00:00Z');
          await link.updateComplete;
          await expect(link).to.be.accessible();

          const el = await inProvider(
            html`<booking-button mode="popup" provider="link" booking-url=${PAGE}></booking-button>`,
          );
          el.now = () => new Date('2026-11-23T19:00:00Z');
          await el.updateComplete;
          await expect(el).to.be.accessible();
          $(el, 'button.button')!.click();
          await waitUntil(() => $<HTMLDialogElement>(el, 'dialog')!.open, 'dialog open');
          await expect(el).to.be.accessible();
          $(el, 'button.close')!.click();
        } finally {
          page.colorScheme = page.background = '';
          await emulateMedia({ colorScheme: 'light' });
        }
      });
    }
  });
});
