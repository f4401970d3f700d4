import { onlyLiftable, type Answers } from './triage.js';

/**
 * The questions, in the order they are asked: emergency ones first, then see-a-doctor ones, then the
 * rest. One question per screen; copy lives in strings.ts under keys built from these ids.
 *
 * Kinds:
 * - `yn`: Yes / No / I'm not sure radios, stored as true / false / 'not-sure' in `answers[id]`;
 * - `choice`: radios over `options`, stored as the chosen value in `answers[id]`;
 * - `multi`: "select all that apply" tick boxes plus an exclusive "None of these"; each option is an
 *   answer field of its own (true when ticked, false for all with "None", else not reported);
 * - `number`: a whole number from `min` to `max`;
 * - `scale`: a 0 to 10 pain score as radios (never a slider).
 */
export type Kind = 'yn' | 'choice' | 'multi' | 'number' | 'scale';
export type Field = keyof Answers;

export interface Question {
  id: Field | 'history' | 'signs' | 'ibp';
  kind: Kind;
  /** Choice values, or the answer fields of a multi question. */
  options?: readonly string[];
  /** Whether it has a hint (`symptom.h.<id>`). */
  hint?: boolean;
  min?: number;
  max?: number;
  /** Whether to ask it, given the answers before it; always asked when absent. */
  ask?: (a: Answers) => boolean;
}

const q = (id: Question['id'], kind: Kind, more?: Partial<Question>): Question => ({ id, kind, ...more });
const yn = (id: Field, hint?: boolean, ask?: Question['ask']) => q(id, 'yn', { hint, ask });
const deficit = ['no', 'one', 'both', 'worse'];
const num = (n: number | undefined) => n ?? NaN;

export const QUESTIONS: readonly Question[] = [
  // Emergency (E-…): the cauda equina signs one by one, chest, legs, how it started; then the history
  // that completes an emergency (cancer for E-MSCC) and pregnancy (E-OBSTETRIC).
  yn('bladder', true),
  yn('bowel', true),
  yn('saddle', true),
  yn('sexual', true),
  yn('chest'),
  q('legs', 'choice', { options: ['no', 'above', 'below', 'both'] }),
  q('numb', 'choice', { options: deficit }),
  q('weak', 'choice', { options: deficit, hint: true }),
  q('onset', 'choice', { options: ['lifting', 'twisting', 'posture', 'workout', 'sneeze', 'fall', 'accident', 'none'] }),
  q('history', 'multi', { options: ['cancer', 'bones', 'immune', 'thinners', 'surgery'] }),
  yn('pregnant'),
  q('pregWeeks', 'number', { min: 1, max: 45, ask: (a) => a.pregnant === true }),
  yn('obstetric', false, (a) => a.pregnant === true || a.pregnant === 'not-sure'),
  // See a doctor (D-…, C-…).
  q('signs', 'multi', { options: ['fever', 'weightLoss', 'lump', 'night', 'cough', 'calf', 'skin'] }),
  q('where', 'choice', { options: ['low', 'upper', 'both'] }),
  q('age', 'number', { min: 1, max: 120 }),
  q('weeks', 'number', { min: 0, max: 2600, hint: true }),
  // Only matters for a first episode over 50 or under 20 (D-AGE-NEW-ONSET).
  yn('first', false, (a) => num(a.age) > 50 || num(a.age) < 20),
  q('pain', 'scale', { hint: true }),
  q('improving', 'choice', { options: ['better', 'same', 'worse'] }),
  // Only for pain that started before 45 and has lasted over 3 months (D-INFLAMMATORY).
  q('ibp', 'multi', {
    options: ['ibpNight', 'ibpButtock', 'ibpMoving', 'ibpNsaid', 'ibpFamily', 'ibpPsoriasis', 'ibpArthritis', 'ibpHeel'],
    ask: (a) => num(a.weeks) > 12 && num(a.age) - num(a.weeks) / 52 < 45,
  }),
  // Only when every reason to see a doctor is a "check before booking" a clinician can clear.
  yn('cleared', false, onlyLiftable),
];

/** The answer fields a question writes. */
export const fieldsOf = (question: Question): Field[] =>
  question.kind === 'multi' ? (question.options as Field[]) : [question.id as Field];

/** Whether a question has a usable answer. A multi question is answered by one tick, or by "None". */
export function isAnswered(question: Question, a: Answers): boolean {
  const values = fieldsOf(question).map((f) => a[f]);
  const v = values[0];
  return question.kind === 'multi'
    ? values.includes(true) || values.every((x) => x === false)
    : question.kind === 'number'
      ? Number.isInteger(v) && (v as number) >= question.min! && (v as number) <= question.max!
      : v !== undefined;
}

/**
 * The answers that still apply: walking the questions in order, those that earlier answers make
 * irrelevant (and their stale answers) are dropped. Triage always runs on this.
 */
export function relevantAnswers(a: Answers): Answers {
  const kept: Record<string, unknown> = {};
  for (const question of QUESTIONS) {
    if (!question.ask || question.ask(kept)) for (const f of fieldsOf(question)) if (a[f] !== undefined) kept[f] = a[f];
  }
  return kept;
}

/** Whether question `index` is asked, given the answers so far. */
export function isAsked(index: number, a: Answers): boolean {
  const question = QUESTIONS[index];
  return !question.ask || question.ask(relevantAnswers(a));
}
