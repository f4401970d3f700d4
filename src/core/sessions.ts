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
  const sessions: SessionOption[] = [];
  for (const raw of value.split(',')) {
    const item = raw.trim();
    if (!item) continue;
    const match = /^(\d{1,3})\s*(?::\s*(\d+(?:\.\d{1,2})?))?$/.exec(item);
    const minutes = match ? Number(match[1]) : 0;
    if (!match || minutes < 1 || minutes > MAX_MINUTES) {
      warnAttribute(element, attribute, item, `is not a session length (minutes, or minutes:price)`, 'the other lengths');
      continue;
    }
    if (sessions.some((s) => s.minutes === minutes)) {
      warnAttribute(element, attribute, item, `repeats ${minutes} minutes`, 'the first one');
      continue;
    }
    sessions.push(match[2] === undefined ? { minutes } : { minutes, price: Number(match[2]) });
  }
  if (sessions.length) return sessions;
  warnAttribute(element, attribute, value, 'has no valid session length', '60 and 90 minutes');
  return [...DEFAULT_SESSIONS];
}

/**
 * Parses a length-to-identifier map like `60:1234, 90:abc-def` (used for a booking system's service,
 * event or treatment per length). Bad items warn and are skipped.
 */
export function parseServiceMap(
  element: Element,
  attribute: string,
  value: string | null | undefined,
): Map<number, string> {
  const map = new Map<number, string>();
  if (!value) return map;
  for (const raw of value.split(',')) {
    const item = raw.trim();
    if (!item) continue;
    const match = /^(\d{1,3})\s*:\s*(\S+)$/.exec(item);
    if (!match || map.has(Number(match[1]))) {
      warnAttribute(element, attribute, item, 'is not "minutes:identifier"', 'the other entries');
      continue;
    }
    map.set(Number(match[1]), match[2]);
  }
  return map;
}
