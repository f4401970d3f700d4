import { numberOrNaN, type Answers, type ClearanceField, type Field } from './answers.js';
import { clearableRules, INFLAMMATORY_FEATURES } from './rules.js';

/**
 * The questions, as screens of items, in the order they are asked: age first (it decides which later
 * questions apply), then the emergency signs, then the see-a-doctor ones, then the pain itself. Plain
 * words written for this widget, in strings.ts (none of it is STarT Back wording). Data only: which screen comes next
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

/**
 * One question. Its words are strings keyed by its field (strings.ts): `symptom.q.<field>` the question,
 * and when there are any, `h.` a hint under it, `o.` the choices' labels in the order of `options`, `u.`
 * the word after a number box, `e.` the error when it is not answered (GOV.UK style: "Select if …",
 * "Enter …") and `er.` when a number is out of range.
 */
export interface Item {
  /** The answer field it writes. */
  field: Field;
  kind: ItemKind;
  /** Choice values, in the order shown. */
  options?: readonly string[];
  /** Number items: the range. */
  min?: number;
  max?: number;
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
  // A screen of several items is headed by `symptom.s.<id>`; a one-item screen by its item's question.
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
function yes(field: Field, more: Partial<Item> = {}): Item {
  return { field, kind: 'yes-no', ...more };
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
        min: 1,
        max: 120,
      },
    ],
  },
  // Emergency (E-…): the cauda equina signs one by one, apart from buttock or leg tingling.
  {
    id: 'ces',
    section: 'warning',
    items: [
      yes('bladder'),
      yes('bowel'),
      yes('saddle'),
      yes('sexual', { ask: (answers) => numberOrNaN(answers.age) >= PREGNANCY_AGES.min }),
    ],
  },
  {
    id: 'legs',
    section: 'warning',
    items: [
      {
        field: 'legs',
        kind: 'choice',
        options: ['no', 'above', 'below', 'both'],
      },
      {
        field: 'numb',
        kind: 'choice',
        options: DEFICIT_OPTIONS,
      },
      {
        field: 'weak',
        kind: 'choice',
        options: DEFICIT_OPTIONS,
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
        options: ['lifting', 'twisting', 'posture', 'workout', 'sneeze', 'fall', 'accident', 'none'],
      },
    ],
  },
  {
    id: 'body',
    section: 'warning',
    items: [yes('chest'), yes('calf'), yes('fever'), yes('weightLoss')],
  },
  {
    id: 'back',
    section: 'health',
    items: [
      {
        field: 'where',
        kind: 'choice',
        options: ['low', 'upper', 'both'],
      },
      yes('night'),
      yes('cough'),
      yes('lump'),
      yes('skin'),
    ],
  },
  {
    id: 'history',
    section: 'health',
    items: [
      yes('cancer'),
      yes('bones'),
      yes('immune'),
      yes('thinners'),
      yes('surgery'),
      yes('pregnant', { ask: ofPregnancyAge }),
    ],
  },
  {
    id: 'pregnancy',
    section: 'health',
    items: [
      {
        field: 'pregWeeks',
        kind: 'number',
        min: 1,
        max: 45,
        ask: (answers) => answers.pregnant === true,
      },
      yes('obstetric', { ask: (answers) => answers.pregnant === true || answers.pregnant === 'not-sure' }),
    ],
  },
  {
    id: 'duration',
    section: 'pain',
    items: [
      {
        field: 'durationAmount',
        kind: 'number',
        min: 0,
        max: 999,
      },
      {
        field: 'durationUnit',
        kind: 'choice',
        options: ['days', 'weeks', 'months', 'years'],
      },
      // Only matters for a first episode over 50 or under 20 (D-AGE-NEW-ONSET).
      yes('first', {
        ask: (answers) => numberOrNaN(answers.age) > 50 || numberOrNaN(answers.age) < 20,
      }),
    ],
  },
  {
    id: 'now',
    section: 'pain',
    items: [
      {
        field: 'pain',
        kind: 'scale',
      },
      {
        field: 'improving',
        kind: 'choice',
        options: ['better', 'same', 'worse'],
      },
    ],
  },
  // Only for pain that started before 45 and has lasted over 3 months (D-INFLAMMATORY).
  {
    id: 'ibp',
    section: 'pain',
    items: INFLAMMATORY_FEATURES.map((field) =>
      yes(field, {
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
    items: [
      yes('assessed', { ask: goAheadFor('assessed') }),
      yes('okBones', { ask: goAheadFor('okBones') }),
      yes('okThinners', { ask: goAheadFor('okThinners') }),
      yes('okPregnancy', { ask: goAheadFor('okPregnancy') }),
      yes('okSurgery', { ask: goAheadFor('okSurgery') }),
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
