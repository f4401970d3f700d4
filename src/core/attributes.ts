/**
 * Attribute parsing that never throws: a bad value gets one console.warn naming the element, the
 * attribute and the value, and the caller falls back to a documented default.
 */

const warned = new WeakMap<Element, Set<string>>();

/**
 * Warns once per element, attribute, value and problem:
 * `<tag> attribute "attr": "value" is <problem>; using <fallback>`.
 */
export function warnAttribute(
  element: Element,
  attribute: string,
  value: unknown,
  problem: string,
  fallback: string,
): void {
  const message = `<${element.localName}> attribute "${attribute}": "${String(value)}" ${problem}; using ${fallback}`;
  let seen = warned.get(element);
  if (!seen) warned.set(element, (seen = new Set()));
  if (!seen.has(message)) console.warn(message);
  seen.add(message);
}

/** Returns `value` when it is one of `allowed`; otherwise warns and returns `fallback`. */
export function parseEnum<T extends string>(
  element: Element,
  attribute: string,
  value: string | null | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value == null || value === '') return fallback;
  const normalized = value.trim().toLowerCase();
  if ((allowed as readonly string[]).includes(normalized)) return normalized as T;
  warnAttribute(element, attribute, value, `is not one of ${allowed.join(', ')}`, fallback);
  return fallback;
}

/**
 * Parses a whole, non-negative number of minutes (or other unit). Non-numbers, negatives and fractions
 * warn and give `fallback`.
 */
export function parseWholeNumber(
  element: Element,
  attribute: string,
  value: string | number | null | undefined,
  fallback: number,
  max = Number.MAX_SAFE_INTEGER,
): number {
  if (value == null || value === '') return fallback;
  const text = String(value).trim();
  const number = /^\d+$/.test(text) ? Number(text) : NaN;
  if (number <= max) return number;
  warnAttribute(element, attribute, value, `is not a whole number from 0 to ${max}`, String(fallback));
  return fallback;
}

/**
 * An emergency number: 2 to 6 digits, optionally after a `+` (911, 999, 112, 000). Anything else warns
 * and gives `fallback`; an empty value gives `fallback` silently.
 */
export function parseEmergencyNumber(
  element: Element,
  attribute: string,
  value: string | null | undefined,
  fallback: string,
): string {
  const number = value?.trim();
  if (!number) return fallback;
  if (/^\+?\d{2,6}$/.test(number)) return number;
  warnAttribute(element, attribute, value, 'is not a short phone number', fallback);
  return fallback;
}

/**
 * Only `https:` and `http:` URLs may reach a link or an iframe; `javascript:`, `data:` and anything
 * malformed is refused. A relative URL (the clinic's own `/book` page) resolves against the page.
 * Returns the absolute URL, or undefined.
 */
export function toHttpUrl(value: string | null | undefined, base = document.baseURI): URL | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps the characters a `tel:` link can dial: digits, a leading +, and the pause characters. */
export function toTelHref(phone: string): string | undefined {
  const dialable = phone.replace(/[^\d+,;*#]/g, '').replace(/(?!^)\+/g, '');
  return /\d{2,}/.test(dialable) ? `tel:${dialable}` : undefined;
}
