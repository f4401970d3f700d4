import { registerStrings } from '../core/i18n.js';
import { numberOrNaN, type Answers, type Field } from './answers.js';
import { onlyClearable } from './rules.js';

/**
 * The questions, in the order they are asked: emergency ones first, then see-a-doctor ones, then the
 * rest. One question per screen, in plain words written for this widget (none of it is STarT Back
 * wording). Data only: which question comes next is flow.ts, what the answers mean is triage.ts.
 *
 * Kinds:
 * - `yes-no`: Yes / No / I'm not sure radios, stored as true / false / 'not-sure' in `answers[id]`;
 * - `choice`: radios over `options`, stored as the chosen value in `answers[id]`;
 * - `multi`: "select all that apply" tick boxes plus an exclusive "None of these"; each option is an
 *   answer field of its own (true when ticked, false for all with "None", else not reported);
 * - `number`: a whole number from `min` to `max`;
 * - `scale`: a 0 to 10 pain score as radios (never a slider).
 */
export type QuestionKind = 'yes-no' | 'choice' | 'multi' | 'number' | 'scale';

export interface Question {
  /** The answer field it writes; a multi question's own id (`history`, …) names only its copy. */
  id: Field | 'history' | 'signs' | 'ibp';
  kind: QuestionKind;
  /** The question in plain words (the step's heading). */
  text: string;
  /** Choice values, or the answer fields of a multi question. */
  options?: readonly string[];
  /** The options' labels, in the same order. */
  labels?: readonly string[];
  /** A line of help under the question. */
  hint?: string;
  min?: number;
  max?: number;
  /** Whether to ask it, given the (still relevant) answers before it; always asked when absent. */
  ask?: (answers: Answers) => boolean;
}

const DEFICIT_OPTIONS = ['no', 'one', 'both', 'worse'];

export const QUESTIONS: readonly Question[] = [
  // Emergency (E-…): the cauda equina signs one by one (people rarely mention them unless asked), chest,
  // legs, how it started; then the history that completes an emergency (cancer for E-MSCC) and
  // pregnancy (E-OBSTETRIC). Saddle numbness is asked apart from buttock or leg tingling.
  {
    id: 'bladder',
    kind: 'yes-no',
    text: 'Since your back pain started, have you had any new problems peeing?',
    hint: 'For example, trouble starting or controlling it, or leaking.',
  },
  { id: 'bowel', kind: 'yes-no', text: 'Have you had any new bowel problems?' },
  {
    id: 'saddle',
    kind: 'yes-no',
    text: 'Do you have numbness or tingling around your genitals, back passage or inner thighs?',
    hint: 'Or less feeling when you wipe. We ask about legs later.',
  },
  {
    id: 'sexual',
    kind: 'yes-no',
    text: 'Have you noticed a new change in sexual function?',
    hint: 'For example, less feeling during sex, or new erection problems.',
  },
  { id: 'chest', kind: 'yes-no', text: 'Do you have chest pain, shortness of breath, or are you coughing up blood?' },
  {
    id: 'legs',
    kind: 'choice',
    text: 'Does the pain spread into your legs?',
    options: ['no', 'above', 'below', 'both'],
    labels: ['No', 'Yes, one leg, above the knee', 'Yes, one leg, below the knee', 'Yes, both legs'],
  },
  {
    id: 'numb',
    kind: 'choice',
    text: 'Do you have numbness or pins and needles in your buttocks or legs?',
    options: DEFICIT_OPTIONS,
    labels: ['No', 'Yes, one side', 'Yes, both legs', 'Yes, and it is spreading or getting worse'],
  },
  {
    id: 'weak',
    kind: 'choice',
    text: 'Do your legs feel weak?',
    options: DEFICIT_OPTIONS,
    labels: ['No', 'Yes, one leg', 'Yes, both legs', 'Yes, and it is getting worse'],
    hint: 'For example, your foot catches or you cannot stand on tiptoe.',
  },
  {
    id: 'onset',
    kind: 'choice',
    text: 'How did the pain start?',
    options: ['lifting', 'twisting', 'posture', 'workout', 'sneeze', 'fall', 'accident', 'none'],
    labels: [
      'Lifting',
      'Twisting or bending',
      'Slowly, from sitting or standing a lot',
      'Exercise or sport',
      'A sneeze or cough',
      'A fall from standing height or less',
      'A serious accident, like a car crash or a fall from a height',
      'No clear cause',
    ],
  },
  {
    id: 'history',
    kind: 'multi',
    text: 'Do any of these apply to you?',
    options: ['cancer', 'bones', 'immune', 'thinners', 'surgery'],
    labels: [
      'Cancer, now or in the past',
      'Osteoporosis, a recent broken bone, or steroid tablets for 3 months or more',
      'A weak immune system, injecting drugs, or a recent bacterial infection',
      'Blood thinners or a bleeding disorder',
      'An operation in the last 3 months',
    ],
  },
  { id: 'pregnant', kind: 'yes-no', text: 'Are you pregnant?' },
  {
    id: 'pregWeeks',
    kind: 'number',
    text: 'How many weeks pregnant are you?',
    min: 1,
    max: 45,
    ask: (answers) => answers.pregnant === true,
  },
  {
    id: 'obstetric',
    kind: 'yes-no',
    text: 'Do you have any bleeding, constant severe tummy pain or regular tightenings?',
    ask: (answers) => answers.pregnant === true || answers.pregnant === 'not-sure',
  },
  // See a doctor (D-…, C-…).
  {
    id: 'signs',
    kind: 'multi',
    text: 'Have you had any of these with your back pain?',
    options: ['fever', 'weightLoss', 'lump', 'night', 'cough', 'calf', 'skin'],
    labels: [
      'A high temperature or feeling hot and shivery',
      'Losing weight without trying',
      'A lump, swelling or change of shape in your back',
      'Pain that rest does not ease, or that is much worse at night',
      'Pain that is worse when you cough, sneeze or strain',
      'A swollen, warm or red calf or thigh on one side',
      'A wound, rash or skin infection on your back',
    ],
  },
  {
    id: 'where',
    kind: 'choice',
    text: 'Where is the pain worst?',
    options: ['low', 'upper', 'both'],
    labels: ['Lower back', 'Upper back, between the shoulder blades', 'Both'],
  },
  { id: 'age', kind: 'number', text: 'How old are you?', min: 1, max: 120 },
  {
    id: 'weeks',
    kind: 'number',
    text: 'How many weeks have you had this pain?',
    min: 0,
    max: 2600,
    hint: 'Less than a week? Enter 0.',
  },
  // Only matters for a first episode over 50 or under 20 (D-AGE-NEW-ONSET).
  {
    id: 'first',
    kind: 'yes-no',
    text: 'Is this the first time you have had back pain?',
    ask: (answers) => numberOrNaN(answers.age) > 50 || numberOrNaN(answers.age) < 20,
  },
  {
    id: 'pain',
    kind: 'scale',
    text: 'How bad is the pain today, from 0 to 10?',
    hint: '0 is no pain, 10 the worst you can imagine.',
  },
  {
    id: 'improving',
    kind: 'choice',
    text: 'Is the pain getting better?',
    options: ['better', 'same', 'worse'],
    labels: ['Yes, it is getting better', 'It is about the same', 'No, it is getting worse'],
  },
  // Only for pain that started before 45 and has lasted over 3 months (D-INFLAMMATORY).
  {
    id: 'ibp',
    kind: 'multi',
    text: 'Do any of these describe your back pain?',
    options: [
      'ibpNight',
      'ibpButtock',
      'ibpMoving',
      'ibpNsaid',
      'ibpFamily',
      'ibpPsoriasis',
      'ibpArthritis',
      'ibpHeel',
    ],
    labels: [
      'It wakes me in the second half of the night',
      'My buttocks hurt too',
      'It eases when I move around',
      'Ibuprofen or similar helps within 2 days',
      'A close relative has spondyloarthritis',
      'Psoriasis, now or before',
      'Swollen, painful joints, now or before',
      'Pain where a tendon meets bone, such as the heel',
    ],
    ask: (answers) =>
      numberOrNaN(answers.weeks) > 12 && numberOrNaN(answers.age) - numberOrNaN(answers.weeks) / 52 < 45,
  },
  // Only when every reason to see a doctor is a "check before booking" a clinician can clear.
  {
    id: 'cleared',
    kind: 'yes-no',
    text: 'Has a doctor, physio or midwife checked this pain and said massage is fine?',
    ask: onlyClearable,
  },
];

/** The answer fields a question writes: its own id, or for a multi question one per tick box. */
export function fieldsOf(question: Question): Field[] {
  return question.kind === 'multi' ? (question.options as Field[]) : [question.id as Field];
}

/**
 * The questions' English copy, registered for translation under `symptom.q.<id>` (question),
 * `symptom.h.<id>` (hint), `symptom.o.<id>` (choice labels, "|" between, so a translation is one string)
 * and `symptom.f.<field>` (one tick box; reasons reuse it, see triage.ts).
 */
const copy: Record<string, string> = {};
for (const { id, kind, text, hint, options, labels } of QUESTIONS) {
  copy[`symptom.q.${id}`] = text;
  if (hint) copy[`symptom.h.${id}`] = hint;
  if (kind === 'multi') labels!.forEach((label, index) => (copy[`symptom.f.${options![index]}`] = label));
  else if (labels) copy[`symptom.o.${id}`] = labels.join('|');
}
registerStrings('en', copy);
