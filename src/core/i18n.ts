import type {
  LanguagePack,
  ListKey,
  Message,
  PluralKey,
  PluralMessage,
  TextKey,
  Translation,
} from '../locales/translation.js';

/**
 * Localized strings and Intl formatting.
 *
 * English is built in: each element's `strings.ts` registers its catalog. Spanish and French are language
 * packs (src/locales/es.ts, fr.ts), built as `locales/es-<hash>.js` and `fr-<hash>.js` beside the bundle and
 * loaded the first time a widget needs one, so an English page downloads nothing extra. A clinic changes
 * any string, or adds a language, with `registerStrings`; its strings win over the built-in ones.
 *
 * A lookup for `es-MX` tries, in order: the clinic's `es-MX`, then `es`, the pack's `es-MX`, then `es`,
 * and then the same for English; an unknown key shows as itself, so a missing string is visible rather
 * than blank. Numbers, prices, dates and times always go through Intl.
 *
 * Widgets listen with `onStringsChange` and render again when strings are registered or a pack arrives.
 *
 * Why no localisation library: what is needed (a fallback chain, plural forms as data, keys typed from the
 * English catalogs, packs loaded on demand, clinic overrides that win) fits in this file on top of Intl.
 * @lit/localize would wrap every template string in msg() and generate its own locale modules without
 * plural data; i18next or FormatJS would add more bytes than all of this, for ICU syntax we do not use.
 */

type Catalog = Readonly<Partial<Record<string, Message>>>;

/** The languages shipped as packs, each loaded on first use (a separate file: see vite.config.ts). */
const PACKS: Readonly<Record<string, () => Promise<{ default: LanguagePack }>>> = {
  es: () => import('../locales/es.js'),
  fr: () => import('../locales/fr.js'),
};

/** Built-in strings (English and the loaded packs) and the clinic's own, by lower-case tag. */
/** Each language tag's catalog, owned here (merged into in place). */
const builtIn = new Map<string, Partial<Record<string, Message>>>();
const registered = new Map<string, Partial<Record<string, Message>>>();
/** The tags that have any strings, built-in or registered: `textLanguage` reads it on every `t()`. */
const tagsWithStrings = new Set<string>();
/** Each pack's load, started once; settled when its strings are in (or it failed, with a warning). */
const loads = new Map<string, Promise<void>>();
const listeners = new Set<() => void>();
let notifyQueued = false;

/** The language subtag of a locale (`es-MX` → `es`), lower case. */
const languageOf = (locale: string) => locale.toLowerCase().split('-')[0];

// Into the catalog in place: English alone is merged once per element module, and copying the whole
// catalog each time cost about 9 ms of the bundle's evaluation at 4x CPU (issue 17).
function merge(into: typeof builtIn, locale: string, strings: Catalog): void {
  const tag = locale.toLowerCase();
  const catalog = into.get(tag);
  if (catalog) Object.assign(catalog, strings);
  else into.set(tag, { ...strings });
  if (Object.keys(strings).length > 0) tagsWithStrings.add(tag);
}

/** Tells every listening widget, once per task however many catalogs changed in it. */
function notify(): void {
  if (notifyQueued) return;
  notifyQueued = true;
  queueMicrotask(() => {
    notifyQueued = false;
    for (const listener of listeners) listener();
  });
}

/** Calls `listener` after strings are registered or a language pack has loaded. Returns the unsubscribe. */
export function onStringsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The element strings' own English catalogs and the packs: not for clinics (they use registerStrings). */
export function registerBuiltInStrings(locale: string, strings: Catalog): void {
  merge(builtIn, locale, strings);
}

const isMessage = (value: unknown): value is Message =>
  typeof value === 'string' ||
  (Array.isArray(value) && value.every((item) => typeof item === 'string')) ||
  (typeof value === 'object' && value !== null && typeof (value as PluralMessage).other === 'string');

/**
 * Adds or replaces strings for a language (`es`, `fr-CA`, or a new one such as `de`). Later calls merge
 * into earlier ones, and widgets already on the page show them at once. Keys and shapes are those of
 * docs/strings.md; in TypeScript a wrong key or shape fails the type check, in JavaScript it warns once
 * and is skipped.
 */
export function registerStrings(locale: string, strings: Partial<Translation>): void {
  const english = builtIn.get('en') ?? {};
  const accepted: Record<string, Message> = {};
  for (const [key, value] of Object.entries(strings as Record<string, unknown>)) {
    const family = key.split('.')[0] + '.';
    const knownFamily = Object.keys(english).some((known) => known.startsWith(family));
    if (!isMessage(value)) {
      console.warn(`registerStrings("${locale}"): "${key}" is not a text, a list or plural forms; it is skipped.`);
    } else if (knownFamily && !(key in english)) {
      console.warn(`registerStrings("${locale}"): there is no string "${key}" (see docs/strings.md); it is skipped.`);
    } else {
      accepted[key] = value;
    }
  }
  merge(registered, locale, accepted);
  notify();
}

/**
 * Starts loading the pack of `locale`'s language if there is one and it is not in yet. Returns the load
 * to wait for, or undefined when there is nothing to wait for (English, a loaded pack, no pack).
 */
export function whenStringsReady(locale: string): Promise<void> | undefined {
  const language = languageOf(locale);
  const pack = Object.hasOwn(PACKS, language) ? PACKS[language] : undefined;
  if (!pack || builtIn.has(language)) return undefined;
  let load = loads.get(language);
  if (!load) {
    load = pack().then(
      ({ default: { strings, regions } }) => {
        registerBuiltInStrings(language, strings);
        for (const [region, words] of Object.entries(regions ?? {})) registerBuiltInStrings(region, words);
        notify();
      },
      (error: unknown) => {
        // Only the pack is missing (its file was not copied beside the bundle, say): English instead.
        console.warn(
          `clinic-widgets: the "${language}" strings (locales/${language}-….js, beside the script) could not be loaded, so widgets show English.`,
          error,
        );
        builtIn.set(language, {});
      },
    );
    loads.set(language, load);
  }
  return load;
}

/**
 * Resolves once the strings of `locale`'s language are in: for the pure helpers (`triage` with
 * `locale: 'es'`) and for pages that want to wait. Widgets wait by themselves.
 */
export function loadStrings(locale: string): Promise<void> {
  return whenStringsReady(locale) ?? Promise.resolve();
}

function lookup(locale: string, key: string): Message | undefined {
  whenStringsReady(locale);
  const tag = locale.toLowerCase();
  const language = languageOf(tag);
  const families = language === 'en' ? [[tag, 'en']] : [[tag, language], ['en']];
  for (const family of families) {
    for (const layer of [registered, builtIn]) {
      for (const name of family) {
        const message = layer.get(name)?.[key];
        if (message !== undefined) return message;
      }
    }
  }
  return undefined;
}

/**
 * The language the widgets' text is in for `locale`: its own language when there are strings for it
 * (a pack, or a clinic's), else English. Widgets put it in `lang` on their content.
 */
export function textLanguage(locale: string): string {
  const language = languageOf(locale);
  const tag = locale.toLowerCase();
  return tagsWithStrings.has(tag) || tagsWithStrings.has(language) ? language : 'en';
}

/**
 * The locale numbers and dates are formatted in: `locale` itself when the text is in its language, else
 * English, so a sentence never mixes two languages ("about 10 Sekunden, moving slowly").
 */
export function displayLocale(locale: string): string {
  return textLanguage(locale) === languageOf(locale) ? locale : 'en';
}

function fill(text: string, values?: Readonly<Record<string, string | number>>): string {
  return values ? text.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole)) : text;
}

/** A text for `locale`, `{name}` placeholders filled from `values`; an unknown key returns the key. */
export function translate(locale: string, key: TextKey, values?: Readonly<Record<string, string | number>>): string {
  const message = lookup(locale, key);
  return typeof message === 'string' ? fill(message, values) : key;
}

/** A text, or undefined when no language has this key (an optional hint, say). */
export function translateOptional(locale: string, key: string): string | undefined {
  const message = lookup(locale, key);
  return typeof message === 'string' ? message : undefined;
}

/** A list (choice labels, steps) for `locale`. */
export function translateList(locale: string, key: ListKey): readonly string[] {
  const message = lookup(locale, key);
  return Array.isArray(message) ? message : [];
}

/** The form of a plural message for `count` that the text language's rules pick, `{n}` being the count. */
export function translatePlural(
  locale: string,
  key: PluralKey,
  count: number,
  values?: Readonly<Record<string, string | number>>,
): string {
  const message = lookup(locale, key);
  if (typeof message !== 'object' || Array.isArray(message)) return key;
  const forms = message as PluralMessage;
  const language = textLanguage(locale);
  const text = forms[pluralCategory(language, count)] ?? forms.other;
  return fill(text, { n: numbers(displayLocale(locale), {}).format(count), ...values });
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
function pluralCategory(locale: string, n: number): Intl.LDMLPluralRule {
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
