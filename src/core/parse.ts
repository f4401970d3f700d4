/**
 * Input parsing at the boundary. Attributes arrive as strings or `null` (removed); properties set from
 * code (React, Vue, a script) can be any JavaScript value. Every parser here accepts `unknown`, never
 * throws, runs in linear time, and on a bad value gives one warning (see warnings.ts) and the documented
 * fallback. Elements call these in `willUpdate`, never in `render`.
 */
import { warnInput } from './warnings.js';
import { isValidTimeZone } from './zoned-time.js';

/**
 * Longest input accepted, in characters, per kind (documented in the README). Longer input warns once and
 * falls back: no parser ever spends time on a 100 KB attribute.
 */
export const MAX_LENGTH = {
  /** Words: names, labels, headings, phone numbers, time zones, enumerated values, numbers. */
  text: 200,
  /** Lists: `sessions`, `services`, `options`; and opening hours. */
  list: 500,
  /** URLs: about what browsers and servers reliably accept. */
  url: 2048,
} as const;

/**
 * Text from an attribute or property: a string (trimmed) or a finite number (as written). `null` and
 * `undefined` (a removed attribute, an unset property) and empty text give `undefined` silently; any other
 * type, or text over `maxLength`, warns and gives `undefined`, and the caller uses its default.
 */
export function readText(
  host: Element,
  input: string,
  value: unknown,
  fallback: string,
  maxLength: number = MAX_LENGTH.text,
): string | undefined {
  if (value == null) return undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') {
    warnInput(host, input, value, 'is not text', fallback);
    return undefined;
  }
  if (value.length > maxLength) {
    warnInput(host, input, value, `is longer than ${maxLength} characters`, fallback);
    return undefined;
  }
  return value.trim() || undefined;
}

/**
 * Text (see readText) that `read` turns into a value: a time zone, a locale, opening hours, a number. Text
 * that `read` refuses (it returns undefined) warns "<value> <problem>; using <fallback>" and gives
 * undefined, like no text at all: the caller uses its default, which `fallback` names. Every parser below
 * is one of these.
 */
export function parseText<T>(
  host: Element,
  input: string,
  value: unknown,
  read: (text: string) => T | undefined,
  problem: string,
  fallback: string,
  maxLength: number = MAX_LENGTH.text,
): T | undefined {
  const text = readText(host, input, value, fallback, maxLength);
  if (text === undefined) return undefined;
  const parsed = read(text);
  if (parsed === undefined) warnInput(host, input, value, problem, fallback);
  return parsed;
}

/** One of `allowed` (case-insensitive); anything else warns and gives `fallback`. */
export function parseEnum<T extends string>(
  host: Element,
  input: string,
  value: unknown,
  allowed: readonly T[],
  fallback: T,
): T {
  const oneOf = (text: string) => allowed.find((item) => item === text.toLowerCase());
  return parseText(host, input, value, oneOf, `is not one of ${allowed.join(', ')}`, fallback) ?? fallback;
}

/**
 * A whole number from `min` to `max` (a number, or digits as text). Fractions, negatives, other text and
 * other types warn and give `fallback`.
 */
export function parseWholeNumber(
  host: Element,
  input: string,
  value: unknown,
  fallback: number,
  max: number = Number.MAX_SAFE_INTEGER,
  min = 0,
): number {
  const inRange = (text: string) => {
    const number = /^\d{1,15}$/.test(text) ? Number(text) : NaN;
    return number >= min && number <= max ? number : undefined;
  };
  const problem = `is not a whole number from ${min} to ${max}`;
  return parseText(host, input, value, inRange, problem, String(fallback)) ?? fallback;
}

/**
 * A boolean property. Booleans are taken as they are; text follows HTML (an attribute that is present is
 * on, so `""` is true), except that `"false"` is false, as frameworks write it. `null` and `undefined` are
 * false; other types warn and give false.
 */
export function parseBoolean(host: Element, input: string, value: unknown): boolean {
  if (value != null && typeof value !== 'boolean' && typeof value !== 'string') {
    warnInput(host, input, value, 'is not true or false', 'false');
  }
  return isOn(value);
}

/** parseBoolean's reading without its warning (for attribute converters): `true`, or any text but `"false"`. */
export function isOn(value: unknown): boolean {
  return typeof value === 'string' ? value.trim().toLowerCase() !== 'false' : value === true;
}

/**
 * An emergency number: 2 to 6 digits, optionally after a `+` (911, 999, 112, 000). Anything else warns
 * and gives `fallback`; an empty value gives `fallback` silently.
 */
export function parseEmergencyNumber(host: Element, input: string, value: unknown, fallback: string): string {
  const shortNumber = (text: string) => (/^\+?\d{2,6}$/.test(text) ? text : undefined);
  return parseText(host, input, value, shortNumber, 'is not a short phone number', fallback) ?? fallback;
}

/** An IANA time zone this browser knows, else undefined (a bad one warns, naming `fallback`). */
export function parseTimeZone(host: Element, input: string, value: unknown, fallback: string): string | undefined {
  const known = (zone: string) => (isValidTimeZone(zone) ? zone : undefined);
  return parseText(host, input, value, known, 'is not an IANA time zone', fallback);
}

/**
 * Only `https:` and `http:` URLs may reach a link or an iframe; `javascript:`, `data:` and anything
 * malformed is refused. A relative URL (the clinic's own `/book` page) resolves against the page (on a
 * server, with no page, only an absolute URL is usable).
 */
export function toHttpUrl(value: string | null | undefined, base = globalThis.document?.baseURI): URL | undefined {
  if (typeof value !== 'string' || !value) return undefined;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** A booking URL input: an http(s) URL up to MAX_LENGTH.url, else a warning and `undefined`. */
export function parseHttpUrl(host: Element, input: string, value: unknown, fallback: string): string | undefined {
  // A number is never a URL, though as text it would resolve as a relative path ("/0").
  const text = typeof value === 'number' ? String(value) : readText(host, input, value, fallback, MAX_LENGTH.url);
  if (text === undefined) return undefined;
  const url = typeof value === 'string' ? toHttpUrl(text)?.href : undefined;
  if (!url) warnInput(host, input, value, 'is not an http(s) URL', fallback);
  return url;
}

/** Keeps the characters a `tel:` link can dial: digits, a leading +, and the pause characters. */
export function toTelHref(phone: string): string | undefined {
  const dialable = phone.replace(/[^\d+,;*#]/g, '').replace(/(?!^)\+/g, '');
  return /\d{2,}/.test(dialable) ? `tel:${dialable}` : undefined;
}
