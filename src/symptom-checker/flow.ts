import type { Answers } from './answers.js';
import { QUESTIONS, fieldsOf, type Question } from './questions.js';
import { triage } from './triage.js';

/**
 * Which step comes next, and back: pure functions of the step and the answers, so the element only
 * keeps state and renders.
 *
 * A step is a number: `START_STEP` (the start page), 0 to `QUESTIONS.length - 1` (that question),
 * `CHECK_STEP` ("Check your answers") or `RESULT_STEP` (the care card). A number because stored progress
 * (storage.ts) keeps it, and a range is easy to validate.
 */
export const START_STEP = -1;
export const CHECK_STEP = QUESTIONS.length;
export const RESULT_STEP = CHECK_STEP + 1;

export type View = 'start' | 'question' | 'check' | 'result';

export function viewOf(step: number): View {
  return step < 0 ? 'start' : step < CHECK_STEP ? 'question' : step === CHECK_STEP ? 'check' : 'result';
}

/** Whether a question has a usable answer. A multi question is answered by one tick, or by "None". */
export function isAnswered(question: Question, answers: Answers): boolean {
  const values = fieldsOf(question).map((field) => answers[field]);
  if (question.kind === 'multi') return values.includes(true) || values.every((value) => value === false);
  if (question.kind === 'number') {
    const value = values[0];
    return Number.isInteger(value) && (value as number) >= question.min! && (value as number) <= question.max!;
  }
  return values[0] !== undefined;
}

/**
 * The answers that still apply: walking the questions in order, those that earlier answers make
 * irrelevant (and their stale answers) are dropped. Triage always runs on this.
 */
export function relevantAnswers(answers: Answers): Answers {
  const kept: Record<string, unknown> = {};
  for (const question of QUESTIONS) {
    if (question.ask && !question.ask(kept)) continue;
    for (const field of fieldsOf(question)) if (answers[field] !== undefined) kept[field] = answers[field];
  }
  return kept;
}

/** Whether the question at `index` is asked, given the answers so far. */
export function isAsked(index: number, answers: Answers): boolean {
  const question = QUESTIONS[index];
  return !question.ask || question.ask(relevantAnswers(answers));
}

/** Whether the answers so far already make this an emergency: the checker then stops asking at once. */
export function isEmergency(answers: Answers): boolean {
  return triage(relevantAnswers(answers)).urgency === 'emergency';
}

/**
 * The nearest asked question after `from` (with `onlyUnanswered`, one still to answer), else check
 * answers. `onlyUnanswered` is for a visitor changing one answer from "Check your answers": they go
 * back there once nothing new needs asking.
 */
export function nextStep(from: number, answers: Answers, onlyUnanswered = false): number {
  let step = from + 1;
  while (step < CHECK_STEP && !(isAsked(step, answers) && !(onlyUnanswered && isAnswered(QUESTIONS[step], answers)))) {
    step++;
  }
  return step;
}

/** Back: to "Check your answers" while changing an answer, else the nearest asked question before, else start. */
export function previousStep(step: number, answers: Answers, returnToCheck: boolean): number {
  if (returnToCheck && step < CHECK_STEP) return CHECK_STEP;
  let previous = step - 1;
  while (previous >= 0 && !isAsked(previous, answers)) previous--;
  return previous;
}

/** Whether every asked question before `step` (a question index, or `CHECK_STEP` for all) is answered. */
function answeredBefore(step: number, answers: Answers): boolean {
  return QUESTIONS.slice(0, step).every((question, index) => !isAsked(index, answers) || isAnswered(question, answers));
}

/**
 * Whether the checker itself could be at `step` with these answers, so stored progress may resume there:
 * a question that is asked, with every asked question before it answered; "Check your answers" with all
 * of them answered; a result reached from check answers, or from a question whose answer made it an
 * emergency (`resultBackStep`, where "Wrong answer? Go back" returns). Anything else could show a result
 * built on missing answers, so it never resumes.
 */
export function canResume(step: number, resultBackStep: number, answers: Answers): boolean {
  switch (viewOf(step)) {
    case 'question':
      return isAsked(step, answers) && answeredBefore(step, answers);
    case 'check':
      return answeredBefore(CHECK_STEP, answers);
    case 'result':
      if (resultBackStep === CHECK_STEP) return answeredBefore(CHECK_STEP, answers);
      return (
        viewOf(resultBackStep) === 'question' && answeredBefore(resultBackStep + 1, answers) && isEmergency(answers)
      );
    default:
      return false;
  }
}
