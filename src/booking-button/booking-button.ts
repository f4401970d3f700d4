import { html, nothing, type PropertyValues } from 'lit';
import { textLanguage } from '../core/i18n.js';
import { ClinicElement } from '../core/clinic-element.js';
import { baseStyles } from '../core/styles.js';
import { resolveSettings, type BookingProvider } from '../core/settings.js';
import {
  MAX_LENGTH,
  parseEnum,
  parseText,
  parseTimeZone,
  parseWholeNumber,
  readText,
  toHttpUrl,
  toTelHref,
} from '../core/parse.js';
import { MAX_SESSION_MINUTES } from '../core/sessions.js';
import { SessionChoiceController } from '../core/session-choice.js';
import { visitorTimeZone } from '../core/zoned-time.js';
import { VisibleTicker } from '../core/controllers/visible-ticker.js';
import { lockScroll } from '../core/scroll-lock.js';
import { announce } from '../core/announcer.js';
import { fire } from '../core/events.js';
import { defineElement } from '../core/define.js';
import { bookingButtonStyles } from './booking-button.styles.js';
import { buildBookingUrl } from './booking-url.js';
import { sameDayHint } from './same-day-hint.js';
import './strings.js';

export type BookingMode = 'link' | 'popup';

/** What `booking-open` and `booking-close` carry. */
export interface BookingDetail {
  /** The URL opened (or to open, when a host page takes over). */
  url: string;
  provider: BookingProvider;
  minutes: number;
  /** The booking system's id for this length, when the clinic mapped one. */
  service?: string;
  mode: BookingMode;
}

const MODES: readonly BookingMode[] = ['link', 'popup'];
const HINT_SWITCH = ['on', 'off'] as const;
const MINUTE = 60_000;
const DEFAULT_LOAD_TIMEOUT = 10_000;
/** Longest delay `setTimeout` honours; a longer one fires at once. */
const MAX_TIMEOUT = 2 ** 31 - 1;
/** What a warning says the visitor gets when there is no usable booking URL. */
const UNAVAILABLE = 'a message that online booking is unavailable';

/**
 * The popup's iframe sandbox: what a booking page needs, nothing more.
 * - allow-scripts: booking pages are script-driven apps.
 * - allow-same-origin: keeps the page's own origin so its cookies, storage and calls to its own API work
 *   (an opaque origin breaks sign-in and every request). Together with allow-scripts this would let a
 *   page on the clinic's own origin lift its sandbox, but such a page is the clinic's own anyway; a
 *   booking system's page stays on its origin and cannot reach into the clinic's page.
 * - allow-forms: submitting the booking form.
 * - allow-popups: payment and "add to calendar" windows (they inherit this sandbox).
 * Left out: top navigation (taking over the clinic's page), modals, downloads, pointer lock, presentation.
 * With `referrerpolicy="strict-origin"` the booking system learns the clinic's site but not which page:
 * a symptom page's address can say something about the visitor's health.
 */
const SANDBOX = 'allow-scripts allow-same-origin allow-forms allow-popups';

/** Everything `render()` shows, worked out in `willUpdate` from the inputs and the clinic's settings. */
interface BookingView {
  /** What `booking-open` carries; undefined when there is no usable booking URL (the message shows). */
  booking?: BookingDetail;
  mode: BookingMode;
  /** The button's text: `label`, else "Book a 60-minute massage". */
  label: string;
  /** Whether the page slotted its own button text (then `label` is not shown). */
  slotted: boolean;
  /** The popup's heading and the iframe's title; both name the clinic when its name is known. */
  heading: string;
  frameTitle: string;
  /** The "or call …" link. */
  /** The phone link: its text around the number (`before` + number + `after`), so the number never breaks. */
  phone?: { href: string; number: string; before: string; after: string };
  /** The same-day line, in words, and the longest form it can take, which sizes its box (SameDayHint.forms). */
  hint?: { text: string; longest: string };
}

/** The element's own `booking-url`, as checked in `_readOwnBookingUrl`. */
interface OwnBookingUrl {
  /** A usable http(s) URL as written, for resolveSettings to merge over the provider's. */
  text?: string;
  /** Given as text but unusable: no booking link at all, rather than the provider's page. */
  refused: boolean;
  /** A warning was given already. */
  warned: boolean;
}

/**
 * A "Book now" control that takes the visitor's session length into the clinic's own booking system
 * (Cal.com, Calendly, Acuity, Jane, Square, Setmore, Fresha or any page), with a line saying whether a
 * same-day appointment can still be booked online. Settings come from `<clinic-provider>`; the
 * element's own attributes override them. The popup's heading and its iframe's title name the clinic
 * (`clinic-name`) when known.
 *
 * Every property accepts any value (a framework binding, a script): anything unusable gives one warning
 * and the documented default, never an error or an empty box.
 *
 * @summary Books the chosen session in the clinic's booking system, in a new tab or an accessible popup.
 * @tag booking-button
 * @slot - The button's text, replacing "Book a 60-minute massage".
 * @fires {CustomEvent<BookingDetail>} booking-open - Before the booking page opens; cancelable (`preventDefault()` and nothing opens, the page takes over). Detail `{ url, provider, minutes, service, mode }`.
 * @fires {CustomEvent<BookingDetail>} booking-close - When the popup closes (also when the button is removed or switched to `link` while it is open; a removed button's event is also dispatched on `document`). Same detail as `booking-open`.
 * @csspart button - The link or button that books.
 * @csspart phone - The "or call …" link.
 * @csspart hint - The same-day line under the button. Its box is as tall as the line's longest form, so it keeps its height when the line changes at the cut-off.
 * @csspart unavailable - The message shown instead of the button when there is no usable booking URL.
 * @csspart dialog - The popup.
 * @csspart frame - The booking page's iframe in the popup.
 * @cssprop --clinic-color-primary - Button background and link colour.
 * @cssprop --clinic-color-on-primary - Button text colour.
 * @cssprop --clinic-color-muted - Hint text colour.
 * @cssprop --clinic-color-surface - Popup background.
 * @cssprop --clinic-color-border - Popup border.
 * @cssprop --clinic-color-focus - Focus outline.
 * @cssprop --clinic-radius - Corner radius.
 */
export class BookingButton extends ClinicElement {
  static override properties = {
    ...ClinicElement.properties,
    provider: {},
    bookingUrl: { attribute: 'booking-url' },
    services: {},
    phone: {},
    mode: {},
    hint: {},
    minutes: {},
    label: {},
    now: { attribute: false },
    visitorZone: { attribute: false },
    loadTimeout: { attribute: false },
    _frameState: { state: true, attribute: false },
  };

  static override styles = [baseStyles, bookingButtonStyles];

  /** Booking system: link, calcom, calendly, acuity, janeapp, square, setmore or fresha. Default: the provider's, else `link`. */
  provider: BookingProvider | '' = '';

  /** The clinic's page on its booking system (http or https only). For `link`, `{minutes}` and `{service}` are filled in. */
  bookingUrl = '';

  /** The booking system's service, event or treatment per length: `60:1234, 90:1235`. Replaces the provider's map. */
  services = '';

  /** Phone number for the "or call" link. Default: the provider's. */
  phone = '';

  /** `link` (default) opens a new tab; `popup` opens the booking page in a dialog. */
  mode: BookingMode = 'link';

  /** `on` (default) shows the same-day line when the clinic's hours are known; `off` hides it. */
  hint: 'on' | 'off' = 'on';

  /** Session length in minutes (1 to 480). Default: the page-wide session choice, else the clinic's first session. */
  minutes: string | number = '';

  /** Button text, replacing "Book a 60-minute massage". */
  label = '';

  /** The clock (tests and previews pin it). Anything but a function returning a valid Date: the browser's clock. */
  now: () => Date = () => new Date();

  /** The visitor's IANA time zone. Default: the browser's. */
  visitorZone = '';

  /** Milliseconds the popup waits for the booking page before offering a new tab. Default 10 000. */
  loadTimeout = DEFAULT_LOAD_TIMEOUT;

  /** The popup's iframe: not there (closed), loading, loaded, or slow (offering a new tab instead). */
  private _frameState: 'closed' | 'loading' | 'loaded' | 'slow' = 'closed';

  /** Derived from the inputs in `willUpdate`; `render()` reads it, `_frameState` and `_opened`, nothing else. */
  private _view!: BookingView;
  /** The locale the view was worked out in. */
  private _viewLocale = '';
  /** The clock reading the current view was made with (the ticker counts to the next minute from it). */
  private _viewTime = 0;
  /** `loadTimeout` as checked; read when the popup opens. */
  private _loadTimeout = DEFAULT_LOAD_TIMEOUT;

  /** The booking shown in the open popup (kept while it is open, even if the inputs change). */
  private _opened?: BookingDetail;
  private _releaseScroll?: () => void;
  private _loadTimer?: ReturnType<typeof setTimeout>;
  /** Set when the popup ended without its dialog closing itself (mode switched): focus the button once drawn. */
  private _refocusButton = false;

  private readonly _choice = new SessionChoiceController(this);

  constructor() {
    super();
    // Re-renders at each minute boundary while a hint shows, so "book by 3:15 PM today" turns into "closed"
    // on time; no timer while the tab is hidden (it catches up when shown) or when there is no hint. The
    // controller registers itself with this element and stops with it.
    new VisibleTicker(this, (hidden) => (hidden || !this._view.hint ? undefined : MINUTE - (this._viewTime % MINUTE)));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Removed while the popup is open: the dialog goes with the element, so the lock and the timer must too.
    const booking = this._endPopup();
    if (booking) this._fireClose(booking);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const previousHint = this._view?.hint;
    const sameLanguage = this._viewLocale === this.locale;
    this._viewLocale = this.locale;
    this._view = this._readView();
    this._loadTimeout = parseWholeNumber(this, 'loadTimeout', this.loadTimeout, DEFAULT_LOAD_TIMEOUT, MAX_TIMEOUT);

    // The dialog disappears when the mode switches to `link` or the booking URL goes: end the popup too.
    if (this._opened && (this._view.mode !== 'popup' || !this._view.booking)) {
      const booking = this._endPopup();
      this._refocusButton = true;
      if (booking) this._fireClose(booking);
    }

    // One page-wide announcement, not a live region per button: three buttons following the same session
    // length would otherwise say the same line three times. Only a change is announced, never the first
    // line (on page load, or when settings arrive late), nor the same line in a new language.
    const hint = this._view.hint?.text;
    if (hint && previousHint && hint !== previousHint.text && sameLanguage && this.isConnected) {
      announce(hint, textLanguage(this.clinic.locale));
    }
  }

  protected override render() {
    const view = this._view;
    // The words and the number in one span: the link is a flex box (a 44 px target), and each bare text
    // run of a flex box is an item of its own whose edge spaces collapse ("or call(907) 555-0142").
    const phone = view.phone
      ? html`<a part="phone" href=${view.phone.href}
          ><span>${view.phone.before}<span class="phone-number">${view.phone.number}</span>${view.phone.after}</span></a
        >`
      : nothing;
    if (!view.booking) return html`<p part="unavailable" class="row">${this.t('booking.unavailable')} ${phone}</p>`;

    const content = html`<slot @slotchange=${this._onSlotChange}></slot>${view.slotted ? nothing : view.label}`;
    const describedBy = view.hint ? 'hint' : nothing;
    const button =
      view.mode === 'link'
        ? html`<a
            part="button"
            class="button"
            href=${view.booking.url}
            target="_blank"
            rel="noopener"
            referrerpolicy="strict-origin"
            aria-describedby=${describedBy}
            @click=${this._onOpen}
            >${content} <span class="visually-hidden">${this.t('booking.newTab')}</span
            ><svg viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2">
              <path d="M6 3H3v10h10v-3M9 2h5v5M14 2 7 9" /></svg
          ></a>`
        : html`<button
            part="button"
            class="button"
            aria-haspopup="dialog"
            aria-describedby=${describedBy}
            @click=${this._onOpen}
          >
            ${content}
          </button>`;

    return html`
      <div class="row">${button} ${phone}</div>
      ${
        view.hint
          ? html`<div part="hint" class="hint">
              <div class="hint-cell">
                <p id="hint">${view.hint.text}</p>
                <p class="hint-form" aria-hidden="true">${view.hint.longest}</p>
              </div>
            </div>`
          : nothing
      }
      ${view.mode === 'popup' ? this._renderDialog(view, this._opened ?? view.booking) : nothing}
    `;
  }

  /** The popup. Its links say "Open in a new tab" once: their text already says where they open. */
  private _renderDialog(view: BookingView, booking: BookingDetail) {
    const state = this._frameState;
    const newTab = (label: string) =>
      html`<a href=${booking.url} target="_blank" rel="noopener" @click=${this._closeDialog}>${label}</a>`;
    return html`<dialog part="dialog" aria-labelledby="title" @close=${this._onDialogClose}>
      <header>
        <h2 id="title">${view.heading}</h2>
        ${newTab(this.t('booking.openTab'))}
        <button class="close" @click=${this._closeDialog}>${this.t('booking.close')}</button>
      </header>
      ${
        state === 'closed'
          ? nothing
          : html`<div class="body">
              ${
                state === 'loaded'
                  ? nothing
                  : html`<div class="status" role="status">
                      ${
                        state === 'slow'
                          ? html`<p>${this.t('booking.slow')}</p>
                              ${newTab(this.t('booking.openTab'))}`
                          : this.t('booking.loading')
                      }
                    </div>`
              }
              <iframe
                part="frame"
                title=${view.frameTitle}
                src=${booking.url}
                sandbox=${SANDBOX}
                referrerpolicy="strict-origin"
                @load=${this._onFrameLoad}
              ></iframe>
            </div>`
      }
    </dialog>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this._refocusButton) {
      this._refocusButton = false;
      this._button()?.focus();
    }
  }

  /** Reads every input (any type) and the clinic's settings into the view; bad input warns once. */
  private _readView(): BookingView {
    const own = this._readOwnBookingUrl();
    const settings = resolveSettings(
      this,
      { provider: this.provider, bookingUrl: own.text, services: this.services, phone: this.phone },
      this.clinic,
    );
    const mode = parseEnum(this, 'mode', this.mode, MODES, 'link');
    const hintOn = parseEnum(this, 'hint', this.hint, HINT_SWITCH, 'on') === 'on';
    const minutes = this._readOwnMinutes() ?? this._choice.value?.minutes ?? settings.sessions[0]?.minutes ?? 60;
    const service = settings.services.get(minutes);
    const url = own.refused
      ? undefined
      : buildBookingUrl({ provider: settings.provider, bookingUrl: settings.bookingUrl, minutes, service });
    // A provider on the page warned about its own booking-url already; every button repeating it would mislead.
    if (!url && !own.warned && !this.hasProvider) {
      this.warn('booking-url', '', 'is missing (here and on <clinic-provider>)', UNAVAILABLE);
    }

    const tel = settings.phone ? toTelHref(settings.phone) : undefined;
    if (settings.phone && !tel && settings.phone !== this.clinic.phone) {
      this.warn('phone', this.phone, 'has no number to dial', 'no phone link');
    }

    const label =
      readText(this, 'label', this.label, 'the default label') ??
      this.t('booking.label', { minutes: minutes.toLocaleString(this.locale) });
    const clinicName = settings.clinicName;
    // While the tab is hidden nobody reads the hint: keep the last reading, so an update then (the ticker
    // renders once as the tab hides) neither changes the line nor announces it. Shown again, the ticker
    // renders with the real time at once.
    const now = document.hidden && this.hasUpdated ? new Date(this._viewTime) : this._readClock();
    this._viewTime = now.getTime();
    const sameDay =
      url && settings.hours && hintOn
        ? sameDayHint({
            now,
            timeZone: settings.timeZone,
            hours: settings.hours,
            leadMinutes: settings.leadTime,
            sessionMinutes: minutes,
            visitorZone: this._readVisitorZone(),
            locale: this.locale,
          })
        : undefined;

    return {
      booking: url ? { url, provider: settings.provider, minutes, service, mode } : undefined,
      mode,
      label,
      // A page that slots only whitespace (a pasted snippet with line breaks) still gets the default text.
      slotted: [...this.childNodes].some((node) => node.nodeType === 1 /* an element */ || node.textContent?.trim()),
      heading: clinicName ? this.t('booking.heading', { clinic: clinicName, label }) : label,
      frameTitle: clinicName ? this.t('booking.frameOf', { clinic: clinicName }) : this.t('booking.frame'),
      phone: tel
        ? { href: tel, number: settings.phone!, ...this._around(url ? 'booking.call' : 'booking.callToBook') }
        : undefined,
      hint: sameDay && {
        text: this.t(sameDay.key, sameDay.values),
        // The most characters, not the widest: measuring each form would cost a layout per render. One
        // element rather than one per form keeps a button's DOM small (17 forms: 260 nodes on the demo).
        longest: sameDay.forms
          .map((form) => this.t(form.key, form.values))
          .reduce((longest, form) => (form.length > longest.length ? form : longest)),
      },
    };
  }

  /** The words of a phone string before and after its `{phone}` ("or call " and ""), in the widget's language. */
  private _around(key: 'booking.call' | 'booking.callToBook'): { before: string; after: string } {
    const [before = '', after = ''] = this.t(key, { phone: '\u0000' }).split('\u0000');
    return { before, after };
  }

  /**
   * The element's own `booking-url`, checked here as well as in resolveSettings because a bad one must not
   * fall back to the provider's page: the page meant another page, so the visitor is told online booking
   * is unavailable (and offered the phone). A value that is not text at all (`false` from a framework
   * binding) is ignored with a warning, like an unset one: the provider's URL applies.
   */
  private _readOwnBookingUrl(): OwnBookingUrl {
    const value: unknown = this.bookingUrl;
    if (value == null || value === '') return { refused: false, warned: false };
    if (typeof value !== 'string') {
      this.warn(
        'booking-url',
        value,
        'is not text',
        this.clinic.bookingUrl ? "the provider's booking URL" : UNAVAILABLE,
      );
      return { refused: false, warned: true };
    }
    if (value.length > MAX_LENGTH.url) {
      this.warn('booking-url', value, `is longer than ${MAX_LENGTH.url} characters`, UNAVAILABLE);
      return { refused: true, warned: true };
    }
    const text = value.trim();
    if (!text) return { refused: false, warned: false };
    if (!toHttpUrl(text)) {
      this.warn('booking-url', value, 'is not an http(s) URL', UNAVAILABLE);
      return { refused: true, warned: true };
    }
    return { text, refused: false, warned: false };
  }

  /** The element's own `minutes`: a whole number from 1 to 480 (as a number or digits), else undefined. */
  private _readOwnMinutes(): number | undefined {
    const sessionLength = (text: string) => {
      const minutes = /^\d{1,3}$/.test(text) ? Number(text) : NaN;
      return minutes >= 1 && minutes <= MAX_SESSION_MINUTES ? minutes : undefined;
    };
    const problem = `is not a session length from 1 to ${MAX_SESSION_MINUTES}`;
    return parseText(this, 'minutes', this.minutes, sessionLength, problem, 'the chosen length');
  }

  /** The time now, from `now` when it is a function that gives a valid Date, else the browser's clock. */
  private _readClock(): Date {
    const clock: unknown = this.now;
    if (typeof clock !== 'function') {
      if (clock != null) this.warn('now', clock, 'is not a function', "the browser's clock");
      return new Date();
    }
    const date: unknown = this.now();
    const time = timeOf(date);
    if (time !== undefined) return new Date(time);
    this.warn('now', date, 'did not return a valid Date', "the browser's clock");
    return new Date();
  }

  private _readVisitorZone(): string {
    const browsers = visitorTimeZone();
    return parseTimeZone(this, 'visitorZone', this.visitorZone, `the browser's (${browsers})`) ?? browsers;
  }

  private _button(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.button');
  }

  private _dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  private readonly _onSlotChange = () => this.requestUpdate();

  private readonly _onFrameLoad = () => {
    this._frameState = 'loaded';
  };

  private readonly _onOpen = async (event: Event) => {
    const booking = this._view.booking;
    if (!booking || !fire(this, 'booking-open', booking, true)) {
      event.preventDefault();
      return;
    }
    // A link opens its new tab itself. A `booking-open` listener may also have removed the button.
    if (booking.mode === 'link' || this._opened || !this.isConnected) return;
    this._opened = booking;
    this._frameState = 'loading';
    this._releaseScroll = lockScroll();
    await this.updateComplete;
    // Removed (in the click's task, say) or switched to `link` meanwhile: those paths ended the popup and
    // released the lock. `showModal()` on a disconnected dialog would throw InvalidStateError.
    const dialog = this._dialog();
    if (this._opened !== booking || !dialog?.isConnected) return;
    if (!dialog.open) dialog.showModal();
    // Focus goes in explicitly (the close button), not left to the browser's guess.
    dialog.querySelector<HTMLElement>('.close')?.focus();
    this._loadTimer = setTimeout(() => {
      if (this._frameState === 'loading') this._frameState = 'slow';
    }, this._loadTimeout);
  };

  private readonly _closeDialog = () => this._dialog()?.close();

  /** The dialog closed itself (Close, Escape, a link out): focus back on the button, then `booking-close`. */
  private readonly _onDialogClose = (event: Event) => {
    // A `close` event arrives a task later: from a dialog that a mode switch already replaced, or after
    // the popup opened again, it is not about the popup open now.
    const dialog = event.currentTarget as HTMLDialogElement;
    if (dialog !== this._dialog() || dialog.open) return;
    const booking = this._endPopup();
    if (!booking) return;
    this._button()?.focus();
    this._fireClose(booking);
  };

  /**
   * Ends an open popup, whatever ended it (close, removal, mode change): the scroll lock, the load timer
   * and the iframe go. Returns what was open, or undefined when nothing was (so nothing fires twice).
   */
  private _endPopup(): BookingDetail | undefined {
    const booking = this._opened;
    if (!booking) return undefined;
    this._opened = undefined;
    this._frameState = 'closed';
    clearTimeout(this._loadTimer);
    this._loadTimer = undefined;
    this._releaseScroll?.();
    this._releaseScroll = undefined;
    // On removal or a mode change the dialog did not close itself; its `close` event then finds nothing open.
    const dialog = this._dialog();
    if (dialog?.open) dialog.close();
    return booking;
  }

  private _fireClose(booking: BookingDetail): void {
    fire(this, 'booking-close', booking);
    // A removed element's events stop at its detached tree: a page listening on `document` must still hear
    // that the popup closed. Element listeners got the first event only.
    if (!this.isConnected) fire(document, 'booking-close', booking);
  }

  /** Override: the whole element failed, so say what booking needs. */
  protected override unavailableMessage(): string {
    return this.t('booking.unavailable');
  }
}

/**
 * The time of a valid Date, or undefined. A Date from another window (an app in a frame, a test page)
 * fails `instanceof Date` here but is as good a clock; `Date.prototype.getTime` reads any window's Date
 * and throws for anything else.
 */
function timeOf(value: unknown): number | undefined {
  try {
    const time = Date.prototype.getTime.call(value);
    return Number.isNaN(time) ? undefined : time;
  } catch {
    return undefined;
  }
}

defineElement('booking-button', BookingButton);

declare global {
  interface HTMLElementTagNameMap {
    'booking-button': BookingButton;
  }
  interface GlobalEventHandlersEventMap {
    'booking-open': CustomEvent<BookingDetail>;
    'booking-close': CustomEvent<BookingDetail>;
  }
}
