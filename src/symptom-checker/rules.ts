import { numberOrNaN, type Answers, type ClearanceField, type Deficit, type Flag, type FlagField } from './answers.js';

/**
 * The triage rules of the project's clinical-facts notes (E-… emergency, D-… see a doctor, C-… massage
 * contraindication or precaution), one object per rule. Tests and comments cite the rule IDs.
 */

/** When to see a doctor: `today` (urgent, same day), `days` (soon), `before-booking` (routine). */
export type Timeframe = 'today' | 'days' | 'before-booking';
/** How urgent a rule is: an emergency, or a see-a-doctor timeframe. */
export type Level = 'emergency' | Timeframe;

/** The levels, most urgent first: the most urgent of all matching rules decides the result. */
export const LEVELS: readonly Level[] = ['emergency', 'today', 'days', 'before-booking'];

/** Reads a flag. Rules always run with `cautious`; `strict` only tells whether "not sure" mattered. */
export type Reader = (flag: Flag | undefined) => boolean;
export const cautious: Reader = (flag) => flag === true || flag === 'not-sure';
export const strict: Reader = (flag) => flag === true;

/**
 * How urgent a rule is. Only a "before booking" precaution may be cleared, and each by its own go-ahead
 * answer (`clearedBy`): "Has your surgeon said massage is safe after your operation?" lifts
 * C-RECENT-SURGERY and nothing else, so one "yes" can never carry a second fact. `liftable` narrows when
 * the go-ahead counts. The type makes an urgent rule that a go-ahead would lift impossible to write.
 */
type Urgency =
  | { level: Level; clearedBy?: never; liftable?: never }
  | { level: 'before-booking'; clearedBy: ClearanceField; liftable?: (answers: Answers) => boolean };

/**
 * What triggers a rule: the "yes" (or "not sure") of one answer field, or a test over all the answers.
 * The visitor is told the reason in the words of `symptom.r.<id>` (strings.ts), or when a field rule has
 * none, in that question's own words (`symptom.q.<field>`); a test rule always has its own.
 */
type Trigger = { field: FlagField; test?: never } | { field?: never; test: (answers: Answers, yes: Reader) => boolean };

export type Rule = { id: string } & Urgency & Trigger;

/** Leg symptoms that count as neurological for E-MSCC. */
const NEUROLOGICAL: readonly (Deficit | undefined)[] = ['one', 'both', 'worse'];
/** The NG65 features of inflammatory back pain that questions.ts asks one by one. */
export const INFLAMMATORY_FEATURES = [
  'ibpNight',
  'ibpButtock',
  'ibpMoving',
  'ibpNsaid',
  'ibpFamily',
  'ibpPsoriasis',
  'ibpArthritis',
  'ibpHeel',
] as const;

/** The rules, as data. Comments give the cautious reading where the notes leave room. */
export const RULES: readonly Rule[] = [
  // Emergency (section 1a). Any new bladder, bowel, saddle or sexual symptom, never dated.
  {
    id: 'E-CES-BLADDER',
    level: 'emergency',
    field: 'bladder',
  },
  { id: 'E-CES-BOWEL', level: 'emergency', field: 'bowel' },
  {
    id: 'E-CES-SADDLE',
    level: 'emergency',
    field: 'saddle',
  },
  { id: 'E-CES-SEXUAL', level: 'emergency', field: 'sexual' },
  // Cautious: any symptom in both legs, not only severe or worsening ones.
  {
    id: 'E-BILATERAL-LEG',
    level: 'emergency',
    test: (a) => a.legs === 'both' || a.numb === 'both' || a.weak === 'both',
  },
  {
    id: 'E-PROGRESSIVE-DEFICIT',
    level: 'emergency',
    test: (a) => a.numb === 'worse' || a.weak === 'worse',
  },
  {
    id: 'E-MAJOR-TRAUMA',
    level: 'emergency',
    test: (a) => a.onset === 'accident',
  },
  // Cautious: coughing up blood is asked with chest pain and breathlessness, and counts too.
  { id: 'E-CHEST-PAIN', level: 'emergency', field: 'chest' },
  // Cautious: any leg numbness or weakness (even one-sided), a bladder or bowel change, or severe pain
  // that is getting worse.
  {
    id: 'E-MSCC',
    level: 'emergency',
    test: (a, yes) =>
      yes(a.cancer) &&
      (NEUROLOGICAL.includes(a.numb) ||
        NEUROLOGICAL.includes(a.weak) ||
        yes(a.bladder) ||
        yes(a.bowel) ||
        (numberOrNaN(a.pain) >= 7 && a.improving === 'worse')),
  },
  {
    id: 'E-PE',
    level: 'emergency',
    test: (a, yes) => yes(a.calf) && yes(a.chest),
  },
  // Cautious: any tightenings, whatever the week (from 37 weeks that is labour: no massage either).
  {
    id: 'E-OBSTETRIC',
    level: 'emergency',
    test: (a, yes) => yes(a.pregnant) && yes(a.obstetric),
  },

  // See a doctor (section 1b). "Urgent (emergency also acceptable)" rules are urgent, same day.
  { id: 'D-FEVER', level: 'today', field: 'fever' },
  { id: 'D-WEIGHT-LOSS', level: 'today', field: 'weightLoss' },
  { id: 'D-LUMP-DEFORMITY', level: 'today', field: 'lump' },
  { id: 'D-NIGHT-REST-PAIN', level: 'today', field: 'night' },
  { id: 'D-COUGH-SNEEZE-STRAIN', level: 'today', field: 'cough' },
  {
    id: 'D-THORACIC',
    level: 'today',
    test: (a) => a.where === 'upper' || a.where === 'both',
  },
  { id: 'D-CANCER-HISTORY', level: 'today', field: 'cancer' },
  // Cautious: fragile bones with any sudden start (anything but a slow, postural one), or severe pain.
  {
    id: 'D-FRAGILITY-FRACTURE',
    level: 'today',
    test: (a, yes) => yes(a.bones) && ((!!a.onset && a.onset !== 'posture') || numberOrNaN(a.pain) >= 7),
  },
  // "Soon, or urgent if fever": D-FEVER matches too then, and the most urgent timeframe wins.
  { id: 'D-INFECTION-RISK', level: 'days', field: 'immune' },
  // Over 50 (not 55) or under 20; a slow postural start counts as "no clear mechanical cause".
  {
    id: 'D-AGE-NEW-ONSET',
    level: 'days',
    test: (a, yes) =>
      yes(a.first) &&
      (numberOrNaN(a.age) > 50 || numberOrNaN(a.age) < 20) &&
      (a.onset === 'none' || a.onset === 'posture'),
  },
  {
    id: 'D-INFLAMMATORY',
    level: 'before-booking',
    test: (a, yes) => inflammatoryFeatures(a, yes) >= 3,
  },
  { id: 'D-UNDER-16', level: 'before-booking', test: (a) => numberOrNaN(a.age) < 16 },
  // "A few weeks" read as 2; getting worse counts at any duration. "Not yet assessed": lifted when a
  // doctor or physio has assessed this problem (the notes ask for an assessment, not a go-ahead for
  // massage). Cautious: pain that is getting worse needs a fresh check, whatever an earlier one said.
  {
    id: 'D-NOT-IMPROVING',
    level: 'before-booking',
    clearedBy: 'assessed',
    liftable: (a) => a.improving !== 'worse',
    test: (a) => a.improving === 'worse' || (a.improving === 'same' && numberOrNaN(a.weeks) >= 2),
  },
  // Severe read as 7 or more out of 10.
  { id: 'D-SEVERE-PAIN', level: 'days', test: (a) => numberOrNaN(a.pain) >= 7 },
  { id: 'D-ONE-LEG-WEAKNESS', level: 'today', test: (a) => a.weak === 'one' },

  // Massage contraindications and precautions (section 2).
  { id: 'C-DVT', level: 'today', field: 'calf' },
  // C-ANTICOAG, C-FRACTURE, C-PREGNANCY and C-RECENT-SURGERY need a go-ahead *for massage* from the
  // person who looks after that condition; an assessment of the back alone does not lift them.
  { id: 'C-ANTICOAG', level: 'before-booking', clearedBy: 'okThinners', field: 'thinners' },
  // Cautious: any osteoporosis, recent fracture or long-term steroids, not only "severe" osteoporosis.
  { id: 'C-FRACTURE', level: 'before-booking', clearedBy: 'okBones', field: 'bones' },
  { id: 'C-PREGNANCY', level: 'before-booking', clearedBy: 'okPregnancy', field: 'pregnant' },
  // Cautious: an operation in the last 3 months rather than 6 weeks, and any operation (we do not ask
  // where) is treated as if it might have been on the spine or hip.
  { id: 'C-RECENT-SURGERY', level: 'before-booking', clearedBy: 'okSurgery', field: 'surgery' },
  { id: 'C-SKIN-LOCAL', level: 'days', field: 'skin' },
  { id: 'C-CANCER', level: 'before-booking', field: 'cancer' },
  { id: 'C-FEVER', level: 'today', field: 'fever' },
];

/** Whether a rule matches, reading flags with `yes`. */
export function ruleMatches(rule: Rule, answers: Answers, yes: Reader): boolean {
  return rule.field ? yes(answers[rule.field]) : rule.test!(answers, yes);
}

/**
 * NG65 features of inflammatory back pain, counted only when the pain started before 45 and has lasted
 * over 3 months; onset before 35 is one of the features. NG65 refers at 4; we refer at 3 (caution).
 */
export function inflammatoryFeatures(answers: Answers, yes: Reader = cautious): number {
  const weeks = numberOrNaN(answers.weeks);
  const onsetAge = numberOrNaN(answers.age) - weeks / 52;
  if (!(onsetAge < 45 && weeks > 12)) return 0;
  return INFLAMMATORY_FEATURES.filter((field) => yes(answers[field])).length + (onsetAge < 35 ? 1 : 0);
}

/** A rule that matched: `unsure` when it matched only because of an "I'm not sure". */
export interface Match {
  rule: Rule;
  unsure: boolean;
}

/** Sort order: the most urgent level first; within "before booking", the ones a go-ahead cannot clear first. */
const rank = (rule: Rule) => LEVELS.indexOf(rule.level) * 2 + (rule.clearedBy ? 1 : 0);

/** Every matching rule (whatever the go-ahead answers say), most urgent first. */
export function matchingRules(answers: Answers): Match[] {
  return RULES.filter((rule) => ruleMatches(rule, answers, cautious))
    .map((rule) => ({ rule, unsure: !ruleMatches(rule, answers, strict) }))
    .sort((x, y) => rank(x.rule) - rank(y.rule));
}

/**
 * Whether a go-ahead lifts this rule: only a definite "yes" to the rule's own go-ahead question ("not
 * sure" is a no), and only where the rule allows it (`liftable`).
 */
export function isLifted(rule: Rule, answers: Answers): boolean {
  return !!rule.clearedBy && answers[rule.clearedBy] === true && (rule.liftable?.(answers) ?? true);
}

/**
 * The rules whose go-ahead question is worth asking: when some rule matches and every matching one is a
 * precaution a go-ahead of its own could lift. With any other reason to see a doctor the result cannot
 * change, so no go-ahead is asked.
 */
export function clearableRules(answers: Answers): Rule[] {
  const matches = matchingRules(answers);
  const clearable = matches.every(({ rule }) => rule.clearedBy && (rule.liftable?.(answers) ?? true));
  return clearable ? matches.map(({ rule }) => rule) : [];
}
