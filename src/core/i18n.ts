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
  const text =
    catalogs.get(tag)?.[key] ?? catalogs.get(tag.split('-')[0])?.[key] ?? catalogs.get('en')?.[key] ?? key;
  return values ? text.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole)) : text;
}

const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) formatters.set(key, (formatter = make()));
  return formatter;
}

/** "60 min" (short) or "60 minutes" (long) in the locale. */
export function formatMinutes(locale: string, minutes: number, display: 'short' | 'long' = 'short'): string {
  return cached(`m|${locale}|${display}`, () =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: display }),
  ).format(minutes);
}

/** A price in the clinic's currency ("$95", "95,00 €"); whole amounts drop the cents. */
export function formatPrice(locale: string, currency: string, amount: number): string {
  const whole = Number.isInteger(amount);
  return cached(`p|${locale}|${currency}|${whole}`, () =>
    new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      ...(whole ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}),
    }),
  ).format(amount);
}

/** A time of day in a time zone ("4:00 PM"), optionally with the zone's short name ("4:00 PM AKST"). */
export function formatTime(locale: string, timeZone: string, date: Date, withZone = false): string {
  return cached(`t|${locale}|${timeZone}|${withZone}`, () =>
    new Intl.DateTimeFormat(locale, {
      timeZone,
      hour: 'numeric',
      minute: '2-digit',
      ...(withZone ? { timeZoneName: 'short' } : {}),
    }),
  ).format(date);
}

/** The weekday name in a time zone ("Monday"). */
export function formatWeekday(locale: string, timeZone: string, date: Date): string {
  return cached(`w|${locale}|${timeZone}`, () =>
    new Intl.DateTimeFormat(locale, { timeZone, weekday: 'long' }),
  ).format(date);
}
