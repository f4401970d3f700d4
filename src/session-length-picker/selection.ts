import type { SessionOption } from '../core/sessions.js';

/**
 * The offered session length that `value` names, or undefined when it names none: nothing, a value that is
 * neither text nor a number, text that is not a whole number of minutes ("abc", "60.5", "-5", "6e1") or a
 * length the clinic does not offer. Linear in the length of `value`.
 */
export function offeredLength(sessions: readonly SessionOption[], value: unknown): number | undefined {
  const text = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
  return /^\d{1,15}$/.test(text) ? sessions.find((session) => session.minutes === Number(text))?.minutes : undefined;
}
