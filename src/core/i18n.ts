/**
 * Localized strings and Intl formatting.
 *
 * Each element registers its English strings under its own prefix (`picker.label`, `booking.book`...).
 * A locale is one file that calls `registerStrings('fr', { ... })` with any of those keys; missing keys
 * fall back to the base language (`fr-CA` → `fr`) and then to English. Numbers, prices, dates and
 * times always go through Intl in the clinic's locale and time zone.
 */

export type Strings = Record<string, string>;

const catalogs = new Map<string, Strings>();

/** Adds (or overrides) strings for a language tag. Later calls merge into earlier ones. */
export function registerStrings(locale: string, strings: Strings): void {
  const key = locale.toLowerCase();
  catalogs.set(key, { ...catalogs.get(key), ...strings });
}

/**
 * Looks up `key` for `locale` and fills `{name}` placeholders from `values`. An unknown key returns
 * the key itself, so a missing string is visible rather than blank.
 */
export function translate(locale: string, key: string, values?: Record<string, string | number>): string {
  const tag = locale.toLowerCase();
  const text = catalogs.get(tag)?.[key] ?? catalogs.get(tag.split('-')[0])?.[key] ?? catalogs.get('en')?.[key] ?? key;
  return values ? text.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole)) : text;
}

const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

/** Intl formatters are slow to build and formatting happens on every render: keep one per options. */
function numbers(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n${locale}${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = new Intl.NumberFormat(locale, options)));
  return formatter as Intl.NumberFormat;
}

function dates(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d${locale}${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = new Intl.DateTimeFormat(locale, options)));
  return formatter as Intl.DateTimeFormat;
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** The plural category of `n` in the locale (`one`, `few`, `other`…); the rules are built once per locale. */
export function pluralCategory(locale: string, n: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(n);
}

/** "60 min" (short) or "60 minutes" (long) in the locale. */
export function formatMinutes(locale: string, minutes: number, display: 'short' | 'long' = 'short'): string {
  return numbers(locale, { style: 'unit', unit: 'minute', unitDisplay: display }).format(minutes);
}

/** "20 seconds" in the locale (timers format this every second, so the formatter is cached). */
export function formatSeconds(locale: string, seconds: number): string {
  return numbers(locale, { style: 'unit', unit: 'second', unitDisplay: 'long' }).format(seconds);
}

/** A price in the clinic's currency ("$95", "95,00 €"); whole amounts drop the cents. */
export function formatPrice(locale: string, currency: string, amount: number): string {
  const cents = Number.isInteger(amount) ? 0 : 2;
  return numbers(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: cents,
    maximumFractionDigits: cents,
  }).format(amount);
}

/** A time of day in a time zone ("4:00 PM"), optionally with the zone's short name ("4:00 PM AKST"). */
export function formatTime(locale: string, timeZone: string, date: Date, withZone = false): string {
  return dates(locale, {
    timeZone,
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: withZone ? 'short' : undefined,
  }).format(date);
}

/** The weekday name in a time zone ("Monday"). */
export function formatWeekday(locale: string, timeZone: string, date: Date): string {
  return dates(locale, { timeZone, weekday: 'long' }).format(date);
}
