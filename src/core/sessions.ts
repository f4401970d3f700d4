import { MAX_LENGTH, readText } from './parse.js';
import { warnInput } from './warnings.js';

/** One session length a clinic offers, with its price in the clinic's currency when known. */
export interface SessionOption {
  minutes: number;
  price?: number;
}

/** What a clinic offers when it says nothing: our reference clinic's 60 and 90 minutes. */
export const DEFAULT_SESSIONS: readonly SessionOption[] = Object.freeze([{ minutes: 60 }, { minutes: 90 }]);

/** Longest session length accepted anywhere (8 hours): anything above is surely a typo. */
export const MAX_SESSION_MINUTES = 480;

/**
 * Reads a comma-separated list of `minutes` or `minutes:value` items (`pattern` captures both) into a
 * map in the clinic's order. Each bad or repeated item warns once and is skipped. Linear: the list is
 * capped at MAX_LENGTH.list and each item is matched by an anchored pattern without nested repeats.
 */
function parseLengths(
  host: Element,
  input: string,
  text: string,
  pattern: RegExp,
  problem: string,
  fallback: string,
): Map<number, string | undefined> {
  const lengths = new Map<number, string | undefined>();
  const problems: { item: string; problem: string }[] = [];
  for (const item of text
    .split(',')
    .map((raw) => raw.trim())
    .filter(Boolean)) {
    const [, minutes, rest] = pattern.exec(item) ?? [];
    const length = Number(minutes);
    if (lengths.has(length)) problems.push({ item, problem: `repeats ${length} minutes` });
    else if (length >= 1 && length <= MAX_SESSION_MINUTES) lengths.set(length, rest);
    else problems.push({ item, problem });
  }
  // A list with nothing usable gets one warning for the whole value (from the caller), not one per item.
  if (lengths.size) for (const bad of problems) warnInput(host, input, bad.item, bad.problem, fallback);
  return lengths;
}

/**
 * Parses a session list like `60:95, 90:135` (minutes, optionally `:price`). Each bad item warns and is
 * skipped; a repeated length keeps its first entry; a list with nothing usable warns and gives
 * DEFAULT_SESSIONS, as does anything that is not text.
 */
export function parseSessions(host: Element, input: string, value: unknown): readonly SessionOption[] {
  const text = readText(host, input, value, '60 and 90 minutes', MAX_LENGTH.list);
  if (text === undefined) return DEFAULT_SESSIONS;
  const lengths = parseLengths(
    host,
    input,
    text,
    /^(\d{1,3})\s*(?::\s*(\d{1,7}(?:\.\d{1,2})?))?$/,
    'is not a session length (minutes, or minutes:price)',
    'the other lengths',
  );
  if (lengths.size) {
    return [...lengths].map(([minutes, price]) => (price ? { minutes, price: Number(price) } : { minutes }));
  }
  warnInput(host, input, value, 'has no valid session length', '60 and 90 minutes');
  return DEFAULT_SESSIONS;
}

/**
 * Parses a length-to-identifier map like `60:1234, 90:abc-def` (a booking system's service, event or
 * treatment per length). Bad or repeated items warn and are skipped; anything that is not text gives
 * an empty map.
 */
export function parseServiceMap(host: Element, input: string, value: unknown): Map<number, string> {
  const text = readText(host, input, value, 'no service ids', MAX_LENGTH.list);
  if (text === undefined) return new Map();
  const services = parseLengths(
    host,
    input,
    text,
    /^(\d{1,3})\s*:\s*(\S{1,100})$/,
    'is not "minutes:identifier"',
    'the other entries',
  ) as Map<number, string>;
  if (!services.size) warnInput(host, input, value, 'has no "minutes:identifier" entry', 'no service ids');
  return services;
}
