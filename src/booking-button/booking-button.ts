import { css, html, nothing } from 'lit';
import { ClinicElement } from '../core/clinic-element.js';
import { baseStyles } from '../core/styles.js';
import { BOOKING_PROVIDERS, type BookingProvider } from '../core/settings.js';
import { parseEnum, toTelHref } from '../core/attributes.js';
import { parseServiceMap } from '../core/sessions.js';
import { SessionChoiceController } from '../core/session-choice.js';
import { visitorTimeZone } from '../core/zoned-time.js';
import { fire } from '../core/events.js';
import { defineElement } from '../core/define.js';
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
const MAX_MINUTES = 480;

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

/**
 * A "Book now" control that takes the visitor's session length into the clinic's own booking system
 * (Cal.com, Calendly, Acuity, Jane, Square, Setmore, Fresha or any page), with a line saying whether a
 * same-day appointment can still be booked online. Settings come from `<clinic-provider>`; the
 * element's own attributes override them.
 *
 * @summary Books the chosen session in the clinic's booking system, in a new tab or an accessible popup.
 * @tag booking-button
 * @slot - The button's text, replacing "Book a 60-minute massage".
 * @fires booking-open - Before the booking page opens; cancelable (`preventDefault()` and nothing opens, the page takes over). Detail `{ url, provider, minutes, service, mode }`.
 * @fires booking-close - When the popup closes. Same detail as `booking-open`.
 * @csspart button - The link or button that books.
 * @csspart phone - The "or call …" link.
 * @csspart hint - The same-day line under the button.
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
    frameState: { state: true, attribute: false },
  };

  static override styles = [
    baseStyles,
    css`
      .row {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem 1rem;
        margin: 0;
      }
      .button {
        display: inline-flex;
        align-items: center;
        gap: 0.5em;
        min-height: 2.75rem;
        padding: 0.5rem 1.25rem;
        /* Transparent, but drawn in forced-colors mode where backgrounds are dropped. */
        border: 2px solid transparent;
        border-radius: var(--_radius);
        background: var(--_primary);
        color: var(--_on-primary);
        font: inherit;
        font-weight: 600;
        text-decoration: none;
        cursor: pointer;
      }
      .button:hover {
        text-decoration: underline;
      }
      svg {
        width: 1em;
        height: 1em;
        flex: none;
      }
      a:not(.button) {
        display: inline-block;
        padding-block: 0.25rem;
        color: var(--_primary);
        text-underline-offset: 0.2em;
      }
      .hint {
        margin: 0.5rem 0 0;
        color: var(--_muted);
        font-size: 0.9375rem;
      }
      dialog {
        flex-direction: column;
        width: min(56rem, 100vw - 2rem);
        height: min(48rem, 100dvh - 2rem);
        max-width: none;
        max-height: none;
        padding: 0;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
        color: var(--_text);
      }
      dialog[open] {
        display: flex;
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 0.6);
      }
      header {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.25rem 1rem;
        padding-block: 0.5rem;
        padding-inline: 1rem 0.5rem;
        border-bottom: 1px solid var(--_border);
      }
      h2 {
        flex: 1;
        margin: 0;
        font-size: 1.125rem;
      }
      .close {
        min-height: 2.75rem;
        padding: 0 1rem;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: none;
        color: inherit;
        font: inherit;
        cursor: pointer;
      }
      .body {
        position: relative;
        flex: 1;
      }
      iframe,
      .status {
        position: absolute;
        inset: 0;
        width: 100%;
        height: 100%;
        border: 0;
      }
      .status {
        display: grid;
        place-content: center;
        padding: var(--_space);
        text-align: center;
        background: var(--_surface);
      }
      /* Phones get the whole screen: a booking form in a box with a margin is hard to use there. */
      @media (max-width: 40rem) {
        dialog {
          width: 100%;
          height: 100%;
          border: 0;
          border-radius: 0;
        }
      }
    `,
  ];

  /** Booking system: link, calcom, calendly, acuity, janeapp, square, setmore or fresha. Default: the provider's, else `link`. */
  provider = '';

  /** The clinic's page on its booking system (http or https only). For `link`, `{minutes}` and `{service}` are filled in. */
  bookingUrl = '';

  /** The booking system's service, event or treatment per length: `60:1234, 90:1235`. Replaces the provider's map. */
  services = '';

  /** Phone number for the "or call" link. Default: the provider's. */
  phone = '';

  /** `link` (default) opens a new tab; `popup` opens the booking page in a dialog. */
  mode = 'link';

  /** `on` (default) shows the same-day line when the clinic's hours are known; `off` hides it. */
  hint = 'on';

  /** Session length in minutes. Default: the page-wide session choice, else the clinic's first session. */
  minutes: string | number = '';

  /** Button text, replacing "Book a 60-minute massage". */
  label = '';

  /** The clock (tests and previews pin it). */
  now: () => Date = () => new Date();

  /** The visitor's IANA time zone. Default: the browser's. */
  visitorZone = '';

  /** Milliseconds the popup waits for the booking page before offering a new tab. */
  loadTimeout = 10_000;

  private frameState: 'closed' | 'loading' | 'loaded' | 'slow' = 'closed';
  private readonly choice = new SessionChoiceController(this);
  private current?: BookingDetail;
  private opened?: BookingDetail;
  private hasHint = false;
  private tick?: ReturnType<typeof setTimeout>;
  private loadTimer?: ReturnType<typeof setTimeout>;
  private savedOverflow = '';

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.onVisibility);
    clearTimeout(this.tick);
    this.onClose();
  }

  /** The session length in effect: own attribute, else the page-wide choice, else the first session. */
  private sessionMinutes(): number {
    const own = this.minutes == null ? '' : String(this.minutes).trim();
    const minutes = Number(own);
    if (own && Number.isInteger(minutes) && minutes > 0 && minutes <= MAX_MINUTES) return minutes;
    if (own) this.warn('minutes', own, `is not a session length from 1 to ${MAX_MINUTES}`, 'the chosen length');
    return this.choice.value?.minutes ?? this.clinic.sessions[0]?.minutes ?? 60;
  }

  protected override render() {
    const clinic = this.clinic;
    const provider = parseEnum(this, 'provider', this.provider, BOOKING_PROVIDERS, clinic.provider);
    const mode = parseEnum(this, 'mode', this.mode, MODES, 'link');
    const minutes = this.sessionMinutes();
    const services = this.services ? parseServiceMap(this, 'services', this.services) : clinic.services;
    const service = services.get(minutes);
    const bookingUrl = this.bookingUrl || clinic.bookingUrl;
    const url = buildBookingUrl({ provider, bookingUrl, minutes, service });
    if (!url) {
      // The provider warns about its own URL; a bad or missing one here is this element's to report.
      if (this.bookingUrl) this.warn('booking-url', this.bookingUrl, 'is not an http(s) URL', 'a message that online booking is unavailable');
      else if (!clinic.bookingUrl) this.warn('booking-url', '', 'is missing (here and on <clinic-provider>)', 'a message that online booking is unavailable');
    }

    const phone = this.phone || clinic.phone;
    const tel = phone && toTelHref(phone);
    if (this.phone && !tel) this.warn('phone', this.phone, 'has no number to dial', 'no phone link');
    const call = tel ? html`<a part="phone" href=${tel}>${this.t(url ? 'booking.call' : 'booking.callToBook', { phone: phone! })}</a>` : nothing;

    this.current = url ? { url, provider, minutes, service, mode } : undefined;
    const hint =
      url && clinic.hours && parseEnum(this, 'hint', this.hint, ['on', 'off'], 'on') === 'on'
        ? sameDayHint({
            now: this.now(),
            timeZone: clinic.timeZone,
            hours: clinic.hours,
            leadMinutes: clinic.leadTime,
            sessionMinutes: minutes,
            visitorZone: this.visitorZone || visitorTimeZone(),
            locale: this.locale,
          })
        : undefined;
    this.hasHint = !!hint;

    if (!url) return html`<p part="unavailable" class="row">${this.t('booking.unavailable')} ${call}</p>`;

    const title = this.label || this.t('booking.label', { minutes: minutes.toLocaleString(this.locale) });
    // A page that slots only whitespace (a pasted snippet with line breaks) still gets the default text.
    const custom = [...this.childNodes].some((node) => node.nodeType === 1 || node.textContent?.trim());
    const content = html`<slot @slotchange=${() => this.requestUpdate()}></slot>${custom ? nothing : title}`;
    const describedBy = hint ? 'hint' : nothing;
    const newTab = html`<span class="visually-hidden">${this.t('booking.newTab')}</span>`;
    const state = this.frameState;

    return html`
      <div class="row">
        ${mode === 'link'
          ? html`<a part="button" class="button" href=${url} target="_blank" rel="noopener"
              referrerpolicy="strict-origin" aria-describedby=${describedBy} @click=${this.onOpen}
              >${content} ${newTab}<svg viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor"
                stroke-width="2"><path d="M6 3H3v10h10v-3M9 2h5v5M14 2 7 9" /></svg></a>`
          : html`<button part="button" class="button" aria-haspopup="dialog" aria-describedby=${describedBy}
              @click=${this.onOpen}>${content}</button>`}
        ${call}
      </div>
      ${hint ? html`<p id="hint" part="hint" class="hint" aria-live="polite">${this.t(hint.key, hint.values)}</p>` : nothing}
      ${mode === 'popup'
        ? html`<dialog part="dialog" aria-labelledby="title" @close=${this.onClose}>
            <header>
              <h2 id="title">${title}</h2>
              <a href=${this.opened?.url ?? url} target="_blank" rel="noopener" @click=${this.closeDialog}
                >${this.t('booking.openTab')} ${newTab}</a>
              <button class="close" @click=${this.closeDialog}>${this.t('booking.close')}</button>
            </header>
            ${state === 'closed'
              ? nothing
              : html`<div class="body">
                  ${state === 'loaded'
                    ? nothing
                    : html`<div class="status" role="status">
                        ${state === 'slow'
                          ? html`<p>${this.t('booking.slow')}</p>
                              <a href=${this.opened!.url} target="_blank" rel="noopener" @click=${this.closeDialog}
                                >${this.t('booking.openTab')} ${newTab}</a>`
                          : this.t('booking.loading')}
                      </div>`}
                  <iframe part="frame" title=${this.t('booking.frame')} src=${this.opened!.url}
                    sandbox=${SANDBOX} referrerpolicy="strict-origin"
                    @load=${() => (this.frameState = 'loaded')}></iframe>
                </div>`}
          </dialog>`
        : nothing}
    `;
  }

  protected override updated(): void {
    clearTimeout(this.tick);
    // One timer to the next minute boundary while a hint shows and the page is visible; a hidden page
    // runs none and catches up on `visibilitychange`.
    if (this.hasHint && !document.hidden && this.isConnected) {
      this.tick = setTimeout(() => this.requestUpdate(), 60_000 - (this.now().getTime() % 60_000));
    }
  }

  private readonly onVisibility = () => (document.hidden ? clearTimeout(this.tick) : this.requestUpdate());

  private readonly onOpen = async (event: Event) => {
    const detail = this.current;
    if (!detail || !fire(this, 'booking-open', detail, true)) {
      event.preventDefault();
      return;
    }
    if (detail.mode === 'link') return; // the link opens the new tab itself
    this.opened = detail;
    this.frameState = 'loading';
    const root = document.documentElement.style;
    this.savedOverflow = root.overflow;
    root.overflow = 'hidden';
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector('dialog');
    if (!dialog || dialog.open) return;
    dialog.showModal();
    // Focus goes in explicitly (the close button), not left to the browser's guess.
    dialog.querySelector<HTMLElement>('.close')?.focus();
    this.loadTimer = setTimeout(() => {
      if (this.frameState === 'loading') this.frameState = 'slow';
    }, this.loadTimeout);
  };

  private readonly closeDialog = () => this.renderRoot.querySelector('dialog')?.close();

  /** Runs when the dialog closes by any means (button, Escape, link out) and when the element leaves the page. */
  private readonly onClose = () => {
    const detail = this.opened;
    if (!detail) return;
    this.opened = undefined;
    this.frameState = 'closed';
    clearTimeout(this.loadTimer);
    document.documentElement.style.overflow = this.savedOverflow;
    this.closeDialog();
    this.renderRoot.querySelector<HTMLElement>('.button')?.focus();
    fire(this, 'booking-close', detail);
  };
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
