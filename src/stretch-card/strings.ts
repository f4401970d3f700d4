import { formatSeconds, pluralCategory, registerStrings, translate } from '../core/i18n.js';
import type { TimerSnapshot } from './hold-timer.js';

// English strings of <stretch-card>. The catalog's own text (titles, steps, cautions) is data in
// catalog.ts; these are the card's labels, timer and the cautions every card shows.
registerStrings('en', {
  'stretch.custom': 'Stretch',
  'stretch.area': 'Stretches: {area}',
  'stretch.hold': 'Hold',
  'stretch.eachRep': 'Each rep',
  'stretch.slowRep': 'about {time}, moving slowly (no hold)',
  'stretch.repeat': 'Repeat',
  'stretch.times.one': '{n} time',
  'stretch.times.other': '{n} times',
  'stretch.eachSide': '{times} on each side',
  'stretch.often': 'How often',
  'stretch.steps': 'How to do it',
  'stretch.cautions': 'Take care',
  'stretch.redFlags':
    'Numbness around your genitals or bottom, new trouble peeing or pooing, or weakness in both legs: stop and call {number} now.',
  'stretch.surgery': 'Had back or hip surgery recently? Follow your surgeon’s advice first.',
  'stretch.noBetter': 'No better after 2 weeks? Talk to your doctor or your therapist.',
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
  'stretch.slow.say': 'Move slowly, {reps} times. {where}.',
  'stretch.rest.say': 'Rest for {time}.',
  'stretch.switch.say': 'Switch sides.',
});

/** "1 time", "3 times": the plural form the locale's rules pick. */
export function timesText(locale: string, n: number): string {
  return translate(locale, `stretch.times.${pluralCategory(locale, n) === 'one' ? 'one' : 'other'}`, { n });
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
    reps,
    where: whereText(locale, snapshot, reps),
  });
}
