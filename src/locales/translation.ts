import type { coreStrings } from '../core/strings.js';
import type { pickerStrings } from '../session-length-picker/strings.js';
import type { bookingStrings } from '../booking-button/strings.js';
import type { stretchStrings } from '../stretch-card/strings.js';
import type { symptomStrings } from '../symptom-checker/strings.js';

/**
 * The shape every language follows, derived from the English catalogs (each element's `strings.ts`), so
 * that a key missing from a language, a key that does not exist, or a list of the wrong length fails the
 * type check. Types only: nothing here reaches the bundle.
 */

/**
 * A message whose words depend on a count: one text per plural category the language uses, chosen with
 * `Intl.PluralRules` (`one`, `few`, `many`…); `other` is required and used for any category not given.
 * `{n}` is the count, formatted for the language.
 */
export type PluralMessage = { readonly [Category in Intl.LDMLPluralRule]?: string } & { readonly other: string };

/** Any string of a catalog: a text with `{placeholders}`, a list (choices, steps), or a plural message. */
export type Message = string | readonly string[] | PluralMessage;

/** Every English string, by key. */
export type English = typeof coreStrings &
  typeof pickerStrings &
  typeof bookingStrings &
  typeof stretchStrings &
  typeof symptomStrings;

/** The key of any string. */
export type StringKey = keyof English;

type KeysOf<Shape> = { [Key in StringKey]: English[Key] extends Shape ? Key : never }[StringKey];
/** Keys of plain texts. */
export type TextKey = KeysOf<string>;
/** Keys of lists: a translation has exactly as many items as the English. */
export type ListKey = KeysOf<readonly string[]>;
/** Keys of plural messages. */
export type PluralKey = Exclude<StringKey, TextKey | ListKey>;

/** What a language gives for one English message: a text, a list of the same length, or plural forms. */
type Translated<English> = English extends string
  ? string
  : English extends readonly string[]
    ? { readonly [Index in keyof English]: string }
    : PluralMessage;

/** A complete language: every key, each in the English message's shape. */
export type Translation = { readonly [Key in StringKey]: Translated<English[Key]> };

/**
 * What a language file in src/locales exports by default: the language's strings, and the words that
 * differ by region (`es-MX`, `fr-CA`: the names of services, say).
 */
export interface LanguagePack {
  strings: Translation;
  regions?: Readonly<Record<string, Partial<Translation>>>;
}
