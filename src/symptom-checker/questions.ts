import { registerStrings } from '../core/i18n.js';
import { numberOrNaN, type Answers, type ClearanceField, type Field } from './answers.js';
import { clearableRules } from './rules.js';

/**
 * The questions, as screens of items, in the order they are asked: age first (it decides which later
 * questions apply), then the emergency signs, then the see-a-doctor ones, then the pain itself. Plain
 * words written for this widget (none of it is STarT Back wording). Data only: which screen comes next
 * is flow.ts, what the answers mean is triage.ts.
 *
 * A screen groups questions on one theme so that a visitor with no red flags answers at most 12
 * screens, yet every red flag is still its own item in its own words (the notes: people rarely mention
 * saddle numbness unless asked). Each item of a group needs its own answer, Yes / No / I'm not sure,
 * rather than ticking what applies: an unticked box cannot tell "no" from "did not read it", and "not
 * sure" stays possible for every single item.
 *
 * Item kinds:
 * - `yes-no`: Yes / No / I'm not sure radios, stored as true / false / 'not-sure';
 * - `choice`: radios over `options`, stored as the chosen value;
 * - `number`: a whole number from `min` to `max`, typed;
 * - `scale`: a 0 to 10 pain score as radios (never a slider).
 */
export type ItemKind = 'yes-no' | 'choice' | 'number' | 'scale';

export interface Item {
  /** The answer field it writes. */
  field: Field;
  kind: ItemKind;
  /** The question in plain words: the legend (or label) of the item. */
  text: string;
  /** A line of help under it. */
  hint?: string;
  /** Choice values, and their labels in the same order. */
  options?: readonly string[];
  labels?: readonly string[];
  /** What the error says when it is not answered (GOV.UK style: "Select if …", "Enter …"). */
  error: string;
  /** Number items: the range, what the error says outside it, and the word after the box. */
  min?: number;
  max?: number;
  range?: string;
  suffix?: string;
  /** Whether to ask it, given the (still relevant) answers before its screen; always asked when absent. */
  ask?: (answers: Answers) => boolean;
}

/** The sections of the progress cue, "Section 2 of 4: Warning signs". */
export const SECTIONS = ['about', 'warning', 'health', 'pain'] as const;
export type Section = (typeof SECTIONS)[number];

export interface Screen {
  /** The screen's id (its form names it). */
  id: string;
  section: Section;
  /** The heading of a screen of several items; a one-item screen's heading is its item's text. */
  text?: string;
  hint?: string;
  items: readonly Item[];
}

/**
 * Pregnancy is asked from 12 to 60: under 12 it is very rare, and over 60 natural pregnancy is not
 * expected (IVF pregnancies past 60 are rarer still). Anyone under 16 is sent to a doctor anyway
 * (D-UNDER-16), so a child never reaches a booking through a skipped question. The sexual-function red
 * flag is asked from 12 for the same reason, and every other cauda equina sign is asked at every age.
 */
export const PREGNANCY_AGES = { min: 12, max: 60 } as const;
const ofPregnancyAge = (answers: Answers) => {
  const age = numberOrNaN(answers.age);
  return age >= PREGNANCY_AGES.min && age <= PREGNANCY_AGES.max;
};

/** A Yes / No / I'm not sure item. */
function yes(field: Field, text: string, error: string, more: Partial<Item> = {}): Item {
  return { field, kind: 'yes-no', text, error, ...more };
}

const DEFICIT_OPTIONS = ['no', 'one', 'both', 'worse'];

/** Whether a precaution a go-ahead could lift applies, so its own go-ahead question is asked. */
const goAheadFor = (field: ClearanceField) => (answers: Answers) =>
  clearableRules(answers).some((rule) => rule.clearedBy === field);

export const SCREENS: readonly Screen[] = [
  {
    id: 'age',
    section: 'about',
    items: [
      {
        field: 'age',
        kind: 'number',
        text: 'How old are you?',
        hint: 'We ask first because it decides which questions apply to you.',
        min: 1,
        max: 120,
        suffix: 'years',
        error: 'Enter your age, like 42',
        range: 'Enter your age in whole years, from 1 to 120',
      },
    ],
  },
  // Emergency (E-…): the cauda equina signs one by one, apart from buttock or leg tingling.
  {
    id: 'ces',
    section: 'warning',
    text: 'Since your back pain started, have you had any of these?',
    items: [
      yes(
        'bladder',
        'New problems peeing: trouble starting or controlling it, leaking, or not feeling when your bladder is full',
        'Select if you have had new problems peeing',
      ),
      yes(
        'bowel',
        'New problems with your bowels: leaking, or not feeling when you need to poo',
        'Select if you have had new problems with your bowels',
      ),
      yes(
        'saddle',
        'Numbness or tingling around your genitals, back passage or inner thighs, or less feeling when you wipe',
        'Select if you have numbness or tingling around your genitals, back passage or inner thighs',
      ),
      yes(
        'sexual',
        'A new change in sexual function: less feeling during sex, or new problems getting an erection or ejaculating',
        'Select if you have noticed a new change in sexual function',
        { ask: (answers) => numberOrNaN(answers.age) >= PREGNANCY_AGES.min },
      ),
    ],
  },
  {
    id: 'legs',
    section: 'warning',
    text: 'Your legs',
    items: [
      {
        field: 'legs',
        kind: 'choice',
        text: 'Does the pain spread into your legs?',
        options: ['no', 'above', 'below', 'both'],
        labels: ['No', 'Yes, one leg, above the knee', 'Yes, one leg, below the knee', 'Yes, both legs'],
        error: 'Select if the pain spreads into your legs',
      },
      {
        field: 'numb',
        kind: 'choice',
        text: 'Do you have numbness or pins and needles in your buttocks or legs?',
        options: DEFICIT_OPTIONS,
        labels: ['No', 'Yes, one side', 'Yes, both legs', 'Yes, and it is spreading or getting worse'],
        error: 'Select if you have numbness or pins and needles in your buttocks or legs',
      },
      {
        field: 'weak',
        kind: 'choice',
        text: 'Do your legs feel weak?',
        hint: 'For example, your foot catches or you cannot stand on tiptoe.',
        options: DEFICIT_OPTIONS,
        labels: ['No', 'Yes, one leg', 'Yes, both legs', 'Yes, and it is getting worse'],
        error: 'Select if your legs feel weak',
      },
    ],
  },
  {
    id: 'onset',
    section: 'warning',
    items: [
      {
        field: 'onset',
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
        error: 'Select how the pain started',
      },
    ],
  },
  {
    id: 'body',
    section: 'warning',
    text: 'Do you have any of these?',
    items: [
      yes(
        'chest',
        'Chest pain, shortness of breath, or coughing up blood',
        'Select if you have chest pain, shortness of breath or are coughing up blood',
      ),
      yes(
        'calf',
        'A swollen, warm or red calf or thigh on one side',
        'Select if you have a swollen, warm or red calf or thigh',
      ),
      yes(
        'fever',
        'A high temperature or feeling hot and shivery',
        'Select if you have a high temperature or feel hot and shivery',
      ),
      yes('weightLoss', 'Losing weight without trying', 'Select if you are losing weight without trying'),
    ],
  },
  {
    id: 'back',
    section: 'health',
    text: 'Your back',
    items: [
      {
        field: 'where',
        kind: 'choice',
        text: 'Where is the pain worst?',
        options: ['low', 'upper', 'both'],
        labels: ['Lower back', 'Upper back, between the shoulder blades', 'Both'],
        error: 'Select where the pain is worst',
      },
      yes(
        'night',
        'Pain that rest does not ease, or that is much worse at night',
        'Select if rest does not ease the pain, or it is much worse at night',
      ),
      yes(
        'cough',
        'Pain that is worse when you cough, sneeze or strain',
        'Select if the pain is worse when you cough, sneeze or strain',
      ),
      yes(
        'lump',
        'A lump, swelling or change of shape in your back',
        'Select if you have a lump, swelling or change of shape in your back',
      ),
      yes(
        'skin',
        'A wound, rash or skin infection on your back',
        'Select if you have a wound, rash or skin infection on your back',
      ),
    ],
  },
  {
    id: 'history',
    section: 'health',
    text: 'Do any of these apply to you?',
    items: [
      yes('cancer', 'Cancer, now or in the past', 'Select if you have or have had cancer'),
      yes(
        'bones',
        'Osteoporosis, a recent broken bone, or steroid tablets for 3 months or more',
        'Select if you have osteoporosis, a recent broken bone or take steroid tablets',
      ),
      yes(
        'immune',
        'A weak immune system, injecting drugs, or a recent bacterial infection',
        'Select if you have a weak immune system, inject drugs or had a recent bacterial infection',
      ),
      yes(
        'thinners',
        'Blood thinners or a bleeding disorder',
        'Select if you take blood thinners or have a bleeding disorder',
      ),
      yes('surgery', 'An operation in the last 3 months', 'Select if you have had an operation in the last 3 months'),
      yes('pregnant', 'You are pregnant', 'Select if you are pregnant', { ask: ofPregnancyAge }),
    ],
  },
  {
    id: 'pregnancy',
    section: 'health',
    text: 'Your pregnancy',
    items: [
      {
        field: 'pregWeeks',
        kind: 'number',
        text: 'How many weeks pregnant are you?',
        min: 1,
        max: 45,
        suffix: 'weeks',
        error: 'Enter how many weeks pregnant you are, like 20',
        range: 'Enter the weeks of your pregnancy as a whole number from 1 to 45',
        ask: (answers) => answers.pregnant === true,
      },
      yes(
        'obstetric',
        'Do you have any bleeding, constant severe tummy pain or regular tightenings?',
        'Select if you have any bleeding, constant severe tummy pain or regular tightenings',
        { ask: (answers) => answers.pregnant === true || answers.pregnant === 'not-sure' },
      ),
    ],
  },
  {
    id: 'duration',
    section: 'pain',
    text: 'How long have you had this pain?',
    items: [
      {
        field: 'durationAmount',
        kind: 'number',
        text: 'How long',
        hint: 'Less than a day? Enter 0 days.',
        min: 0,
        max: 999,
        error: 'Enter how long you have had this pain, like 3',
        range: 'Enter how long as a whole number from 0 to 999',
      },
      {
        field: 'durationUnit',
        kind: 'choice',
        text: 'Days, weeks, months or years?',
        options: ['days', 'weeks', 'months', 'years'],
        labels: ['Days', 'Weeks', 'Months', 'Years'],
        error: 'Select days, weeks, months or years',
      },
      // Only matters for a first episode over 50 or under 20 (D-AGE-NEW-ONSET).
      yes(
        'first',
        'Is this the first time you have had back pain?',
        'Select if this is the first time you have had back pain',
        {
          ask: (answers) => numberOrNaN(answers.age) > 50 || numberOrNaN(answers.age) < 20,
        },
      ),
    ],
  },
  {
    id: 'now',
    section: 'pain',
    text: 'Your pain today',
    items: [
      {
        field: 'pain',
        kind: 'scale',
        text: 'How bad is the pain today, from 0 to 10?',
        hint: '0 is no pain, 10 the worst you can imagine.',
        error: 'Select how bad the pain is today, from 0 to 10',
      },
      {
        field: 'improving',
        kind: 'choice',
        text: 'Is the pain getting better?',
        options: ['better', 'same', 'worse'],
        labels: ['Yes, it is getting better', 'It is about the same', 'No, it is getting worse'],
        error: 'Select if the pain is getting better',
      },
    ],
  },
  // Only for pain that started before 45 and has lasted over 3 months (D-INFLAMMATORY).
  {
    id: 'ibp',
    section: 'pain',
    text: 'Do these describe your back pain?',
    items: (
      [
        [
          'ibpNight',
          'It wakes me in the second half of the night',
          'Select if it wakes you in the second half of the night',
        ],
        ['ibpButtock', 'My buttocks hurt too', 'Select if your buttocks hurt too'],
        ['ibpMoving', 'It eases when I move around', 'Select if it eases when you move around'],
        ['ibpNsaid', 'Ibuprofen or similar helps within 2 days', 'Select if ibuprofen or similar helps within 2 days'],
        ['ibpFamily', 'A close relative has spondyloarthritis', 'Select if a close relative has spondyloarthritis'],
        ['ibpPsoriasis', 'Psoriasis, now or before', 'Select if you have or have had psoriasis'],
        [
          'ibpArthritis',
          'Swollen, painful joints, now or before',
          'Select if you have or have had swollen, painful joints',
        ],
        [
          'ibpHeel',
          'Pain where a tendon meets bone, such as the heel',
          'Select if you have pain where a tendon meets bone',
        ],
      ] as const
    ).map(([field, text, error]) =>
      yes(field, text, error, {
        ask: (answers) =>
          numberOrNaN(answers.weeks) > 12 && numberOrNaN(answers.age) - numberOrNaN(answers.weeks) / 52 < 45,
      }),
    ),
  },
  // Only when every reason to see a doctor is a precaution its own go-ahead can lift: one question per
  // precaution, naming it, so each "yes" lifts exactly that one.
  {
    id: 'goAhead',
    section: 'pain',
    text: 'Before you book',
    items: [
      yes(
        'assessed',
        'Has a doctor or physiotherapist assessed this back problem?',
        'Select if a doctor or physiotherapist has assessed this back problem',
        { ask: goAheadFor('assessed') },
      ),
      yes(
        'okBones',
        'Has your doctor said massage is safe with your osteoporosis, broken bone or steroid tablets?',
        'Select if your doctor has said massage is safe for your bones',
        { ask: goAheadFor('okBones') },
      ),
      yes(
        'okThinners',
        'Has your doctor said massage is safe with your blood thinners or bleeding disorder?',
        'Select if your doctor has said massage is safe with your blood thinners or bleeding disorder',
        { ask: goAheadFor('okThinners') },
      ),
      yes(
        'okPregnancy',
        'Has your midwife or doctor said massage is safe in this pregnancy?',
        'Select if your midwife or doctor has said massage is safe in this pregnancy',
        { ask: goAheadFor('okPregnancy') },
      ),
      yes(
        'okSurgery',
        'Has your surgeon said massage is safe after your operation?',
        'Select if your surgeon has said massage is safe after your operation',
        { ask: goAheadFor('okSurgery') },
      ),
    ],
  },
];

/**
 * What the start page promises: the question screens of a typical visit (ordinary low back pain, no red
 * flags) and the minutes it takes. Not a guess: tests/symptom-checker/flow.test.ts walks that visit
 * through the real element, counts its screens and the words it shows, and checks both figures.
 */
export const TYPICAL_RUN = { screens: 9, minutes: 7 } as const;

/** Every item, in the order asked. */
export const ITEMS: readonly Item[] = SCREENS.flatMap((screen) => screen.items);

/** The answer fields a screen writes. */
export function fieldsOf(screen: Screen): Field[] {
  return screen.items.map((item) => item.field);
}

/**
 * The questions' English copy, registered for translation: `symptom.q.<field>` (an item's question),
 * `symptom.h.<field>` (its hint), `symptom.o.<field>` (choice labels, "|" between, so a translation is one
 * string), `symptom.e.<field>` / `symptom.er.<field>` (its errors: missing / out of range),
 * `symptom.u.<field>` (the word after a number box), and `symptom.s.<screen>` / `symptom.sh.<screen>` (a
 * screen's heading and hint). Reasons reuse an item's words (`symptom.q.<field>`, see triage.ts).
 */
const copy: Record<string, string> = {};
for (const screen of SCREENS) {
  if (screen.text) copy[`symptom.s.${screen.id}`] = screen.text;
  if (screen.hint) copy[`symptom.sh.${screen.id}`] = screen.hint;
  for (const { field, text, hint, labels, error, range, suffix } of screen.items) {
    copy[`symptom.q.${field}`] = text;
    copy[`symptom.e.${field}`] = error;
    if (hint) copy[`symptom.h.${field}`] = hint;
    if (labels) copy[`symptom.o.${field}`] = labels.join('|');
    if (range) copy[`symptom.er.${field}`] = range;
    if (suffix) copy[`symptom.u.${field}`] = suffix;
  }
}
registerStrings('en', copy);
