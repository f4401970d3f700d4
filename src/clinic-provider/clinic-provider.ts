import { ReactiveElement } from 'lit';
import type { ContextCallback } from '@lit/context';
import { clinicContext, PAGE_SETTINGS_CHANGE } from '../core/context.js';
import { defaultSettings, resolveSettings, sameSettings, type ClinicSettings } from '../core/settings.js';
import { defineElement } from '../core/define.js';
import { firstRenderTurn } from '../core/first-render.js';
import { onPageLanguageChange } from '../core/page-language.js';
import { providerStyles } from './clinic-provider.styles.js';

/**
 * The clinic's settings, shared with every widget inside it through `@lit/context`. Widgets elsewhere on
 * the page (separate snippets) use the page's first provider. Widgets' own attributes override it.
 * Every attribute is optional and accepts any value from code; a bad or removed value falls back to the
 * default given here (a bad one warns once).
 *
 * @summary Shares the clinic's name, time zone, hours, booking lead time, sessions, prices and booking system with every widget.
 * @tag clinic-provider
 * @slot - The page content and widgets that use these settings.
 */
export class ClinicProvider extends ReactiveElement {
  // Lit's static properties rather than decorators: no decorator helpers in the bundle.
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

  /** The clinic's name. Widgets name it where they speak for the clinic (the booking popup's heading). */
  clinicName?: string;

  /** IANA time zone of the clinic (`America/Anchorage`). Default: the visitor's time zone. */
  timezone?: string;

  /** Opening hours in schema.org openingHours syntax: `Mo-Fr 09:00-19:00; Sa 10:00-16:00`. Bad text is ignored. */
  hours?: string;

  /** Minutes before a start time when online booking closes. Default 180 ("book up to three hours ahead"). */
  leadTime?: string | number;

  /** Session lengths with optional prices: `60:95, 90:135`. Default 60 and 90 minutes. */
  sessions?: string;

  /** ISO 4217 currency of the prices (`USD`). Prices are not shown without it. */
  currency?: string;

  /** BCP 47 locale for text, numbers and dates. Default: the page's `lang`. */
  locale?: string;

  /** Booking system: link, calcom, calendly, acuity, janeapp, square, setmore or fresha. Default `link`. */
  provider?: 'link' | 'calcom' | 'calendly' | 'acuity' | 'janeapp' | 'square' | 'setmore' | 'fresha';

  /** The clinic's booking page (http or https only). */
  bookingUrl?: string;

  /** The booking system's service, event or treatment per length: `60:1234, 90:1235`. */
  services?: string;

  /** The clinic's phone number, as people write it. */
  phone?: string;

  /** Emergency number. Default from the locale's region: 911 US/CA, 999 UK, 000 AU, 111 NZ, else 112. */
  emergencyNumber?: string;

  private _settings?: ClinicSettings;
  private _stopLanguage?: () => void;
  /** Subscribed consumers, each with the unsubscribe function it was handed. */
  private readonly _subscribers = new Map<ContextCallback<ClinicSettings>, () => void>();

  constructor() {
    super();
    // Answers the context protocol that @lit/context's ContextEvent (and ContextConsumer, @consume)
    // speaks, itself: @lit/context's ContextProvider would add bytes for re-parenting between nested
    // providers, which widgets here get from re-asking on every page settings change instead.
    this.addEventListener('context-request', (request) => {
      if (request.context !== clinicContext) return;
      request.stopPropagation();
      const { callback, subscribe } = request;
      if (subscribe && !this._subscribers.has(callback)) {
        this._subscribers.set(callback, () => this._subscribers.delete(callback));
      }
      callback(this.settings, this._subscribers.get(callback));
    });
  }

  /** The parsed, validated settings every widget receives: the same object until something changes. */
  get settings(): ClinicSettings {
    return (this._settings ??= this._resolve());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptStyles(this.getRootNode());
    // Without its own `locale`, the settings follow `<html lang>`: work them out again when it changes.
    this._stopLanguage = onPageLanguageChange(() => this.requestUpdate());
    this._announce();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._stopLanguage?.();
    this._announce();
  }

  /**
   * No shadow root: the provider draws nothing, and a shadow root with a slot made Chromium lay out again
   * everything inside the provider when it was defined (the whole page on the demo: 50 to 70 ms at 4x CPU,
   * issue 17). Its children stay its children; `display: contents` comes from the stylesheet it adds to
   * the document (clinic-provider.styles.ts).
   */
  protected override createRenderRoot(): this {
    return this;
  }

  /**
   * Its first update (the settings, worked out on first request or here, and with them the page's first
   * Intl formatter) takes a turn with the widgets' first renders (core/first-render.ts) instead of running
   * inside the bundle's evaluation. The page inside shows meanwhile.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated) return super.scheduleUpdate();
    return firstRenderTurn(this.localName, () => super.scheduleUpdate());
  }

  protected override willUpdate(): void {
    const previous = this._settings;
    const next = this._resolve();
    if (previous && sameSettings(previous, next)) return;
    this._settings = next;
    for (const [callback, unsubscribe] of this._subscribers) callback(next, unsubscribe);
    this._announce();
  }

  private _announce(): void {
    document.dispatchEvent(new Event(PAGE_SETTINGS_CHANGE));
  }

  private _resolve(): ClinicSettings {
    // The provider's properties are the setting inputs, by the same names.
    return resolveSettings(this, this, defaultSettings());
  }
}

/**
 * Adds the provider's stylesheet to the document or shadow root it is in, once (again if the page replaced
 * the list). Every supported browser has constructable stylesheets (README, "Supported browsers").
 */
function adoptStyles(root: Node): void {
  const sheet = providerStyles.styleSheet;
  if (!sheet || !(root instanceof Document || root instanceof ShadowRoot)) return;
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

defineElement('clinic-provider', ClinicProvider);

declare global {
  interface HTMLElementTagNameMap {
    'clinic-provider': ClinicProvider;
  }
}
