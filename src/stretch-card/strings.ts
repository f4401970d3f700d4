import { formatSeconds, registerBuiltInStrings, translate, translateList, translatePlural } from '../core/i18n.js';
import type { StretchId } from './catalog.js';
import type { TimerSnapshot } from './hold-timer.js';

/**
 * English strings of `<stretch-card>`: the card's labels, its timer's phases and announcements, the
 * cautions every card shows, and the text of every built-in stretch (`stretch.<id>.<part>`), so that a
 * language file, or a clinic with `registerStrings`, can replace any of it. Other languages: src/locales/.
 */
export const stretchStrings = {
  'stretch.custom': 'Stretch',
  'stretch.area': 'Stretches: {area}',
  'stretch.hold': 'Hold',
  'stretch.eachRep': 'Each rep',
  'stretch.slowRep': 'about {time}, moving slowly (no hold)',
  'stretch.repeat': 'Repeat',
  'stretch.times': { one: '{n} time', other: '{n} times' },
  'stretch.eachSide': '{times} on each side',
  'stretch.often': 'How often',
  'stretch.steps': 'How to do it',
  'stretch.cautions': 'Take care',
  'stretch.redFlags':
    'Numbness around your genitals, back passage or inner thighs, new trouble peeing or pooing, or numbness or weakness in both legs or getting worse in one: stop and call {number} now.',
  'stretch.surgery': 'Had back or hip surgery recently? Follow your surgeon’s advice first.',
  'stretch.noBetter': 'No better after 2 weeks, or getting worse? See your doctor or physiotherapist.',
  'stretch.unknown': 'Sorry, we couldn’t find the stretch “{id}”. Please ask your clinic for this exercise.',
  // For a `stretch` that is not text at all (an object from code, say): no id worth showing a visitor.
  'stretch.missing': 'Sorry, we couldn’t find this stretch. Please ask your clinic for this exercise.',
  'stretch.timer': 'Timer',
  // A timer button's accessible name: its visible text first, then which stretch, so that several cards
  // on one page are told apart and voice control still finds the button by what it shows (WCAG 2.5.3).
  'stretch.control': '{action}: {stretch}',
  'stretch.start': 'Start',
  'stretch.pause': 'Pause',
  'stretch.resume': 'Resume',
  'stretch.again': 'Start again',
  'stretch.reset': 'Reset',
  'stretch.rep': 'Rep {rep} of {reps}',
  'stretch.left': '{rep}, left side',
  'stretch.right': '{rep}, right side',
  'stretch.ready': 'Ready',
  'stretch.paused': 'Paused',
  'stretch.hold.now': 'Hold',
  'stretch.slow.now': 'Move slowly',
  'stretch.rest.now': 'Rest',
  'stretch.switch.now': 'Switch sides',
  'stretch.done': 'All done, well done!',
  'stretch.hold.say': 'Hold for {time}. {where}.',
  'stretch.slow.say': 'Move slowly, {times}. {where}.',
  'stretch.rest.say': 'Rest for {time}.',
  'stretch.switch.say': 'Switch sides.',
  // The built-in stretches, in our own words from the clinical notes (section 4); catalog.ts holds their
  // doses and drawings. Every card shows stretch.stopIfWorse first, then the stretch's own cautions, then
  // stretch.redFlags, stretch.surgery and stretch.noBetter. `alt` describes the drawing.
  'stretch.stopIfWorse': 'Stop if pain spreads down your leg or gets worse.',
  // knee-to-chest
  'stretch.knee-to-chest.title': 'Knee to chest',
  'stretch.knee-to-chest.area': 'lower back and buttocks',
  'stretch.knee-to-chest.steps': [
    'Lie on your back with your knees bent and your feet flat on the floor. A small cushion under your head helps.',
    'Bring one knee up and hold it with both hands.',
    'Gently draw the knee towards your chest until you feel a stretch in your lower back.',
    'Hold, breathing normally, then lower slowly.',
  ],
  'stretch.knee-to-chest.frequency': 'Every day',
  'stretch.knee-to-chest.cautions': [
    'Keep your neck and shoulders relaxed, and go only as far as is comfortable.',
    'Osteoporosis or a spinal fracture: don’t force your knee towards your chest.',
    'Over about 20 weeks pregnant? Don’t lie flat on your back.',
  ],
  'stretch.knee-to-chest.alt': 'A person lying on their back, hugging one bent knee towards the chest.',
  // lower-trunk-rotation
  'stretch.lower-trunk-rotation.title': 'Knee rolls (lower trunk rotation)',
  'stretch.lower-trunk-rotation.area': 'lower back and the sides of your trunk',
  'stretch.lower-trunk-rotation.steps': [
    'Lie on your back with your knees bent and together, feet flat on the floor.',
    'Keeping both shoulders on the floor, let your knees roll slowly to one side.',
    'Hold, then bring your knees back to the middle.',
  ],
  'stretch.lower-trunk-rotation.frequency': 'Every day',
  'stretch.lower-trunk-rotation.cautions': [
    'Move only as far as is comfortable. A pillow between your knees can help.',
    'Over about 20 weeks pregnant? Don’t lie flat on your back.',
  ],
  'stretch.lower-trunk-rotation.alt': 'A person lying on their back with both bent knees rolled over to one side.',
  // pelvic-tilt
  'stretch.pelvic-tilt.title': 'Pelvic tilt',
  'stretch.pelvic-tilt.area': 'lower back and tummy muscles',
  'stretch.pelvic-tilt.steps': [
    'Lie on your back with your knees bent and your feet flat on the floor.',
    'Tighten your tummy muscles and gently press the small of your back into the floor.',
    'Hold, keep breathing, then relax.',
  ],
  'stretch.pelvic-tilt.frequency': 'Up to 3 times a day',
  'stretch.pelvic-tilt.cautions': [
    'Keep breathing: don’t hold your breath.',
    'Over about 20 weeks pregnant? Don’t lie flat on your back.',
  ],
  'stretch.pelvic-tilt.alt':
    'A person lying on their back with knees bent, pressing the lower back flat into the floor.',
  // child-pose
  'stretch.child-pose.title': 'Bottom to heels (child’s pose)',
  'stretch.child-pose.area': 'lower back',
  'stretch.child-pose.steps': [
    'Start on all fours, hands under your shoulders and knees under your hips.',
    'Slowly move your bottom back towards your heels, keeping the natural curve of your back.',
    'Hold for one deep breath, then come back to all fours.',
  ],
  'stretch.child-pose.frequency': 'Every day',
  'stretch.child-pose.cautions': [
    'Go only as far as is comfortable. With a knee problem, don’t sit right back on your heels.',
  ],
  'stretch.child-pose.alt':
    'A person kneeling with the bottom moved back towards the heels and the arms stretched forward on the floor.',
  // cat-cow
  'stretch.cat-cow.title': 'Cat–cow',
  'stretch.cat-cow.area': 'the whole back',
  'stretch.cat-cow.steps': [
    'Start on all fours, hands under your shoulders and knees under your hips.',
    'Round your back up towards the ceiling and let your head drop. Hold for about 5 seconds.',
    'Let your tummy sink and arch your back gently, looking ahead. Hold for about 5 seconds.',
    'Keep moving slowly between the two.',
  ],
  'stretch.cat-cow.frequency': 'Every day',
  'stretch.cat-cow.cautions': ['Stay in a pain-free range. If your wrists or knees hurt, change position or stop.'],
  'stretch.cat-cow.alt':
    'A person on all fours with the back rounded up towards the ceiling; arrows show it moving up and down.',
  // prone-press-up
  'stretch.prone-press-up.title': 'Press-up on elbows (back extension)',
  'stretch.prone-press-up.area': 'lower back',
  'stretch.prone-press-up.steps': [
    'Lie on your front and prop yourself up on your elbows, shoulders back and neck long.',
    'Keeping your hips on the floor, press down through your forearms to arch your back gently.',
    'Hold, breathing normally, then lower slowly.',
  ],
  'stretch.prone-press-up.frequency': 'Every day',
  'stretch.prone-press-up.cautions': [
    'Keep your hips down, and don’t tip your head back.',
    'Not for pregnancy: it means lying on your front.',
  ],
  'stretch.prone-press-up.alt': 'A person lying face down, propped up on the elbows with the back gently arched.',
  // hamstring
  'stretch.hamstring.title': 'Hamstring stretch with a towel',
  'stretch.hamstring.area': 'back of the thigh (hamstrings)',
  'stretch.hamstring.steps': [
    'Lie on your back with your knees bent. Loop a towel or strap around one foot.',
    'Raise that leg and slowly straighten the knee until you feel a stretch behind your thigh.',
    'Hold the towel with both hands. The other leg stays bent, or flat on the floor.',
    'Hold still, without bouncing, then lower the leg slowly.',
  ],
  'stretch.hamstring.frequency': 'Every day',
  'stretch.hamstring.cautions': [
    'Sciatica? If this sends shooting pain or tingling down your leg, ease off and try the sciatic nerve glide instead.',
    'Over about 20 weeks pregnant? Don’t lie flat on your back.',
  ],
  'stretch.hamstring.alt':
    'A person lying on their back, holding one straight leg up with a towel looped around the foot.',
  // hip-flexor
  'stretch.hip-flexor.title': 'Kneeling hip flexor stretch',
  'stretch.hip-flexor.area': 'front of the hip (hip flexors)',
  'stretch.hip-flexor.steps': [
    'Kneel on one knee on a cushion, with the other foot flat on the floor in front of you.',
    'Keep your body upright and tuck your bottom under.',
    'Shift your hips forward until you feel a stretch at the front of the hip of the kneeling leg.',
    'Hold, then come back up slowly.',
  ],
  'stretch.hip-flexor.frequency': 'Every day',
  'stretch.hip-flexor.cautions': [
    'Don’t arch your lower back. Hold a chair or a wall for balance.',
    'Sore knee? Kneel on a cushion, or do the stretch standing.',
  ],
  'stretch.hip-flexor.alt': 'A person kneeling on one knee with the other foot in front, hips pushed gently forward.',
  // figure-four
  'stretch.figure-four.title': 'Figure-four buttock stretch',
  'stretch.figure-four.area': 'buttock (glutes and piriformis)',
  'stretch.figure-four.steps': [
    'Lie on your back with your knees bent and your feet flat on the floor.',
    'Cross one ankle over the opposite knee.',
    'Hold behind the thigh of the other leg and draw it gently towards your chest until you feel a stretch in the buttock of the crossed leg.',
    'Hold, breathing normally, then lower slowly.',
  ],
  'stretch.figure-four.frequency': 'Every day',
  'stretch.figure-four.cautions': [
    'Had a hip replacement? Skip this stretch unless your surgeon agrees: bending the hip far and crossing the leg are usually off limits for 6 weeks or more.',
    'Stop if tingling in your leg increases.',
    'Over about 20 weeks pregnant? Don’t lie flat on your back.',
  ],
  'stretch.figure-four.alt':
    'A person lying on their back with one ankle crossed over the other knee, legs drawn towards the chest.',
  // sciatic-nerve-glide
  'stretch.sciatic-nerve-glide.title': 'Sciatic nerve glide',
  'stretch.sciatic-nerve-glide.area': 'the sciatic nerve, down the back of the leg',
  'stretch.sciatic-nerve-glide.steps': [
    'Lie on your back. Lift one leg and hold behind the knee with both hands, hip bent to a right angle.',
    'Slowly straighten the knee, toes pointing back towards you, until you feel a light tension.',
    'Bend the knee again straight away: this is a slow, smooth movement, not a hold.',
  ],
  'stretch.sciatic-nerve-glide.frequency': 'Every day',
  'stretch.sciatic-nerve-glide.cautions': [
    'Only go to a light tension; never push into pain. Stop if your symptoms flare up or last afterwards.',
    'Numbness or weakness getting worse? Stop, and get emergency help now (see below).',
    'Over about 20 weeks pregnant? Don’t lie flat on your back.',
  ],
  'stretch.sciatic-nerve-glide.alt':
    'A person lying on their back, holding behind one knee and slowly straightening that leg; an arrow shows the movement.',
} as const;

registerBuiltInStrings('en', stretchStrings);

/** The words of a built-in stretch, in a locale. */
export interface StretchWords {
  title: string;
  /** What it stretches, in a few words. */
  area: string;
  steps: readonly string[];
  /** How often to do it. */
  frequency: string;
  /** Every caution the card shows, starting with stretch.stopIfWorse. */
  cautions: readonly string[];
  /** The drawing's text alternative. */
  alt: string;
}

export function stretchWords(locale: string, id: StretchId): StretchWords {
  return {
    title: translate(locale, `stretch.${id}.title`),
    area: translate(locale, `stretch.${id}.area`),
    steps: translateList(locale, `stretch.${id}.steps`),
    frequency: translate(locale, `stretch.${id}.frequency`),
    cautions: [translate(locale, 'stretch.stopIfWorse'), ...translateList(locale, `stretch.${id}.cautions`)],
    alt: translate(locale, `stretch.${id}.alt`),
  };
}

/** "1 time", "3 times": the plural form the locale's rules pick. */
export function timesText(locale: string, n: number): string {
  return translatePlural(locale, 'stretch.times', n);
}

/** Where the set is: "Rep 2 of 3", or "Rep 2 of 3, left side" when the sides are done one at a time. */
export function whereText(locale: string, { rep, segment }: TimerSnapshot, reps: number): string {
  const text = translate(locale, 'stretch.rep', { rep, reps });
  return segment.side === 'both' ? text : translate(locale, `stretch.${segment.side}`, { rep: text });
}

/**
 * What the polite live region says for a snapshot: one sentence per phase ("Hold for 20 seconds. Rep 1
 * of 3, left side."), nothing before Start. The card changes it only when the phase changes, so a screen
 * reader hears each phase once and never a countdown.
 */
export function announcementText(locale: string, snapshot: TimerSnapshot, reps: number): string {
  const { status, segment } = snapshot;
  if (status === 'ready') return '';
  if (status !== 'running') return translate(locale, `stretch.${status}`);
  return translate(locale, `stretch.${segment.phase}.say`, {
    time: formatSeconds(locale, segment.ms / 1000),
    times: timesText(locale, reps),
    where: whereText(locale, snapshot, reps),
  });
}
