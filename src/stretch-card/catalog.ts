/**
 * The built-in stretches of `<stretch-card>`: typed data, exported from the bundle as `stretches`.
 *
 * Content follows docs section 4 of the project's clinical facts (NHS, NHS inform, CSP/Versus Arthritis,
 * ACSM dosing), in our own words. Doses are conservative values inside the documented ranges; the
 * cat–cow rep count is not documented anywhere we could verify, so it is kept low. The words are
 * strings (strings.ts), so they come in every language: a clinic overrides the title and dose with
 * attributes, the steps with a slot, and any words (cautions included) with `registerStrings`.
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
  /** Centre of the head. */
  head: readonly [number, number];
  /** SVG path of the body, props and movement arrows. */
  d: string;
  /** SVG path of the starting position, drawn dashed. */
  ghost?: string;
}

/**
 * A built-in stretch's dose and drawing. Its words (title, the area it stretches, steps, how often,
 * cautions and the drawing's text alternative) are strings, `stretch.<id>.<part>`: see strings.ts.
 */
export interface Stretch {
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
  art: StretchArt;
}

export const stretches: Readonly<Record<StretchId, Stretch>> = {
  'knee-to-chest': {
    kind: 'hold',
    holdSeconds: 20,
    reps: 3,
    sides: 'each',
    art: {
      head: [12, 53],
      d: 'M20 55H50L64 37L76 58M50 55L37 36L54 26M21 54L27 42L39 35',
    },
  },
  'lower-trunk-rotation': {
    kind: 'hold',
    holdSeconds: 10,
    reps: 3,
    sides: 'each',
    art: {
      head: [12, 53],
      ghost: 'M50 55L64 37L74 58',
      d: 'M20 55H50L68 49L76 58M70 33Q82 38 76 48M80.3 46.5L76 48L75.3 43.6',
    },
  },
  'pelvic-tilt': {
    kind: 'hold',
    holdSeconds: 5,
    reps: 5,
    sides: 'both',
    art: {
      head: [12, 53],
      d: 'M20 55H50L64 37L76 58M38 34V48M34 44L38 48L42 44',
    },
  },
  'child-pose': {
    kind: 'hold',
    holdSeconds: 5,
    reps: 8,
    sides: 'both',
    art: {
      head: [51, 51],
      d: 'M86 58H60L82 44Q70 34 58 40L14 58',
    },
  },
  'cat-cow': {
    kind: 'slow-reps',
    holdSeconds: 10,
    reps: 5,
    sides: 'both',
    art: {
      head: [25, 48],
      ghost: 'M32 42Q52 52 72 42',
      d: 'M32 60V42Q52 24 72 42V60H94M52 4V18M48 8L52 4L56 8M48 14L52 18L56 14',
    },
  },
  'prone-press-up': {
    kind: 'hold',
    holdSeconds: 5,
    reps: 8,
    sides: 'both',
    art: {
      head: [28, 28],
      d: 'M104 57H64Q48 55 36 38V57H18',
    },
  },
  hamstring: {
    kind: 'hold',
    holdSeconds: 20,
    reps: 3,
    sides: 'each',
    art: {
      head: [12, 53],
      d: 'M20 55H50L64 37L76 58M50 55L58 13L63 15M21 54L37 35L61 11',
    },
  },
  'hip-flexor': {
    kind: 'hold',
    holdSeconds: 20,
    reps: 3,
    sides: 'each',
    art: {
      head: [54, 10],
      d: 'M26 58H34V40H54V18M54 40L66 58H88M54 22L44 30L38 38M72 32H62M66 28L62 32L66 36',
    },
  },
  'figure-four': {
    kind: 'hold',
    holdSeconds: 20,
    reps: 3,
    sides: 'each',
    art: {
      head: [12, 53],
      d: 'M20 55H50L62 36L74 58M50 55L42 38L64 33',
    },
  },
  'sciatic-nerve-glide': {
    kind: 'slow-reps',
    holdSeconds: 3,
    reps: 10,
    sides: 'each',
    art: {
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
