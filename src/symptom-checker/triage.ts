import { registerStrings, translate } from '../core/i18n.js';
// The English advice and result copy that reasons and notes are written in.
import './strings.js';
// The tick-box words some reasons reuse (questions.ts imports this module too: a safe cycle, since
// neither uses the other at load time).
import './questions.js';
import type { StretchId } from '../stretch-card/catalog.js';

/**
 * Conservative triage for lower back pain, pinched nerve and sciatica, from the rules (E-…, D-…, C-…)
 * in the project's clinical-facts notes. Pure: the same answers always give the same result, nothing
 * leaves the device, and `<symptom-checker>` calls exactly this function.
 *
 * Caution, by design:
 * - A missing answer means "not reported": it never triggers a rule, and never rules one out.
 * - "I'm not sure" (`'not-sure'`) counts as "yes" for every rule: an unsure emergency answer gives the
 *   emergency result, and its reason is marked `unsure` so the visitor sees why.
 * - The most urgent level of all matching rules wins; see-doctor's timeframe is the most urgent of its
 *   reasons. Emergency and see-doctor results never carry a suggestion (no technique, stretch or booking).
 */

/** A yes/no answer; `'not-sure'` is treated as yes. */
export type Flag = boolean | 'not-sure';
/** How far pain spreads into the legs: one leg above or below the knee, or both legs. */
export type LegSpread = 'no' | 'above' | 'below' | 'both';
/** Numbness/tingling (buttocks or legs) or weakness: none, one side, both legs, or getting worse. */
export type Deficit = 'no' | 'one' | 'both' | 'worse';
export type Onset = 'lifting' | 'twisting' | 'posture' | 'workout' | 'sneeze' | 'fall' | 'accident' | 'none';
/** Where the pain is worst: lower back, upper back (between the shoulder blades), or both. */
export type PainArea = 'low' | 'upper' | 'both';
export type Trend = 'better' | 'same' | 'worse';

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
  /** How long this episode has lasted, in weeks. */
  weeks?: number;
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
  /** A doctor, physiotherapist or midwife has checked this back pain and said massage is fine. */
  cleared?: Flag;
}

export type Urgency = 'emergency' | 'see-doctor' | 'massage-ok';
/** When to see a doctor: `today` (urgent, same day), `days` (soon), `before-booking` (routine). */
export type Timeframe = 'today' | 'days' | 'before-booking';
export type DurationCategory = 'acute' | 'subacute' | 'chronic';
export type Technique = 'swedish' | 'myofascial' | 'deep-tissue' | 'nerve-friendly';
// Stretch ids come from the <stretch-card> catalog (a type only: the catalog itself is not bundled here).
export type { StretchId };

/** Why the result is what it is: a rule ID from the clinical notes and its plain-words text. */
export interface Reason {
  rule: string;
  text: string;
  /** True when the rule matched only because the visitor answered "I'm not sure". */
  unsure: boolean;
}

/** A piece of advice or explanation: a stable id (for translations) and its English text. */
export interface Note {
  id: string;
  text: string;
}

/** For massage-ok only: what to book and do. */
export interface Suggestion {
  technique: Technique;
  /** One of the clinic's offered lengths. */
  minutes: number;
  /** Why this length, in one line (`time`, `leg` or `near`). */
  why: Note;
  /** Two or three stretch catalog ids, safest first for this visitor. */
  stretches: StretchId[];
}

export interface TriageResult {
  urgency: Urgency;
  /** Only for see-doctor. */
  timeframe?: Timeframe;
  /** Every matching rule, most urgent first. Empty for massage-ok. */
  reasons: Reason[];
  /** Undefined when the duration was not given. */
  durationCategory?: DurationCategory;
  advice: Note[];
  /** Only for massage-ok. */
  suggestion?: Suggestion;
}

export interface TriageOptions {
  /** Session lengths the clinic offers, in minutes. Default 60 and 90. */
  sessions?: readonly number[];
  /** Language of the reasons' and notes' text (see registerStrings). Default English. */
  locale?: string;
}

type Level = 'emergency' | Timeframe;
/** Most urgent first: a rule's level is an index into this. 4 is "before booking" that a clinician's
 *  go-ahead (`cleared`) satisfies; urgent rules are never lifted. */
const LEVELS: readonly Level[] = ['emergency', 'today', 'days', 'before-booking', 'before-booking'];

/** Reads a flag. Rules always run with `cautious`; `strict` only tells whether "not sure" mattered. */
type Reader = (flag: Flag | undefined) => boolean;
const cautious: Reader = (flag) => flag === true || flag === 'not-sure';
const strict: Reader = (flag) => flag === true;

/**
 * One rule of the clinical notes, as a row: `[rule ID, level, test, text]`.
 * - level: index into LEVELS (0 emergency, 1 today, 2 within days, 3 before booking, 4 before booking
 *   unless a clinician has already said massage is fine);
 * - test: an answer field whose "yes" triggers the rule, or a predicate;
 * - text: the reason in plain words; without it, the words of the tick box that triggers it are used,
 *   so the visitor sees what they ticked.
 */
export type Rule = [id: string, level: number, test: keyof Answers | ((a: Answers, yes: Reader) => boolean), text?: string];

const NEURO: readonly (Deficit | undefined)[] = ['one', 'both', 'worse'];
const num = (n: number | undefined) => n ?? NaN;
const IBP = ['ibpNight', 'ibpButtock', 'ibpMoving', 'ibpNsaid', 'ibpFamily', 'ibpPsoriasis', 'ibpArthritis', 'ibpHeel'] as const;

/** The rules, as data. Comments give the cautious reading where the notes leave room. */
export const RULES: readonly Rule[] = [
  // Emergency (section 1a). Any new bladder, bowel, saddle or sexual symptom, never dated.
  ['E-CES-BLADDER', 0, 'bladder', 'New problems peeing or controlling your bladder'],
  ['E-CES-BOWEL', 0, 'bowel', 'New problems with your bowels'],
  ['E-CES-SADDLE', 0, 'saddle', 'Numbness or tingling around your genitals, back passage or inner thighs'],
  ['E-CES-SEXUAL', 0, 'sexual', 'A new change in sexual function'],
  // Cautious: any symptom in both legs, not only severe or worsening ones.
  ['E-BILATERAL-LEG', 0, (a) => a.legs === 'both' || a.numb === 'both' || a.weak === 'both', 'Pain, numbness or weakness in both legs'],
  ['E-PROGRESSIVE-DEFICIT', 0, (a) => a.numb === 'worse' || a.weak === 'worse', 'Numbness or weakness in a leg that is getting worse'],
  ['E-MAJOR-TRAUMA', 0, (a) => a.onset === 'accident', 'Pain that started with a serious accident'],
  // Cautious: coughing up blood is asked with chest pain and breathlessness, and counts too.
  ['E-CHEST-PAIN', 0, 'chest', 'Chest pain, breathlessness or coughing up blood'],
  // Cautious: any leg numbness or weakness (even one-sided), a bladder or bowel change, or severe pain
  // that is getting worse.
  ['E-MSCC', 0, (a, y) => y(a.cancer) && (NEURO.includes(a.numb) || NEURO.includes(a.weak) || y(a.bladder) || y(a.bowel) || (num(a.pain) >= 7 && a.improving === 'worse')), 'Cancer with new leg, bladder or bowel symptoms, or worsening pain'],
  ['E-PE', 0, (a, y) => y(a.calf) && y(a.chest), 'A swollen calf or thigh with chest pain or breathlessness'],
  // Cautious: any tightenings, whatever the week (from 37 weeks that is labour: no massage either).
  ['E-OBSTETRIC', 0, (a, y) => y(a.pregnant) && y(a.obstetric), 'Bleeding, severe tummy pain or tightenings while pregnant'],

  // See a doctor (section 1b). "Urgent (emergency also acceptable)" rules are urgent, same day.
  ['D-FEVER', 1, 'fever'],
  ['D-WEIGHT-LOSS', 1, 'weightLoss'],
  ['D-LUMP-DEFORMITY', 1, 'lump'],
  ['D-NIGHT-REST-PAIN', 1, 'night'],
  ['D-COUGH-SNEEZE-STRAIN', 1, 'cough'],
  ['D-THORACIC', 1, (a) => a.where === 'upper' || a.where === 'both', 'Pain in your upper back'],
  ['D-CANCER-HISTORY', 1, 'cancer'],
  // Cautious: fragile bones with any sudden start (anything but a slow, postural one), or severe pain.
  ['D-FRAGILITY-FRACTURE', 1, (a, y) => y(a.bones) && ((!!a.onset && a.onset !== 'posture') || num(a.pain) >= 7), 'Sudden pain when your bones may be fragile'],
  // "Soon, or urgent if fever": D-FEVER matches too then, and the most urgent timeframe wins.
  ['D-INFECTION-RISK', 2, 'immune'],
  // Over 50 (not 55) or under 20; a slow postural start counts as "no clear mechanical cause".
  ['D-AGE-NEW-ONSET', 2, (a, y) => y(a.first) && (num(a.age) > 50 || num(a.age) < 20) && (a.onset === 'none' || a.onset === 'posture'), 'First-ever back pain at your age, with no clear cause'],
  ['D-INFLAMMATORY', 3, (a, y) => inflammatoryFeatures(a, y) >= 3, 'Signs of inflammation in the spine'],
  ['D-UNDER-16', 3, (a) => num(a.age) < 16, 'Being under 16'],
  // "A few weeks" read as 2; getting worse counts at any duration. "Not yet assessed": lifted by `cleared`.
  ['D-NOT-IMPROVING', 4, (a) => a.improving === 'worse' || (a.improving === 'same' && num(a.weeks) >= 2), 'Pain that is not getting better'],
  // Severe read as 7 or more out of 10.
  ['D-SEVERE-PAIN', 2, (a) => num(a.pain) >= 7, 'Severe pain'],
  ['D-ONE-LEG-WEAKNESS', 1, (a) => a.weak === 'one', 'Weakness in one leg'],

  // Massage contraindications and precautions (section 2).
  ['C-DVT', 1, 'calf'],
  ['C-ANTICOAG', 4, 'thinners'],
  // Cautious: any osteoporosis, recent fracture or long-term steroids, not only "severe" osteoporosis.
  ['C-FRACTURE', 4, 'bones'],
  ['C-PREGNANCY', 4, 'pregnant', 'Pregnancy'],
  // Cautious: an operation in the last 3 months rather than 6 weeks.
  ['C-RECENT-SURGERY', 4, 'surgery'],
  ['C-SKIN-LOCAL', 2, 'skin'],
  ['C-CANCER', 3, 'cancer', 'Cancer: your care team must agree to massage'],
  ['C-FEVER', 1, 'fever', 'A fever: massage must wait until it has gone'],
];

const matches = ([, , test]: Rule, a: Answers, y: Reader) =>
  typeof test === 'string' ? y(a[test] as Flag) : test(a, y);

/**
 * The plain-words text of a rule: its own (`symptom.r.<ID>`), or else the tick-box text of the answer
 * that triggers it (`symptom.f.<field>`), so the visitor sees the words they ticked.
 */
const reasonText = ([id, , test, text]: Rule, locale: string) =>
  translate(locale, text ? 'symptom.r.' + id : 'symptom.f.' + (test as string));

registerStrings('en', Object.fromEntries(RULES.filter((rule) => rule[3]).map(([id, , , text]) => [`symptom.r.${id}`, text!])));

/**
 * NG65 features of inflammatory back pain, counted only when the pain started before 45 and has lasted
 * over 3 months; onset before 35 is one of the features. NG65 refers at 4; we refer at 3 (caution).
 */
export function inflammatoryFeatures(a: Answers, yes: Reader = cautious): number {
  const onsetAge = num(a.age) - num(a.weeks) / 52;
  if (!(onsetAge < 45 && num(a.weeks) > 12)) return 0;
  return IBP.filter((key) => yes(a[key])).length + (onsetAge < 35 ? 1 : 0);
}

/** Acute under 4 weeks, subacute 4 to 12 inclusive, chronic over 12 (ACP 2017). */
export function durationCategory(weeks: number | undefined): DurationCategory | undefined {
  if (weeks == null || !(weeks >= 0)) return undefined;
  return weeks < 4 ? 'acute' : weeks <= 12 ? 'subacute' : 'chronic';
}

/** A rule that matched: `unsure` when it matched only because of an "I'm not sure". */
export interface Match {
  rule: Rule;
  id: string;
  level: number;
  unsure: boolean;
}

/** Every matching rule (ignoring `cleared`), most urgent first. */
export function matchingRules(a: Answers): Match[] {
  return RULES.filter((rule) => matches(rule, a, cautious))
    .map((rule) => ({ rule, id: rule[0], level: rule[1], unsure: !matches(rule, a, strict) }))
    .sort((x, y) => x.level - y.level);
}

/** True when every matching rule is a precaution that a clinician's go-ahead satisfies. */
export function onlyLiftable(a: Answers): boolean {
  const rules = matchingRules(a);
  return rules.length > 0 && rules.every((rule) => rule.level > 3);
}

/**
 * Stretch catalog ids, in order of preference, with what they involve: s lying on the back, p lying on
 * the front, f spinal flexion, r twisting, h hip flexion past 90 degrees, t sciatic nerve tension,
 * g nerve glide, x for sciatica only.
 */
const STRETCH_TAGS: Record<StretchId, string> = {
  'sciatic-nerve-glide': 'shgx',
  'figure-four': 'shx',
  'knee-to-chest': 'sfh',
  'lower-trunk-rotation': 'sr',
  'child-pose': 'f',
  'pelvic-tilt': 's',
  'cat-cow': 'f',
  'hip-flexor': '',
  hamstring: 'sht',
  'prone-press-up': 'p',
};
/** In order of preference. */
const STRETCHES = Object.keys(STRETCH_TAGS) as StretchId[];

/**
 * Picks the offered length nearest to the one we would suggest (the shorter one on a tie). 60 minutes is
 * the dose trials found effective; 90 (a product choice, no evidence over 60) when the leg needs work too.
 */
export function chooseMinutes(target: number, offered: readonly number[]): { minutes: number; near: boolean } {
  const lengths = offered.length ? [...offered].sort((x, y) => x - y) : [60, 90];
  const minutes = lengths.reduce((best, m) => (Math.abs(m - target) < Math.abs(best - target) ? m : best));
  return { minutes, near: minutes !== target };
}

/** Triage a set of answers. See the module comment for how caution is applied. */
export function triage(answers: Answers, options: TriageOptions = {}): TriageResult {
  const a = answers;
  const y = cautious;
  const locale = options.locale ?? 'en';
  const note = (id: string, prefix = 'a'): Note => ({ id, text: translate(locale, `symptom.${prefix}.${id}`) });
  const rules = matchingRules(a).filter((rule) => !(rule.level > 3 && a.cleared === true));
  const duration = durationCategory(a.weeks);
  const reasons = rules.map(({ rule, id, unsure }) => ({
    rule: id,
    text: reasonText(rule, locale) + (unsure ? ' ' + translate(locale, 'symptom.unsure') : ''),
    unsure,
  }));
  const top = LEVELS[rules[0]?.level];
  if (top === 'emergency') return { urgency: 'emergency', reasons, durationCategory: duration, advice: [] };
  if (top) return { urgency: 'see-doctor', timeframe: top, reasons, durationCategory: duration, advice: [note('wait')] };

  // Massage suits. Precautions a clinician has cleared still shape the approach.
  const pregnant = y(a.pregnant);
  const gentle = pregnant || y(a.thinners) || y(a.bones) || y(a.cancer) || y(a.surgery);
  const numb = a.numb === 'one';
  const leg = a.legs === 'above' || a.legs === 'below' || numb;
  const sciatica = a.legs === 'below' || numb;
  const technique: Technique = gentle
    ? 'swedish'
    : sciatica
      ? 'nerve-friendly'
      : duration === 'chronic' && num(a.pain) <= 3 && !leg && a.improving !== 'worse'
        ? 'deep-tissue'
        : duration === 'subacute' || duration === 'chronic'
          ? 'myofascial'
          : 'swedish';

  // Stretch cautions: no lying on the front in pregnancy, nor on the back from 16 weeks (the notes say
  // "about 20"; unknown weeks count as later); no loaded flexion or twisting with fragile bones; no deep
  // hip flexion after an operation; the towel hamstring stretch pulls on the sciatic nerve; no nerve
  // glide while symptoms are getting worse (worse numbness or weakness is an emergency already).
  // Without sciatica, the sciatica stretches give way to the back ones.
  let avoid = sciatica ? 't' : 'x';
  if (pregnant) avoid += num(a.pregWeeks) < 16 ? 'p' : 'ps';
  if (y(a.bones)) avoid += 'fr';
  if (y(a.surgery)) avoid += 'h';
  if (a.improving === 'worse') avoid += 'g';
  const stretches = STRETCHES.filter((id) => ![...STRETCH_TAGS[id]].some((tag) => avoid.includes(tag))).slice(0, 3);

  const target = leg ? 90 : 60;
  const { minutes, near } = chooseMinutes(target, options.sessions ?? []);
  const advice = ['active', 'exercise'];
  // Heat on numb skin can burn unnoticed (clinical notes, section 2).
  if (numb) advice.push('heatNumb');
  if (duration !== 'chronic') advice.push('settle');
  advice.push('stop');
  if (pregnant) advice.push('pregnancy');
  if (gentle) advice.push('gentle');
  return {
    urgency: 'massage-ok',
    reasons: [],
    durationCategory: duration,
    advice: advice.map((id) => note(id)),
    suggestion: { technique, minutes, why: note(near ? 'near' : leg ? 'leg' : 'time', 'm'), stretches },
  };
}
