import { registerStrings } from '../core/i18n.js';
import { onlyLiftable, type Answers } from './triage.js';

/**
 * The questions, in the order they are asked: emergency ones first, then see-a-doctor ones, then the
 * rest. One question per screen, in plain words written for this widget (none of it is STarT Back
 * wording).
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
  /** The question in plain words (the step's heading). */
  text: string;
  /** Choice values, or the answer fields of a multi question. */
  options?: readonly string[];
  /** The options' labels, "|" between them, in the same order. */
  labels?: string;
  /** A line of help under the question. */
  hint?: string;
  min?: number;
  max?: number;
  /** Whether to ask it, given the answers before it; always asked when absent. */
  ask?: (a: Answers) => boolean;
}

const q = (id: Question['id'], kind: Kind, text: string, more?: Partial<Question>): Question => ({ id, kind, text, ...more });
const yn = (id: Field, text: string, more?: Partial<Question>) => q(id, 'yn', text, more);
const deficit = ['no', 'one', 'both', 'worse'];
const num = (n: number | undefined) => n ?? NaN;

export const QUESTIONS: readonly Question[] = [
  // Emergency (E-…): the cauda equina signs one by one (people rarely mention them unless asked), chest,
  // legs, how it started; then the history that completes an emergency (cancer for E-MSCC) and
  // pregnancy (E-OBSTETRIC). Saddle numbness is asked apart from buttock or leg tingling.
  yn('bladder', 'Since your back pain started, have you had any new problems peeing?', {
    hint: 'For example, trouble starting or controlling it, or leaking.',
  }),
  yn('bowel', 'Have you had any new bowel problems?'),
  yn('saddle', 'Do you have numbness or tingling around your genitals, back passage or inner thighs?', {
    hint: 'Or less feeling when you wipe. We ask about legs later.',
  }),
  yn('sexual', 'Have you noticed a new change in sexual function?', {
    hint: 'For example, less feeling during sex, or new erection problems.',
  }),
  yn('chest', 'Do you have chest pain, shortness of breath, or are you coughing up blood?'),
  q('legs', 'choice', 'Does the pain spread into your legs?', {
    options: ['no', 'above', 'below', 'both'],
    labels: 'No|Yes, one leg, above the knee|Yes, one leg, below the knee|Yes, both legs',
  }),
  q('numb', 'choice', 'Do you have numbness or pins and needles in your buttocks or legs?', {
    options: deficit,
    labels: 'No|Yes, one side|Yes, both legs|Yes, and it is spreading or getting worse',
  }),
  q('weak', 'choice', 'Do your legs feel weak?', {
    options: deficit,
    labels: 'No|Yes, one leg|Yes, both legs|Yes, and it is getting worse',
    hint: 'For example, your foot catches or you cannot stand on tiptoe.',
  }),
  q('onset', 'choice', 'How did the pain start?', {
    options: ['lifting', 'twisting', 'posture', 'workout', 'sneeze', 'fall', 'accident', 'none'],
    labels:
      'Lifting|Twisting or bending|Slowly, from sitting or standing a lot|Exercise or sport|A sneeze or cough|A fall from standing height or less|A serious accident, like a car crash or a fall from a height|No clear cause',
  }),
  q('history', 'multi', 'Do any of these apply to you?', {
    options: ['cancer', 'bones', 'immune', 'thinners', 'surgery'],
    labels:
      'Cancer, now or in the past|Osteoporosis, a recent broken bone, or steroid tablets for 3 months or more|A weak immune system, injecting drugs, or a recent bacterial infection|Blood thinners or a bleeding disorder|An operation in the last 3 months',
  }),
  yn('pregnant', 'Are you pregnant?'),
  q('pregWeeks', 'number', 'How many weeks pregnant are you?', { min: 1, max: 45, ask: (a) => a.pregnant === true }),
  yn('obstetric', 'Do you have any bleeding, constant severe tummy pain or regular tightenings?', {
    ask: (a) => a.pregnant === true || a.pregnant === 'not-sure',
  }),
  // See a doctor (D-…, C-…).
  q('signs', 'multi', 'Have you had any of these with your back pain?', {
    options: ['fever', 'weightLoss', 'lump', 'night', 'cough', 'calf', 'skin'],
    labels:
      'A high temperature or feeling hot and shivery|Losing weight without trying|A lump, swelling or change of shape in your back|Pain that rest does not ease, or that is much worse at night|Pain that is worse when you cough, sneeze or strain|A swollen, warm or red calf or thigh on one side|A wound, rash or skin infection on your back',
  }),
  q('where', 'choice', 'Where is the pain worst?', {
    options: ['low', 'upper', 'both'],
    labels: 'Lower back|Upper back, between the shoulder blades|Both',
  }),
  q('age', 'number', 'How old are you?', { min: 1, max: 120 }),
  q('weeks', 'number', 'How many weeks have you had this pain?', { min: 0, max: 2600, hint: 'Less than a week? Enter 0.' }),
  // Only matters for a first episode over 50 or under 20 (D-AGE-NEW-ONSET).
  yn('first', 'Is this the first time you have had back pain?', { ask: (a) => num(a.age) > 50 || num(a.age) < 20 }),
  q('pain', 'scale', 'How bad is the pain today, from 0 to 10?', { hint: '0 is no pain, 10 the worst you can imagine.' }),
  q('improving', 'choice', 'Is the pain getting better?', {
    options: ['better', 'same', 'worse'],
    labels: 'Yes, it is getting better|It is about the same|No, it is getting worse',
  }),
  // Only for pain that started before 45 and has lasted over 3 months (D-INFLAMMATORY).
  q('ibp', 'multi', 'Do any of these describe your back pain?', {
    options: ['ibpNight', 'ibpButtock', 'ibpMoving', 'ibpNsaid', 'ibpFamily', 'ibpPsoriasis', 'ibpArthritis', 'ibpHeel'],
    labels:
      'It wakes me in the second half of the night|My buttocks hurt too|It eases when I move around|Ibuprofen or similar helps within 2 days|A close relative has spondyloarthritis|Psoriasis, now or before|Swollen, painful joints, now or before|Pain where a tendon meets bone, such as the heel',
    ask: (a) => num(a.weeks) > 12 && num(a.age) - num(a.weeks) / 52 < 45,
  }),
  // Only when every reason to see a doctor is a "check before booking" a clinician can clear.
  yn('cleared', 'Has a doctor, physio or midwife checked this pain and said massage is fine?', { ask: onlyLiftable }),
];

/**
 * The questions' English copy, registered for translation under `symptom.q.<id>` (question),
 * `symptom.h.<id>` (hint), `symptom.o.<id>` (choice labels, "|" between) and `symptom.f.<field>`
 * (one tick box).
 */
const copy: Record<string, string> = {};
for (const { id, kind, text, hint, options, labels } of QUESTIONS) {
  copy[`symptom.q.${id}`] = text;
  if (hint) copy[`symptom.h.${id}`] = hint;
  if (kind === 'multi') labels!.split('|').forEach((label, i) => (copy[`symptom.f.${options![i]}`] = label));
  else if (labels) copy[`symptom.o.${id}`] = labels;
}
registerStrings('en', copy);

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
