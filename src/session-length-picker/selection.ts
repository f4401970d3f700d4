import type { SessionOption } from '../core/sessions.js';

/**
 * The offered session length that `value` names, or undefined when it names none: an empty value, text
 * that is not a whole number of minutes ("abc", "60.5", "-5") or a length the clinic does not offer.
 */
export function offeredLength(
  sessions: readonly SessionOption[],
  value: string | number | null | undefined,
): number | undefined {
  const text = String(value ?? '').trim();
  return /^\d+$/.test(text) ? sessions.find((s) => s.minutes === Number(text))?.minutes : undefined;
}
