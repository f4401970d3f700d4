import { DEFAULT_SESSIONS, type SessionOption } from './sessions.js';
import { visitorTimeZone } from './zoned-time.js';
import type { WeeklyHours } from './hours.js';

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
  /** Shown in copy ("Book at Harbour Massage"); empty when unknown. */
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

export const DEFAULT_LEAD_TIME = 180;

/** A BCP 47 tag in canonical form (`en-gb` → `en-GB`), or undefined when it is empty or not one. */
export function canonicalLocale(tag: string | undefined): string | undefined {
  try {
    return tag?.trim() ? Intl.getCanonicalLocales(tag.trim())[0] : undefined;
  } catch {
    return undefined;
  }
}

/** The page's language: `<html lang>`, else the browser's, else English. */
export function pageLocale(): string {
  return canonicalLocale(document.documentElement.lang) ?? canonicalLocale(navigator.language) ?? 'en';
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

/** Settings for a page with no `<clinic-provider>`. */
export function defaultSettings(): ClinicSettings {
  const locale = pageLocale();
  return {
    clinicName: '',
    timeZone: visitorTimeZone(),
    leadTime: DEFAULT_LEAD_TIME,
    sessions: DEFAULT_SESSIONS,
    locale,
    provider: 'link',
    services: new Map(),
    emergencyNumber: emergencyNumberFor(locale),
  };
}
