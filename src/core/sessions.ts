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
 * Splits a comma-separated list and parses each item with `parse`, which returns the item's value or
 * the problem to warn about. Each bad item warns and is skipped; the rest are kept in order.
 */
function parseList<T>(
  element: Element,
  attribute: string,
  value: string,
  parse: (item: string, kept: T[]) => T | { problem: string },
  fallback: string,
): T[] {
  const kept: T[] = [];
  for (const item of value.split(',').map((raw) => raw.trim()).filter(Boolean)) {
    const result = parse(item, kept);
    if (result && typeof result === 'object' && 'problem' in result) {
      warnAttribute(element, attribute, item, result.problem, fallback);
    } else {
      kept.push(result as T);
    }
  }
  return kept;
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
  const sessions = parseList<SessionOption>(element, attribute, value, (item, kept) => {
    const match = /^(\d{1,3})\s*(?::\s*(\d+(?:\.\d{1,2})?))?$/.exec(item);
    const minutes = Number(match?.[1]);
    if (!match || minutes < 1 || minutes > MAX_MINUTES) return { problem: 'is not a session length (minutes, or minutes:price)' };
    if (kept.some((s) => s.minutes === minutes)) return { problem: `repeats ${minutes} minutes` };
    return match[2] === undefined ? { minutes } : { minutes, price: Number(match[2]) };
  }, 'the other lengths');
  if (sessions.length) return sessions;
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
  const entries = parseList<[number, string]>(element, attribute, value ?? '', (item, kept) => {
    const match = /^(\d{1,3})\s*:\s*(\S+)$/.exec(item);
    return match && !kept.some(([minutes]) => minutes === Number(match[1]))
      ? [Number(match[1]), match[2]]
      : { problem: 'is not "minutes:identifier"' };
  }, 'the other entries');
  return new Map(entries);
}
