import { toWeeks, type Answers } from './answers.js';
import { SCREENS, SECTIONS, type Item, type Screen } from './questions.js';
import { triage } from './triage.js';

/**
 * Which step comes next, and back: pure functions of the step and the answers, so the element only
 * keeps state and renders.
 *
 * A step is a number: `START_STEP` (the start page), 0 to `SCREENS.length - 1` (that question screen),
 * `CHECK_STEP` ("Check your answers") or `RESULT_STEP` (the care card). A number because stored progress
 * (storage.ts) keeps it, and a range is easy to validate.
 */
export const START_STEP = -1;
export const CHECK_STEP = SCREENS.length;
export const RESULT_STEP = CHECK_STEP + 1;

export type View = 'start' | 'question' | 'check' | 'result';

export function viewOf(step: number): View {
  return step < 0 ? 'start' : step < CHECK_STEP ? 'question' : step === CHECK_STEP ? 'check' : 'result';
}

/** Whether one item has a usable answer: a number within its range, or any offered value. */
export function isItemAnswered(item: Item, answers: Answers): boolean {
  const value = answers[item.field];
  if (item.kind === 'number') {
    return Number.isInteger(value) && (value as number) >= item.min! && (value as number) <= item.max!;
  }
  return value !== undefined;
}

/**
 * Walks the screens in order: which items are asked (an item's `ask` sees the answers of earlier screens
 * only, so a screen never changes while it shows), and the answers that still apply, with the stale
 * answers of items no longer asked dropped and the duration in weeks worked out from amount and unit.
 */
function walk(answers: Answers): { kept: Answers; asked: Item[][] } {
  const kept: Answers = {};
  const asked: Item[][] = [];
  for (const screen of SCREENS) {
    const before = { ...kept };
    const items = screen.items.filter((item) => !item.ask || item.ask(before));
    asked.push(items);
    for (const item of items) {
      if (answers[item.field] !== undefined) (kept as Record<string, unknown>)[item.field] = answers[item.field];
    }
    if (screen.id === 'duration') {
      const weeks = toWeeks(kept.durationAmount, kept.durationUnit);
      if (weeks !== undefined) kept.weeks = weeks;
    }
  }
  return { kept, asked };
}

/** The answers that still apply (see walk). Triage always runs on this. */
export function relevantAnswers(answers: Answers): Answers {
  return walk(answers).kept;
}

/** The items of the screen at `index` that are asked, given the answers so far. */
export function askedItems(index: number, answers: Answers): Item[] {
  return walk(answers).asked[index] ?? [];
}

/** The asked items of every screen (empty for a screen that is skipped), in one walk. */
export function askedByScreen(answers: Answers): Item[][] {
  return walk(answers).asked;
}

/** Whether the screen at `index` is asked: some item on it is. */
export function isAsked(index: number, answers: Answers): boolean {
  return askedItems(index, answers).length > 0;
}

/** Whether every asked item of a screen is answered. */
export function isAnswered(index: number, answers: Answers): boolean {
  return askedItems(index, answers).every((item) => isItemAnswered(item, answers));
}

/** Whether the answers so far already make this an emergency: the checker then stops asking at once. */
export function isEmergency(answers: Answers): boolean {
  return triage(relevantAnswers(answers)).urgency === 'emergency';
}

/**
 * The nearest asked screen after `from` (with `onlyUnanswered`, one still to answer), else check
 * answers. `onlyUnanswered` is for a visitor changing one answer from "Check your answers": they go
 * back there once nothing new needs asking.
 */
export function nextStep(from: number, answers: Answers, onlyUnanswered = false): number {
  let step = from + 1;
  while (step < CHECK_STEP && !(isAsked(step, answers) && !(onlyUnanswered && isAnswered(step, answers)))) step++;
  return step;
}

/** Back: to "Check your answers" while changing an answer, else the nearest asked screen before, else start. */
export function previousStep(step: number, answers: Answers, returnToCheck: boolean): number {
  if (returnToCheck && step < CHECK_STEP) return CHECK_STEP;
  let previous = step - 1;
  while (previous >= 0 && !isAsked(previous, answers)) previous--;
  return previous;
}

/** Whether every asked screen before `step` (a screen index, or `CHECK_STEP` for all) is answered. */
function answeredBefore(step: number, answers: Answers): boolean {
  return SCREENS.slice(0, step).every((_screen, index) => !isAsked(index, answers) || isAnswered(index, answers));
}

/**
 * The progress cue of a screen: its section's number and name. Sections, not "question 4 of 10": the
 * number of screens depends on the answers, the number of sections does not, so the cue never lies.
 */
export function sectionOf(screen: Screen): { number: number; total: number; section: Screen['section'] } {
  return { number: SECTIONS.indexOf(screen.section) + 1, total: SECTIONS.length, section: screen.section };
}

/**
 * Whether the checker itself could be at `step` with these answers, so stored progress may resume there:
 * a screen that is asked, with every asked screen before it answered; "Check your answers" with all of
 * them answered; a result reached from check answers, or from a screen whose answers made it an
 * emergency (`resultBackStep`, where "Wrong answer? Go back" returns; the rest of that screen may be
 * unanswered, since an emergency answer interrupts at once). Anything else could show a result built on
 * missing answers, so it never resumes.
 */
export function canResume(step: number, resultBackStep: number, answers: Answers): boolean {
  switch (viewOf(step)) {
    case 'question':
      return isAsked(step, answers) && answeredBefore(step, answers);
    case 'check':
      return answeredBefore(CHECK_STEP, answers);
    case 'result':
      if (resultBackStep === CHECK_STEP) return answeredBefore(CHECK_STEP, answers);
      return viewOf(resultBackStep) === 'question' && answeredBefore(resultBackStep, answers) && isEmergency(answers);
    default:
      return false;
  }
}
