/**
 * The built-in stretches of `<stretch-card>`: typed data, exported from the bundle as `stretches`.
 *
 * Content follows docs section 4 of the project's clinical facts (NHS, NHS inform, CSP/Versus Arthritis,
 * ACSM dosing), in our own words. Doses are conservative values inside the documented ranges; the
 * cat–cow rep count is not documented anywhere we could verify, so it is kept low. Text is English:
 * a clinic with other needs overrides the title and dose with attributes and the steps with a slot.
 *
 * Art: side views on a 120 × 64 grid with the floor at y = 60, drawn with one stroke style (round caps
 * and joins, `currentColor`): `head` is the centre of a circle of radius 6, `d` the body, props and
 * movement arrows, and the optional `ghost` (dashed) the position the movement starts from.
 */
import type { Sides } from './hold-timer.js';

export type StretchId =
  | 'knee-to-chest'
  | 'lower-trunk-rotation'
  | 'pelvic-tilt'
  | 'child-pose'
  | 'cat-cow'
  | 'prone-press-up'
  | 'hamstring'
  | 'hip-flexor'
  | 'figure-four'
  | 'sciatic-nerve-glide';

export interface StretchArt {
  /** Text alternative for the picture. */
  alt: string;
  /** Centre of the head. */
  head: readonly [number, number];
  /** SVG path of the body, props and movement arrows. */
  d: string;
  /** SVG path of the starting position, drawn dashed. */
  ghost?: string;
}

export interface Stretch {
  title: string;
  /** What it stretches, in a few words. */
  area: string;
  steps: readonly string[];
  /**
   * `hold`: a static hold of `holdSeconds`. `slow-reps`: not held; each rep is a slow movement taking
   * about `holdSeconds`, done back to back.
   */
  kind: 'hold' | 'slow-reps';
  holdSeconds: number;
  /** Repetitions per side. */
  reps: number;
  /** `each`: one leg (side) at a time, then the other. `both`: both sides together. */
  sides: Sides;
  /** How often to do it. */
  frequency: string;
  /** The first caution is always {@link STOP_IF_WORSE}. */
  cautions: readonly string[];
  art: StretchArt;
}

/** The caution every card shows first. */
export const STOP_IF_WORSE = 'Stop if pain spreads down your leg or gets worse.';
const ON_BACK_PREGNANT = 'Over about 20 weeks pregnant? Don’t lie flat on your back.';
const EVERY_DAY = 'Every day';
const LIE_KNEES_BENT = 'Lie on your back with your knees bent and your feet flat on the floor.';
const ALL_FOURS = 'Start on all fours, hands under your shoulders and knees under your hips.';
const HOLD_LOWER = 'Hold, breathing normally, then lower slowly.';

export const stretches: Readonly<Record<StretchId, Stretch>> = {
  'knee-to-chest': {
    title: 'Knee to chest',
    area: 'lower back and buttocks',
    steps: [
      `${LIE_KNEES_BENT} A small cushion under your head helps.`,
      'Bring one knee up and hold it with both hands.',
      'Gently draw the knee towards your chest until you feel a stretch in your lower back.',
      HOLD_LOWER,
    ],
    kind: 'hold',
    holdSeconds: 20,
    reps: 3,
    sides: 'each',
    frequency: EVERY_DAY,
    cautions: [
      STOP_IF_WORSE,
      'Keep your neck and shoulders relaxed, and go only as far as is comfortable.',
      'Osteoporosis or a spinal fracture: don’t force your knee towards your chest.',
      ON_BACK_PREGNANT,
    ],
    art: {
      alt: 'A person lying on their back, hugging one bent knee towards the chest.',
      head: [12, 53],
      d: 'M20 55H50L64 37L76 58M50 55L37 36L54 26M21 54L27 42L39 35',
    },
  },
  'lower-trunk-rotation': {
    title: 'Knee rolls (lower trunk rotation)',
    area: 'lower back and the sides of your trunk',
    steps: [
      'Lie on your back with your knees bent and together, feet flat on the floor.',
      'Keeping both shoulders on the floor, let your knees roll slowly to one side.',
      'Hold, then bring your knees back to the middle.',
    ],
    kind: 'hold',
    holdSeconds: 10,
    reps: 3,
    sides: 'each',
    frequency: EVERY_DAY,
    cautions: [
      STOP_IF_WORSE,
      'Move only as far as is comfortable. A pillow between your knees can help.',
      ON_BACK_PREGNANT,
    ],
    art: {
      alt: 'A person lying on their back with both bent knees rolled over to one side.',
      head: [12, 53],
      ghost: 'M50 55L64 37L74 58',
      d: 'M20 55H50L68 49L76 58M70 33Q82 38 76 48M80.3 46.5L76 48L75.3 43.6',
    },
  },
  'pelvic-tilt': {
    title: 'Pelvic tilt',
    area: 'lower back and tummy muscles',
    steps: [
      LIE_KNEES_BENT,
      'Tighten your tummy muscles and gently press the small of your back into the floor.',
      'Hold, keep breathing, then relax.',
    ],
    kind: 'hold',
    holdSeconds: 5,
    reps: 5,
    sides: 'both',
    frequency: 'Up to 3 times a day',
    cautions: [STOP_IF_WORSE, 'Keep breathing: don’t hold your breath.', ON_BACK_PREGNANT],
    art: {
      alt: 'A person lying on their back with knees bent, pressing the lower back flat into the floor.',
      head: [12, 53],
      d: 'M20 55H50L64 37L76 58M38 34V48M34 44L38 48L42 44',
    },
  },
  'child-pose': {
    title: 'Bottom to heels (child’s pose)',
    area: 'lower back',
    steps: [
      ALL_FOURS,
      'Slowly move your bottom back towards your heels, keeping the natural curve of your back.',
      'Hold for one deep breath, then come back to all fours.',
    ],
    kind: 'hold',
    holdSeconds: 5,
    reps: 8,
    sides: 'both',
    frequency: EVERY_DAY,
    cautions: [
      STOP_IF_WORSE,
      'Go only as far as is comfortable. With a knee problem, don’t sit right back on your heels.',
    ],
    art: {
      alt: 'A person kneeling with the bottom moved back towards the heels and the arms stretched forward on the floor.',
      head: [51, 51],
      d: 'M86 58H60L82 44Q70 34 58 40L14 58',
    },
  },
  'cat-cow': {
    title: 'Cat–cow',
    area: 'the whole back',
    steps: [
      ALL_FOURS,
      'Round your back up towards the ceiling and let your head drop. Hold for about 5 seconds.',
      'Let your tummy sink and arch your back gently, looking ahead. Hold for about 5 seconds.',
      'Keep moving slowly between the two.',
    ],
    kind: 'slow-reps',
    holdSeconds: 10,
    reps: 5,
    sides: 'both',
    frequency: EVERY_DAY,
    cautions: [STOP_IF_WORSE, 'Stay in a pain-free range. If your wrists or knees hurt, change position or stop.'],
    art: {
      alt: 'A person on all fours with the back rounded up towards the ceiling; arrows show it moving up and down.',
      head: [25, 48],
      ghost: 'M32 42Q52 52 72 42',
      d: 'M32 60V42Q52 24 72 42V60H94M52 4V18M48 8L52 4L56 8M48 14L52 18L56 14',
    },
  },
  'prone-press-up': {
    title: 'Press-up on elbows (back extension)',
    area: 'lower back',
    steps: [
      'Lie on your front and prop yourself up on your elbows, shoulders back and neck long.',
      'Keeping your hips on the floor, press down through your forearms to arch your back gently.',
      HOLD_LOWER,
    ],
    kind: 'hold',
    holdSeconds: 5,
    reps: 8,
    sides: 'both',
    frequency: EVERY_DAY,
    cautions: [
      STOP_IF_WORSE,
      'Keep your hips down, and don’t tip your head back.',
      'Not for pregnancy: it means lying on your front.',
    ],
    art: {
      alt: 'A person lying face down, propped up on the elbows with the back gently arched.',
      head: [28, 28],
      d: 'M104 57H64Q48 55 36 38V57H18',
    },
  },
  hamstring: {
    title: 'Hamstring stretch with a towel',
    area: 'back of the thigh (hamstrings)',
    steps: [
      'Lie on your back with your knees bent. Loop a towel or strap around one foot.',
      'Raise that leg and slowly straighten the knee until you feel a stretch behind your thigh.',
      'Hold the towel with both hands. The other leg stays bent, or flat on the floor.',
      'Hold still, without bouncing, then lower the leg slowly.',
    ],
    kind: 'hold',
    holdSeconds: 20,
    reps: 3,
    sides: 'each',
    frequency: EVERY_DAY,
    cautions: [
      STOP_IF_WORSE,
      'Sciatica? If this sends shooting pain or tingling down your leg, ease off and try the sciatic nerve glide instead.',
      ON_BACK_PREGNANT,
    ],
    art: {
      alt: 'A person lying on their back, holding one straight leg up with a towel looped around the foot.',
      head: [12, 53],
      d: 'M20 55H50L64 37L76 58M50 55L58 13L63 15M21 54L37 35L61 11',
    },
  },
  'hip-flexor': {
    title: 'Kneeling hip flexor stretch',
    area: 'front of the hip (hip flexors)',
    steps: [
      'Kneel on one knee on a cushion, with the other foot flat on the floor in front of you.',
      'Keep your body upright and tuck your bottom under.',
      'Shift your hips forward until you feel a stretch at the front of the hip of the kneeling leg.',
      'Hold, then come back up slowly.',
    ],
    kind: 'hold',
    holdSeconds: 20,
    reps: 3,
    sides: 'each',
    frequency: EVERY_DAY,
    cautions: [
      STOP_IF_WORSE,
      'Don’t arch your lower back. Hold a chair or a wall for balance.',
      'Sore knee? Kneel on a cushion, or do the stretch standing.',
    ],
    art: {
      alt: 'A person kneeling on one knee with the other foot in front, hips pushed gently forward.',
      head: [54, 10],
      d: 'M26 58H34V40H54V18M54 40L66 58H88M54 22L44 30L38 38M72 32H62M66 28L62 32L66 36',
    },
  },
  'figure-four': {
    title: 'Figure-four buttock stretch',
    area: 'buttock (glutes and piriformis)',
    steps: [
      LIE_KNEES_BENT,
      'Cross one ankle over the opposite knee.',
      'Hold behind the thigh of the other leg and draw it gently towards your chest until you feel a stretch in the buttock of the crossed leg.',
      HOLD_LOWER,
    ],
    kind: 'hold',
    holdSeconds: 20,
    reps: 3,
    sides: 'each',
    frequency: EVERY_DAY,
    cautions: [
      STOP_IF_WORSE,
      'Had a hip replacement? Skip this stretch unless your surgeon agrees: bending the hip far and crossing the leg are usually off limits for 6 weeks or more.',
      'Stop if tingling in your leg increases.',
      ON_BACK_PREGNANT,
    ],
    art: {
      alt: 'A person lying on their back with one ankle crossed over the other knee, legs drawn towards the chest.',
      head: [12, 53],
      d: 'M20 55H50L62 36L74 58M50 55L42 38L64 33',
    },
  },
  'sciatic-nerve-glide': {
    title: 'Sciatic nerve glide',
    area: 'the sciatic nerve, down the back of the leg',
    steps: [
      'Lie on your back. Lift one leg and hold behind the knee with both hands, hip bent to a right angle.',
      'Slowly straighten the knee, toes pointing back towards you, until you feel a light tension.',
      'Bend the knee again straight away: this is a slow, smooth movement, not a hold.',
    ],
    kind: 'slow-reps',
    holdSeconds: 3,
    reps: 10,
    sides: 'each',
    frequency: EVERY_DAY,
    cautions: [
      STOP_IF_WORSE,
      'Only go to a light tension; never push into pain. Stop if your symptoms flare up or last afterwards.',
      'Numbness or weakness getting worse? Skip this and get urgent medical help.',
      ON_BACK_PREGNANT,
    ],
    art: {
      alt: 'A person lying on their back, holding behind one knee and slowly straightening that leg; an arrow shows the movement.',
      head: [12, 53],
      ghost: 'M50 33L72 34',
      d: 'M20 55H92M50 55V33L60 12M21 54L36 40L48 36M78 30Q78 16 66 10M70 6.5L66 10L70 14',
    },
  },
};

/** The ids of the built-in stretches, in catalog order. */
export const STRETCH_IDS = Object.keys(stretches) as StretchId[];

export function isStretchId(id: string): id is StretchId {
  return Object.hasOwn(stretches, id);
}
