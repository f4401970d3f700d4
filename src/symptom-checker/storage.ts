import type { Answers } from './answers.js';
import { ITEMS, type Item } from './questions.js';
import { CHECK_STEP, RESULT_STEP, canResume } from './flow.js';

/**
 * Progress kept for `<symptom-checker remember>`: in `sessionStorage` (this tab only), written after
 * each step and removed by "Start again".
 *
 * What is read back is never trusted: another version of the widget, another script on the page, or a
 * person with the developer tools may have written anything there. `parseProgress` checks it field by
 * field against the questions; anything unexpected is dropped as a whole (and removed), and the checker
 * starts afresh at its start page. No storage (blocked, full, private mode) only means nothing is
 * remembered.
 */

export const STORAGE_KEY = 'clinic-widgets:symptom-checker';

/**
 * Progress as stored. `version` changes whenever the shape or meaning of a field does: 2 since the
 * questions became screens of items (issue 13), so a step of version 1 means nothing now.
 */
export const PROGRESS_VERSION = 2 as const;
export interface Progress {
  version: typeof PROGRESS_VERSION;
  answers: Answers;
  /** The step on screen (see flow.ts). */
  step: number;
  /** Where the emergency result's "Wrong answer? Go back" returns to. */
  resultBackStep: number;
  /** The visitor came from "Check your answers" to change an answer, and returns there. */
  returnToCheck: boolean;
}

const YES_NO_VALUES: readonly unknown[] = [true, false, 'not-sure'];
/** The longest number the number box accepts (4 digits); its range is checked when continuing. */
const LARGEST_TYPED_NUMBER = 9999;

const isWholeNumber = (value: unknown, min: number, max: number): value is number =>
  Number.isInteger(value) && (value as number) >= min && (value as number) <= max;

/** Whether `value` is one the checker itself could have stored for this item. */
function isValidAnswer(item: Item, value: unknown): boolean {
  switch (item.kind) {
    case 'yes-no':
      return YES_NO_VALUES.includes(value);
    case 'choice':
      return item.options!.includes(value as string);
    case 'number':
      // What was typed so far may be out of range (the visitor is told so); it never reaches triage,
      // because canResume needs every screen before the current one answered within its range.
      return isWholeNumber(value, 0, LARGEST_TYPED_NUMBER);
    case 'scale':
      return isWholeNumber(value, 0, 10);
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The answers in `value`, each checked against its item; fields no item writes are dropped (`weeks`
 * too: it is worked out from the amount and unit).
 * Undefined when it is not an object or any known field holds a value the checker could not have
 * stored: one bad answer might be a red flag read wrongly, so none of it is kept.
 */
export function parseAnswers(value: unknown): Answers | undefined {
  if (!isRecord(value)) return undefined;
  const answers: Record<string, unknown> = {};
  for (const item of ITEMS) {
    const { field } = item;
    if (!Object.hasOwn(value, field) || value[field] === undefined) continue;
    if (!isValidAnswer(item, value[field])) return undefined;
    answers[field] = value[field];
  }
  return answers as Answers;
}

/** Stored progress, validated; undefined for anything else (another version or shape, tampering). */
export function parseProgress(value: unknown): Progress | undefined {
  if (!isRecord(value) || value.version !== PROGRESS_VERSION) return undefined;
  const answers = parseAnswers(value.answers);
  const { step, resultBackStep, returnToCheck } = value;
  if (!answers || typeof returnToCheck !== 'boolean') return undefined;
  if (!isWholeNumber(step, 0, RESULT_STEP) || !isWholeNumber(resultBackStep, 0, CHECK_STEP)) return undefined;
  if (!canResume(step, resultBackStep, answers)) return undefined;
  return { version: PROGRESS_VERSION, answers, step, resultBackStep, returnToCheck };
}

/** The stored progress, or undefined (nothing stored, unreadable, or blocked). Bad progress is removed. */
export function loadProgress(): Progress | undefined {
  try {
    const text = sessionStorage.getItem(STORAGE_KEY);
    if (text === null) return undefined;
    let progress: Progress | undefined;
    try {
      progress = parseProgress(JSON.parse(text));
    } catch {
      progress = undefined;
    }
    if (!progress) sessionStorage.removeItem(STORAGE_KEY);
    return progress;
  } catch {
    // Storage blocked (a sandboxed frame, some privacy settings): nothing to resume.
    return undefined;
  }
}

export function saveProgress(progress: Omit<Progress, 'version'>): void {
  try {
    const { answers, step, resultBackStep, returnToCheck } = progress;
    const stored: Progress = { version: PROGRESS_VERSION, answers, step, resultBackStep, returnToCheck };
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(stored));
  } catch {
    // Storage full or blocked: the checker still works, it just won't remember.
  }
}

export function clearProgress(): void {
  try {
    sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage blocked: nothing was stored either.
  }
}
