import { DEFAULT_SESSIONS, parseServiceMap, parseSessions, type SessionOption } from './sessions.js';
import { visitorTimeZone } from './zoned-time.js';
import { parseOpeningHours, type WeeklyHours } from './hours.js';
import {
  MAX_LENGTH,
  parseEmergencyNumber,
  parseEnum,
  parseHttpUrl,
  parseText,
  parseTimeZone,
  parseWholeNumber,
  readText,
} from './parse.js';

/** Booking systems `<booking-button>` can send a visitor to. `link` is any page, with placeholders. */
export const BOOKING_PROVIDERS = [
  'link',
  'calcom',
  'calendly',
  'acuity',
  'janeapp',
  'square',
  'setmore',
  'fresha',
] as const;
export type BookingProvider = (typeof BOOKING_PROVIDERS)[number];

/**
 * The clinic's settings as every widget sees them: already parsed and validated by `<clinic-provider>`,
 * or the documented defaults when a page has no provider.
 */
export interface ClinicSettings {
  /** The clinic's name; widgets name it where they speak for the clinic. Empty when unknown. */
  clinicName: string;
  /** IANA time zone of the clinic. Default: the visitor's. */
  timeZone: string;
  /** Weekly opening hours, undefined when not given (time-based hints are then hidden). */
  hours?: WeeklyHours;
  /** Minutes before a start time when online booking closes. Default 180. */
  leadTime: number;
  /** Session lengths offered, in the clinic's order. Default 60 and 90 minutes. */
  sessions: readonly SessionOption[];
  /** ISO 4217 code for prices; prices are hidden without it. */
  currency?: string;
  /** BCP 47 locale for text, numbers and dates. Default: the page's `lang`. */
  locale: string;
  /** The clinic's booking system. Default `link`. */
  provider: BookingProvider;
  /** The clinic's page on its booking system: an http(s) URL, or undefined. */
  bookingUrl?: string;
  /** Booking-system service/event/treatment id per session length. */
  services: ReadonlyMap<number, string>;
  /** The clinic's phone number as written for people. */
  phone?: string;
  /** Number to call in an emergency. Default from the locale's region. */
  emergencyNumber: string;
}

/**
 * The settings as given: attribute or property values of any type, each checked by `resolveSettings`.
 * `<clinic-provider>` gives all of them; a widget gives the few it may override (its own `phone`, say).
 */
export interface SettingInputs {
  clinicName?: unknown;
  timezone?: unknown;
  hours?: unknown;
  leadTime?: unknown;
  sessions?: unknown;
  currency?: unknown;
  locale?: unknown;
  provider?: unknown;
  bookingUrl?: unknown;
  services?: unknown;
  phone?: unknown;
  emergencyNumber?: unknown;
}

export const DEFAULT_LEAD_TIME = 180;

/** A BCP 47 tag in canonical form (`en-gb` → `en-GB`), or undefined when it is empty or not one. */
export function canonicalLocale(tag: string | undefined): string | undefined {
  try {
    return tag?.trim() ? Intl.getCanonicalLocales(tag.trim())[0] : undefined;
  } catch {
    return undefined;
  }
}

/** The page's language: `<html lang>`, else the browser's, else English (also on a server). */
export function pageLocale(): string {
  return (
    canonicalLocale(globalThis.document?.documentElement.lang) ??
    canonicalLocale(globalThis.navigator?.language) ??
    'en'
  );
}

const EMERGENCY_NUMBERS: Record<string, string> = {
  US: '911',
  CA: '911',
  MX: '911',
  PR: '911',
  GB: '999',
  AU: '000',
  NZ: '111',
};

/**
 * The emergency number for a locale's region (`en` means en-US): 911 in North America, 999 in the UK,
 * 000 in Australia, 111 in New Zealand, else 112, the European number that most mobile phones also
 * route elsewhere. Clinics override it with `emergency-number`.
 */
export function emergencyNumberFor(locale: string): string {
  let region: string | undefined;
  try {
    region = new Intl.Locale(locale).maximize().region;
  } catch {
    region = undefined;
  }
  return EMERGENCY_NUMBERS[region ?? ''] ?? '112';
}

let cachedDefaults: ClinicSettings | undefined;

/**
 * Settings for a page with no `<clinic-provider>`. One object while the page's language stays the same,
 * so widgets that ask again see no change and do not re-render.
 *
 * Every widget starts from these (a field initialiser), even when a provider replaces them a moment
 * later, so they cost nothing up front: the visitor's time zone and the locale's emergency number are
 * worked out on first read, because the first Intl formatter in a page initialises the browser's ICU
 * data (about 165 ms on a mid-range phone, issue 17). Each is then kept.
 */
export function defaultSettings(): ClinicSettings {
  const locale = pageLocale();
  if (cachedDefaults?.locale !== locale) {
    let emergencyNumber: string | undefined;
    cachedDefaults = Object.freeze({
      clinicName: '',
      get timeZone() {
        return visitorTimeZone();
      },
      leadTime: DEFAULT_LEAD_TIME,
      sessions: DEFAULT_SESSIONS,
      locale,
      provider: 'link',
      services: new Map(),
      get emergencyNumber() {
        return (emergencyNumber ??= emergencyNumberFor(locale));
      },
    } satisfies ClinicSettings);
  }
  return cachedDefaults;
}

/**
 * The one place settings are read from inputs and merged: each input that is given (not null, undefined
 * or empty) and valid replaces the matching field of `base`; a bad one warns, naming `host`, and `base`'s
 * value stays. `<clinic-provider>` resolves its attributes over the defaults; a widget resolves its own
 * overrides (`phone`, `booking-url`…) over the provider's settings with the same rules.
 */
export function resolveSettings(host: Element, inputs: SettingInputs, base: ClinicSettings): ClinicSettings {
  const text = (input: string, value: unknown, fallback: string) => readText(host, input, value, fallback);

  const pageLanguage = `the page's language (${base.locale})`;
  const ownLocale = parseText(
    host,
    'locale',
    inputs.locale,
    canonicalLocale,
    'is not a BCP 47 language tag',
    pageLanguage,
  );
  const locale = ownLocale ?? base.locale;

  const timeZone = parseTimeZone(host, 'timezone', inputs.timezone, `the visitor's (${base.timeZone})`);

  const hours = parseText(
    host,
    'hours',
    inputs.hours,
    parseOpeningHours,
    'is not opening hours like "Mo-Fr 09:00-19:00; Sa 10:00-16:00"',
    base.hours ? "the provider's hours" : 'no hours',
    MAX_LENGTH.list,
  );

  const currencyCode = (text: string) => (/^[A-Z]{3}$/.test(text.toUpperCase()) ? text.toUpperCase() : undefined);
  const currency = parseText(
    host,
    'currency',
    inputs.currency,
    currencyCode,
    'is not an ISO 4217 code like USD',
    base.currency ?? 'no prices',
  );

  const bookingUrl = parseHttpUrl(
    host,
    'booking-url',
    inputs.bookingUrl,
    base.bookingUrl ? "the provider's" : 'no booking link',
  );
  // A list with no usable entry has warned; the base's map stays, like any other bad value.
  const ownServices = parseServiceMap(host, 'services', inputs.services);
  const services = ownServices.size ? ownServices : base.services;
  const sessions =
    inputs.sessions == null || inputs.sessions === ''
      ? base.sessions
      : parseSessions(host, 'sessions', inputs.sessions);
  const emergencyFallback = ownLocale ? emergencyNumberFor(locale) : base.emergencyNumber;

  return {
    clinicName: text('clinic-name', inputs.clinicName, 'no name') ?? base.clinicName,
    timeZone: timeZone ?? base.timeZone,
    hours: hours ?? base.hours,
    leadTime: parseWholeNumber(host, 'lead-time', inputs.leadTime, base.leadTime, 7 * 24 * 60),
    sessions,
    currency: currency ?? base.currency,
    locale,
    provider: parseEnum(host, 'provider', inputs.provider, BOOKING_PROVIDERS, base.provider),
    bookingUrl: bookingUrl ?? base.bookingUrl,
    services,
    phone: text('phone', inputs.phone, base.phone ?? 'no phone') ?? base.phone,
    emergencyNumber: parseEmergencyNumber(host, 'emergency-number', inputs.emergencyNumber, emergencyFallback),
  };
}

/** Whether two settings say the same (so an unchanged provider update re-renders no widget). */
export function sameSettings(a: ClinicSettings, b: ClinicSettings): boolean {
  const key = (settings: ClinicSettings) => JSON.stringify({ ...settings, services: [...settings.services] });
  return a === b || key(a) === key(b);
}
