/**
 * What a visitor can answer, as types. Every module of the checker reads these; this one imports
 * nothing, so it can never be part of an import cycle.
 */

/** A yes/no answer; `'not-sure'` is treated as yes by every rule. */
export type Flag = boolean | 'not-sure';
/** How far pain spreads into the legs: one leg above or below the knee, or both legs. */
export type LegSpread = 'no' | 'above' | 'below' | 'both';
/** Numbness/tingling (buttocks or legs) or weakness: none, one side, both legs, or getting worse. */
export type Deficit = 'no' | 'one' | 'both' | 'worse';
export type Onset = 'lifting' | 'twisting' | 'posture' | 'workout' | 'sneeze' | 'fall' | 'accident' | 'none';
/** Where the pain is worst: lower back, upper back (between the shoulder blades), or both. */
export type PainArea = 'low' | 'upper' | 'both';
export type Trend = 'better' | 'same' | 'worse';
/** The unit a visitor gives the pain's duration in. */
export type DurationUnit = 'days' | 'weeks' | 'months' | 'years';

/** What the visitor told us. Every field is optional: missing means "not reported". */
export interface Answers {
  /** New difficulty peeing: starting, controlling, leaking, not feeling a full bladder. */
  bladder?: Flag;
  /** New bowel leakage or loss of feeling. */
  bowel?: Flag;
  /** Numbness or tingling around the genitals, back passage or inner thighs ("saddle" area). */
  saddle?: Flag;
  /** New loss of genital feeling during sex, or new erection or ejaculation problems. */
  sexual?: Flag;
  /** Chest pain, breathlessness or coughing up blood. */
  chest?: Flag;
  legs?: LegSpread;
  /** Numbness or pins and needles in the buttocks or legs (not the saddle area). */
  numb?: Deficit;
  weak?: Deficit;
  onset?: Onset;
  /** Cancer now or in the past. */
  cancer?: Flag;
  /** Osteoporosis, a recent broken bone, or long-term steroid tablets. */
  bones?: Flag;
  /** Weakened immune system, injecting drugs, or a recent bacterial infection. */
  immune?: Flag;
  /** Blood thinners or a bleeding disorder. */
  thinners?: Flag;
  /** An operation in the last 3 months. */
  surgery?: Flag;
  pregnant?: Flag;
  /** Weeks of pregnancy, when pregnant. */
  pregWeeks?: number;
  /** Bleeding, constant severe tummy pain or regular tightenings, when pregnant. */
  obstetric?: Flag;
  /** High temperature or feeling hot and shivery. */
  fever?: Flag;
  weightLoss?: Flag;
  /** Lump or swelling in the back, or a change of shape. */
  lump?: Flag;
  /** Pain not eased by rest or lying down, or much worse at night. */
  night?: Flag;
  /** Pain worse with coughing, sneezing or straining. */
  cough?: Flag;
  /** One calf or thigh swollen, warm, red or throbbing. */
  calf?: Flag;
  /** Wound, rash, burn or skin infection where the massage would be. */
  skin?: Flag;
  where?: PainArea;
  /** Age in years. */
  age?: number;
  /**
   * How long this episode has lasted, in weeks (a fraction for days). The checker asks it as an amount
   * and a unit (`durationAmount`, `durationUnit`) and works this out; the pure API reads only this.
   */
  weeks?: number;
  /** How long, as the visitor typed it, in `durationUnit`s. */
  durationAmount?: number;
  durationUnit?: DurationUnit;
  /** First episode of back pain ever. */
  first?: Flag;
  /** Pain today, 0 to 10. */
  pain?: number;
  improving?: Trend;
  /** Inflammatory back pain features (NICE NG65). */
  ibpNight?: Flag;
  ibpButtock?: Flag;
  ibpMoving?: Flag;
  ibpNsaid?: Flag;
  ibpFamily?: Flag;
  ibpPsoriasis?: Flag;
  ibpArthritis?: Flag;
  ibpHeel?: Flag;
  /** A doctor or physiotherapist has assessed this back problem (lifts D-NOT-IMPROVING only). */
  assessed?: Flag;
  /** A doctor said massage is safe with fragile bones (lifts C-FRACTURE only). */
  okBones?: Flag;
  /** The prescriber or doctor said massage is safe with blood thinners (lifts C-ANTICOAG only). */
  okThinners?: Flag;
  /** The midwife or doctor said massage is safe in this pregnancy (lifts C-PREGNANCY only). */
  okPregnancy?: Flag;
  /** The surgeon said massage is safe after the operation (lifts C-RECENT-SURGERY only). */
  okSurgery?: Flag;
}

/** An answer field. */
export type Field = keyof Answers;

/** The answer fields that hold a yes / no / not sure. */
export type FlagField = { [K in Field]-?: Answers[K] extends Flag | undefined ? K : never }[Field];

/** The go-ahead answers, each lifting exactly one precaution. */
export type ClearanceField = 'assessed' | 'okBones' | 'okThinners' | 'okPregnancy' | 'okSurgery';

/**
 * A number answer, or NaN when it was not given: every comparison with NaN is false, so a missing age or
 * duration never triggers a rule and never rules one out.
 */
export const numberOrNaN = (value: number | undefined): number => value ?? NaN;

/** Weeks per unit: a month is 52 / 12 weeks, so "3 months" is 13 weeks, just over the 12 of "chronic". */
const WEEKS_PER: Readonly<Record<DurationUnit, number>> = { days: 1 / 7, weeks: 1, months: 52 / 12, years: 52 };

/** A duration in weeks, or undefined unless both the amount and the unit are given. */
export function toWeeks(amount: number | undefined, unit: DurationUnit | undefined): number | undefined {
  return amount === undefined || unit === undefined ? undefined : amount * WEEKS_PER[unit];
}
