import { LitElement, css, html } from 'lit';
import type { ContextCallback } from '@lit/context';
import { clinicContext, PAGE_SETTINGS_CHANGE } from '../core/context.js';
import {
  BOOKING_PROVIDERS,
  canonicalLocale,
  DEFAULT_LEAD_TIME,
  emergencyNumberFor,
  pageLocale,
  type ClinicSettings,
} from '../core/settings.js';
import { parseEmergencyNumber, parseEnum, parseWholeNumber, toHttpUrl, warnAttribute } from '../core/attributes.js';
import { parseServiceMap, parseSessions } from '../core/sessions.js';
import { parseOpeningHours } from '../core/hours.js';
import { isValidTimeZone, visitorTimeZone } from '../core/zoned-time.js';
import { defineElement } from '../core/define.js';

/**
 * The clinic's settings, shared with every widget inside it through `@lit/context`. Widgets elsewhere on
 * the page (separate snippets) use the page's first provider. Widgets' own attributes override it.
 * Every attribute is optional; a bad value warns once and falls back to the default given here.
 *
 * @summary Shares the clinic's name, time zone, hours, booking lead time, sessions, prices and booking system with every widget.
 * @tag clinic-provider
 * @slot - The page content and widgets that use these settings.
 */
export class ClinicProvider extends LitElement {
  // Lit's static properties rather than decorators: the decorator helpers cost bytes in every
  // element of a bundle whose size is a feature.
  static override properties = {
    clinicName: { attribute: 'clinic-name' },
    timezone: {},
    hours: {},
    leadTime: { attribute: 'lead-time' },
    sessions: {},
    currency: {},
    locale: {},
    provider: {},
    bookingUrl: { attribute: 'booking-url' },
    services: {},
    phone: {},
    emergencyNumber: { attribute: 'emergency-number' },
  };

  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** The clinic's name, used in widget copy. */
  clinicName = '';

  /** IANA time zone of the clinic (`America/Anchorage`). Default: the visitor's time zone. */
  timezone = '';

  /** Opening hours in schema.org openingHours syntax: `Mo-Fr 09:00-19:00; Sa 10:00-16:00`. Bad text is ignored. */
  hours = '';

  /** Minutes before a start time when online booking closes. Default 180 ("book up to three hours ahead"). */
  leadTime = String(DEFAULT_LEAD_TIME);

  /** Session lengths with optional prices: `60:95, 90:135`. Default 60 and 90 minutes. */
  sessions = '';

  /** ISO 4217 currency of the prices (`USD`). Prices are not shown without it. */
  currency = '';

  /** BCP 47 locale for text, numbers and dates. Default: the page's `lang`. */
  locale = '';

  /** Booking system: link, calcom, calendly, acuity, janeapp, square, setmore or fresha. Default `link`. */
  provider = 'link';

  /** The clinic's booking page (http or https only). */
  bookingUrl = '';

  /** The booking system's service, event or treatment per length: `60:1234, 90:1235`. */
  services = '';

  /** The clinic's phone number, as people write it. */
  phone = '';

  /** Emergency number. Default from the locale's region: 911 US/CA, 999 UK, 000 AU, 111 NZ, else 112. */
  emergencyNumber = '';

  #resolved?: ClinicSettings;
  /** Subscribed consumers, each with the unsubscribe function it was handed. */
  readonly #subscribers = new Map<ContextCallback<ClinicSettings>, () => void>();

  constructor() {
    super();
    // Answers the context protocol that @lit/context's ContextEvent (and ContextConsumer, @consume)
    // speaks, itself: @lit/context's ContextProvider would add 0.34 KB gzip for re-parenting between
    // nested providers, which widgets here get from re-asking on every page settings change instead.
    this.addEventListener('context-request', (request) => {
      if (request.context !== clinicContext) return;
      request.stopPropagation();
      const { callback, subscribe } = request;
      if (subscribe && !this.#subscribers.has(callback)) {
        this.#subscribers.set(callback, () => this.#subscribers.delete(callback));
      }
      callback(this.settings, this.#subscribers.get(callback));
    });
  }

  /** The parsed, validated settings every widget receives. */
  get settings(): ClinicSettings {
    return (this.#resolved ??= this.#resolve());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#announce();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#announce();
  }

  protected override willUpdate(): void {
    this.#resolved = this.#resolve();
    for (const [callback, unsubscribe] of this.#subscribers) callback(this.#resolved, unsubscribe);
    this.#announce();
  }

  protected override render() {
    return html`<slot></slot>`;
  }

  #announce(): void {
    document.dispatchEvent(new Event(PAGE_SETTINGS_CHANGE));
  }

  #resolve(): ClinicSettings {
    const ownLocale = canonicalLocale(this.locale);
    const locale = ownLocale ?? pageLocale();
    if (this.locale && !ownLocale) {
      warnAttribute(this, 'locale', this.locale, 'is not a BCP 47 language tag', `the page's language (${locale})`);
    }

    let timeZone = visitorTimeZone();
    if (this.timezone) {
      if (isValidTimeZone(this.timezone.trim())) timeZone = this.timezone.trim();
      else warnAttribute(this, 'timezone', this.timezone, 'is not an IANA time zone', `the visitor's (${timeZone})`);
    }

    const hours = this.hours.trim() ? parseOpeningHours(this.hours) : undefined;
    if (this.hours.trim() && !hours) {
      warnAttribute(this, 'hours', this.hours, 'is not opening hours like "Mo-Fr 09:00-19:00; Sa 10:00-16:00"', 'no hours');
    }

    let currency: string | undefined = this.currency.trim().toUpperCase() || undefined;
    if (currency && !/^[A-Z]{3}$/.test(currency)) {
      warnAttribute(this, 'currency', this.currency, 'is not an ISO 4217 code like USD', 'no prices');
      currency = undefined;
    }

    const bookingUrl = toHttpUrl(this.bookingUrl)?.href;
    if (this.bookingUrl && !bookingUrl) {
      warnAttribute(this, 'booking-url', this.bookingUrl, 'is not an http(s) URL', 'no booking link');
    }


    return {
      clinicName: this.clinicName.trim(),
      timeZone,
      hours,
      leadTime: parseWholeNumber(this, 'lead-time', this.leadTime, DEFAULT_LEAD_TIME, 7 * 24 * 60),
      sessions: parseSessions(this, 'sessions', this.sessions),
      currency,
      locale,
      provider: parseEnum(this, 'provider', this.provider, BOOKING_PROVIDERS, 'link'),
      bookingUrl,
      services: parseServiceMap(this, 'services', this.services),
      phone: this.phone.trim() || undefined,
      emergencyNumber: parseEmergencyNumber(this, 'emergency-number', this.emergencyNumber, emergencyNumberFor(locale)),
    };
  }
}

defineElement('clinic-provider', ClinicProvider);

declare global {
  interface HTMLElementTagNameMap {
    'clinic-provider': ClinicProvider;
  }
}
