/**
 * Pure helpers for `<session-length-picker>`'s inputs that are not parsed by core/parse.ts: what its
 * reflected attributes say, and its `descriptions` object. They never warn; the element warns in
 * `willUpdate`, with the same rules.
 */
import type { ComplexAttributeConverter } from 'lit';
import { isOn } from '../core/parse.js';

/**
 * The form field name a `name` property gives: text as written (a native control neither trims nor caps
 * it) or a finite number; anything else is no name, so the `name` attribute is removed.
 */
export function formName(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** Reflects `name`, since the form reads the attribute, as for native controls; an empty name removes it. */
export const nameConverter: ComplexAttributeConverter = {
  toAttribute: (value: unknown) => formName(value) || null,
};

// The one reading of on and off, shared with parseBoolean; re-exported for the picker's tests and callers.
export { isOn };

/**
 * Reflects `disabled` the way `parseBoolean` reads the property (`picker.disabled = 'false'` removes the
 * attribute). The attribute itself follows HTML, present is disabled, because the browser's own form
 * disabling (no submission, no validation) goes by the attribute's presence.
 */
export const disabledConverter: ComplexAttributeConverter = {
  fromAttribute: (value: string | null) => value !== null,
  toAttribute: (value: unknown) => (isOn(value) ? '' : null),
};

/**
 * The description per length from a `descriptions` property: a plain object (`{ 90: '…' }`) whose keys
 * are whole numbers of minutes and whose values are text; other entries are ignored. `null` and
 * `undefined` give `{}`; anything else (an array, a Map, a function, text) gives `undefined`, for the
 * caller to warn about.
 */
export function readDescriptions(value: unknown): Record<number, string> | undefined {
  if (value == null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) return undefined;
  try {
    const prototype = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) return undefined;
    const descriptions: Record<number, string> = {};
    for (const [key, text] of Object.entries(value)) {
      if (/^[1-9]\d{0,2}$/.test(key) && typeof text === 'string') descriptions[Number(key)] = text;
    }
    return descriptions;
  } catch {
    // A proxy or getter that throws: the object cannot be read.
    return undefined;
  }
}
