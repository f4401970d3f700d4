import { warnAttribute } from './attributes.js';

/** One session length a clinic offers, with its price in the clinic's currency when known. */
export interface SessionOption {
  minutes: number;
  price?: number;
}

/** What a clinic offers when it says nothing: our reference clinic's 60 and 90 minutes. */
export const DEFAULT_SESSIONS: readonly SessionOption[] = Object.freeze([{ minutes: 60 }, { minutes: 90 }]);

/** Longest session we accept (8 hours): anything above is surely a typo. */
const MAX_MINUTES = 480;

/**
 * Reads a comma-separated list of `minutes` or `minutes:value` items (`pattern` captures both) into a
 * map in the clinic's order. Each bad or repeated item warns and is skipped.
 */
function parseLengths(
  element: Element,
  attribute: string,
  value: string,
  pattern: RegExp,
  problem: string,
  fallback: string,
): Map<number, string | undefined> {
  const lengths = new Map<number, string | undefined>();
  for (const item of value.split(',').map((raw) => raw.trim()).filter(Boolean)) {
    const [, minutes, rest] = pattern.exec(item) ?? [];
    const length = Number(minutes);
    if (lengths.has(length)) warnAttribute(element, attribute, item, `repeats ${length} minutes`, fallback);
    else if (length >= 1 && length <= MAX_MINUTES) lengths.set(length, rest);
    else warnAttribute(element, attribute, item, problem, fallback);
  }
  return lengths;
}

/**
 * Parses a session list like `60:95, 90:135` (minutes, optionally `:price`). Each bad item warns and is
 * skipped; a repeated length keeps its first entry; a list with nothing usable warns and gives
 * DEFAULT_SESSIONS.
 */
export function parseSessions(
  element: Element,
  attribute: string,
  value: string | null | undefined,
): SessionOption[] {
  if (value == null || value.trim() === '') return [...DEFAULT_SESSIONS];
  const lengths = parseLengths(element, attribute, value, /^(\d{1,3})\s*(?::\s*(\d+(?:\.\d{1,2})?))?$/,
    'is not a session length (minutes, or minutes:price)', 'the other lengths');
  if (lengths.size) return [...lengths].map(([minutes, price]) => (price ? { minutes, price: Number(price) } : { minutes }));
  warnAttribute(element, attribute, value, 'has no valid session length', '60 and 90 minutes');
  return [...DEFAULT_SESSIONS];
}

/**
 * Parses a length-to-identifier map like `60:1234, 90:abc-def` (a booking system's service, event or
 * treatment per length). Bad or repeated items warn and are skipped.
 */
export function parseServiceMap(
  element: Element,
  attribute: string,
  value: string | null | undefined,
): Map<number, string> {
  return parseLengths(element, attribute, value ?? '', /^(\d{1,3})\s*:\s*(\S+)$/, 'is not "minutes:identifier"',
    'the other entries') as Map<number, string>;
}
