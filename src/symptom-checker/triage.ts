import { translate, translateOptional } from '../core/i18n.js';
import type { TextKey } from '../locales/translation.js';
import { numberOrNaN, type Answers } from './answers.js';
import { emergencyNumberFor } from '../core/settings.js';
import { cautious, isLifted, matchingRules, type Match, type Rule, type Timeframe } from './rules.js';
import type { StretchId } from '../stretch-card/catalog.js';
// The English words of reasons and notes (and of the questions, which reasons without their own reuse).
import './strings.js';

/**
 * Conservative triage for lower back pain, pinched nerve and sciatica, from the rules (E-…, D-…, C-…)
 * in rules.ts. Pure: the same answers always give the same result, nothing leaves the device, and
 * `<symptom-checker>` calls exactly this function.
 *
 * Caution, by design:
 * - A missing answer means "not reported": it never triggers a rule, and never rules one out.
 * - "I'm not sure" (`'not-sure'`) counts as "yes" for every rule: an unsure emergency answer gives the
 *   emergency result, and its reason is marked `unsure` so the visitor sees why.
 * - The most urgent level of all matching rules wins; see-doctor's timeframe is the most urgent of its
 *   reasons. Emergency and see-doctor results never carry a suggestion (no technique, stretch or booking).
 * - A go-ahead lifts only its own precaution (rules.ts `clearedBy`), and only a definite "yes".
 * - Every result says what to do now (`advice`, the kind of care for its timeframe first); every result
 *   but an emergency repeats the emergency symptoms to watch for (`safetyNet`).
 */

export type { Answers, Deficit, Flag, LegSpread, Onset, PainArea, Trend } from './answers.js';
export type { Rule, Timeframe } from './rules.js';
export { RULES, inflammatoryFeatures, matchingRules } from './rules.js';

export type Urgency = 'emergency' | 'see-doctor' | 'massage-ok';
export type DurationCategory = 'acute' | 'subacute' | 'chronic';
export type Technique = 'swedish' | 'myofascial' | 'deep-tissue' | 'nerve-friendly';
// Stretch ids come from the <stretch-card> catalog (a type only: the catalog itself is not bundled here).
export type { StretchId };

/**
 * Why the result is what it is: a rule ID from the clinical notes and its plain-words text. Rules that
 * one answer triggers together (D-FEVER and C-FEVER, D-CANCER-HISTORY and C-CANCER) are one reason, so
 * the visitor never reads the same thing twice: `rule` is the most urgent of them, `rules` all of them.
 */
export interface Reason {
  rule: string;
  rules: string[];
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
  /** What to do now: for see-doctor and emergency the kind of care first; never bed rest, never waiting. */
  advice: Note[];
  /** Every result but an emergency: the symptoms that mean calling the emergency number at once. */
  safetyNet: Note[];
  /** Only for massage-ok. */
  suggestion?: Suggestion;
}

export interface TriageOptions {
  /** Session lengths the clinic offers, in minutes. Default 60 and 90. */
  sessions?: readonly number[];
  /** Language of the reasons' and notes' text (see registerStrings). Default English. */
  locale?: string;
  /** The number the notes tell visitors to call. Default the locale's (911, 999, 112…). */
  emergencyNumber?: string;
}

/**
 * The plain-words text of a rule: its own (`symptom.r.<ID>`), or else the question of the answer that
 * triggers it (`symptom.q.<field>`), so the visitor sees the words they answered. (Keys formed from the
 * rules' data: tests/i18n checks that every one exists.)
 */
function reasonText(rule: Rule, locale: string): string {
  return translateOptional(locale, `symptom.r.${rule.id}`) ?? translate(locale, `symptom.q.${rule.field}` as TextKey);
}

/** The reasons of the matches, one per triggering answer (see Reason), in the matches' order. */
function reasonsOf(matches: Match[], locale: string): Reason[] {
  const reasons: Reason[] = [];
  const byField = new Map<string, Reason>();
  for (const { rule, unsure } of matches) {
    const same = rule.field && byField.get(rule.field);
    if (same) {
      same.rules.push(rule.id);
      continue;
    }
    const text = reasonText(rule, locale) + (unsure ? ' ' + translate(locale, 'symptom.unsure') : '');
    const reason = { rule: rule.id, rules: [rule.id], text, unsure };
    reasons.push(reason);
    if (rule.field) byField.set(rule.field, reason);
  }
  return reasons;
}

/**
 * The emergency symptoms every other result repeats, in the visitor's words: every E- rule a visitor
 * could still develop, and for a pregnant visitor (or one not sure) bleeding, tummy pain or tightenings.
 */
const SAFETY_NET = ['bladder', 'bowel', 'saddle', 'sexual', 'legs', 'worse', 'chest', 'calf', 'accident'];

/** Acute under 4 weeks, subacute 4 to 12 inclusive, chronic over 12 (ACP 2017). */
export function durationCategory(weeks: number | undefined): DurationCategory | undefined {
  if (weeks == null || !(weeks >= 0)) return undefined;
  return weeks < 4 ? 'acute' : weeks <= 12 ? 'subacute' : 'chronic';
}

/** What a stretch asks of the body, so cautions can rule it out. */
export interface StretchDemands {
  /** Lying on the back, lying on the front, or neither (kneeling, all fours, a lunge). */
  position: 'back' | 'front' | 'kneeling';
  /** Bends the spine forward. */
  flexion: boolean;
  /** Twists the spine. */
  twisting: boolean;
  /** Bends the hip past 90 degrees. */
  hipFlexion: boolean;
  /** Arches the spine backwards under the body's weight. */
  extension: boolean;
  /** Stretches the front of the hip (the hip moves back past straight). */
  hipExtension: boolean;
  /** Puts the sciatic nerve under tension. */
  nerveTension: boolean;
  /** Slides the sciatic nerve back and forth. */
  nerveGlide: boolean;
  /** Meant for sciatica: without it, the back stretches come first. */
  sciaticaOnly: boolean;
}

const demands = (position: StretchDemands['position'], more: Partial<StretchDemands> = {}): StretchDemands => ({
  position,
  flexion: false,
  twisting: false,
  hipFlexion: false,
  extension: false,
  hipExtension: false,
  nerveTension: false,
  nerveGlide: false,
  sciaticaOnly: false,
  ...more,
});

/** The stretch catalog ids, in order of preference, with what each involves. */
export const STRETCH_DEMANDS: Readonly<Record<StretchId, StretchDemands>> = {
  'sciatic-nerve-glide': demands('back', { hipFlexion: true, nerveGlide: true, sciaticaOnly: true }),
  'figure-four': demands('back', { hipFlexion: true, sciaticaOnly: true }),
  'knee-to-chest': demands('back', { flexion: true, hipFlexion: true }),
  'lower-trunk-rotation': demands('back', { twisting: true }),
  'child-pose': demands('kneeling', { flexion: true }),
  'pelvic-tilt': demands('back'),
  'cat-cow': demands('kneeling', { flexion: true }),
  'hip-flexor': demands('kneeling', { hipExtension: true }),
  hamstring: demands('back', { hipFlexion: true, nerveTension: true }),
  'prone-press-up': demands('front', { extension: true }),
};

/**
 * Picks the offered length nearest to the one we would suggest (the shorter one on a tie). 60 minutes is
 * the dose trials found effective; 90 (a product choice, no evidence over 60) when the leg needs work too.
 */
export function chooseMinutes(target: number, offered: readonly number[]): { minutes: number; near: boolean } {
  const lengths = offered.length ? [...offered].sort((x, y) => x - y) : [60, 90];
  const minutes = lengths.reduce((best, length) =>
    Math.abs(length - target) < Math.abs(best - target) ? length : best,
  );
  return { minutes, near: minutes !== target };
}

/** Triage a set of answers. See the module comment for how caution is applied. */
export function triage(answers: Answers, options: TriageOptions = {}): TriageResult {
  const yes = cautious;
  const locale = options.locale ?? 'en';
  const values = { number: options.emergencyNumber ?? emergencyNumberFor(locale) };
  const note = (id: string, group = 'a'): Note => ({
    id,
    text: translate(locale, `symptom.${group}.${id}` as TextKey, values),
  });
  const notes = (ids: string[], group = 'a') => ids.map((id) => note(id, group));
  const pregnant = yes(answers.pregnant);
  const matches = matchingRules(answers).filter(({ rule }) => !isLifted(rule, answers));
  const ids = new Set(matches.map(({ rule }) => rule.id));
  const duration = durationCategory(answers.weeks);
  const reasons = reasonsOf(matches, locale);
  const safetyNet = notes([...SAFETY_NET, ...(pregnant ? ['pregnancy'] : [])], 'n');
  const top = matches[0]?.rule.level;

  if (top === 'emergency') {
    // A pregnancy emergency goes to the maternity unit (labor and delivery) or the emergency number;
    // with any other emergency as well, the emergency department comes first.
    const obstetricOnly = matches.every(({ rule }) => rule.level !== 'emergency' || rule.id === 'E-OBSTETRIC');
    const advice = notes([obstetricOnly ? 'maternity' : 'emergency', 'noDrive', 'noWait', 'noMassage']);
    return { urgency: 'emergency', reasons, durationCategory: duration, advice, safetyNet: [] };
  }
  if (top) {
    // The kind of care for the timeframe first, then who to ask about each precaution, then keep active.
    const care = top === 'today' ? ['careToday', 'noWait'] : top === 'days' ? ['careDays'] : ['careBefore'];
    const ask = (
      [
        ['C-PREGNANCY', 'askMidwife'],
        ['C-RECENT-SURGERY', 'askSurgeon'],
        ['C-ANTICOAG', 'askThinners'],
        ['C-FRACTURE', 'askBones'],
      ] as const
    )
      .filter(([rule]) => ids.has(rule))
      .map(([, id]) => id);
    const advice = notes([...care, ...ask, 'noMassage', 'keepActive']);
    return { urgency: 'see-doctor', timeframe: top, reasons, durationCategory: duration, advice, safetyNet };
  }

  // Massage suits. Precautions a go-ahead has lifted still shape the approach.
  const fragileBones = yes(answers.bones);
  const recentSurgery = yes(answers.surgery);
  const gentle = pregnant || yes(answers.thinners) || fragileBones || yes(answers.cancer) || recentSurgery;
  const numb = answers.numb === 'one';
  const leg = answers.legs === 'above' || answers.legs === 'below' || numb;
  const sciatica = answers.legs === 'below' || numb;
  const pain = numberOrNaN(answers.pain);
  const technique: Technique = gentle
    ? 'swedish'
    : sciatica
      ? 'nerve-friendly'
      : duration === 'chronic' && pain <= 3 && !leg && answers.improving !== 'worse'
        ? 'deep-tissue'
        : duration === 'subacute' || duration === 'chronic'
          ? 'myofascial'
          : 'swedish';

  // Stretch cautions (clinical notes, section 4): no lying on the front in pregnancy, nor on the back
  // from 16 weeks (the notes say "about 20"; unknown weeks count as later); no loaded flexion or
  // twisting with fragile bones; after an operation (we do not ask where, so it may have been the spine
  // or a hip) no twisting, no flexion of the spine or past 90 degrees at the hip, no loaded arching and
  // no hip-front stretch: the surgeon's own precautions come first. The towel hamstring stretch pulls
  // on the sciatic nerve; no nerve glide while symptoms are getting worse (worse numbness or weakness
  // is an emergency already). Without sciatica, the sciatica stretches give way to the back ones.
  const earlyPregnancy = numberOrNaN(answers.pregWeeks) < 16;
  const unsuitable = (stretch: StretchDemands) =>
    (sciatica ? stretch.nerveTension : stretch.sciaticaOnly) ||
    (pregnant && (stretch.position === 'front' || (!earlyPregnancy && stretch.position === 'back'))) ||
    (fragileBones && (stretch.flexion || stretch.twisting)) ||
    (recentSurgery &&
      (stretch.flexion || stretch.twisting || stretch.hipFlexion || stretch.extension || stretch.hipExtension)) ||
    (answers.improving === 'worse' && stretch.nerveGlide);
  const stretches = (Object.keys(STRETCH_DEMANDS) as StretchId[])
    .filter((id) => !unsuitable(STRETCH_DEMANDS[id]))
    .slice(0, 3);

  const target = leg ? 90 : 60;
  const { minutes, near } = chooseMinutes(target, options.sessions ?? []);
  const advice = ['active', 'exercise'];
  // Heat on numb skin can burn unnoticed (clinical notes, section 2).
  if (numb) advice.push('heatNumb');
  if (duration !== 'chronic') advice.push('settle');
  advice.push('stop');
  if (recentSurgery) advice.push('surgeryExercise', 'scar');
  if (pregnant) advice.push('pregnancy');
  if (gentle) advice.push('gentle');
  return {
    urgency: 'massage-ok',
    reasons: [],
    durationCategory: duration,
    advice: notes(advice),
    safetyNet,
    suggestion: { technique, minutes, why: note(near ? 'near' : leg ? 'leg' : 'time', 'm'), stretches },
  };
}
