import { registerStrings } from '../core/i18n.js';

/**
 * English copy of `<symptom-checker>`: short, plain words for people in pain. Written once here, grouped
 * by key prefix and flattened to `symptom.<group>.<id>` keys (`symptom.<id>` for the ungrouped ones):
 *   a advice, t technique name, m why this session length, l level (visually hidden);
 *   questions.ts adds q question, h hint, o choice labels, f tick box; rules.ts adds r reason.
 * The one-letter groups are kept because they are the keys translations already use. Questions and
 * reasons keep their copy beside their data and register it the same way.
 * Another language registers the same keys with registerStrings (see core/i18n.ts).
 * None of this is STarT Back wording (see the clinical notes, section 5).
 */
const copy: Record<string, Record<string, string>> = {
  '': {
    title: 'Is massage right for your back pain?',
    intro: 'Find out if massage is likely to help, or if you should see a doctor first.',
    time: 'It takes about 3 minutes.',
    private: 'Your answers stay on this device.',
    notdx: 'This is not a diagnosis.',
    notfor: 'Not for emergencies: call {number}.',
    start: 'Start now',
    continue: 'Continue',
    back: 'Back',
    change: 'Change',
    check: 'Check your answers',
    see: 'See my result',
    restart: 'Start again',
    problem: 'There is a problem',
    error: 'Error:',
    choose: 'Choose an answer',
    number: 'Enter a whole number from {min} to {max}',
    yn: "Yes|No|I'm not sure",
    none: 'None of these',
    or: 'or',
    all: 'Select all that apply.',
    years: 'years',
    weeks: 'weeks',
    unsure: '(you were not sure, so we treat it as a yes)',
    because: 'You told us about:',
    emergency: 'Call {number} now or go to the emergency department',
    call: 'Call {number}',
    nobook: 'Do not drive yourself. Do not book a massage.',
    mistake: 'Wrong answer? Go back',
    today: 'See a doctor today',
    days: 'See a doctor in the next few days',
    'before-booking': 'Check with your doctor or midwife before booking a massage',
    'massage-ok': 'Massage is likely to help',
    safety: 'Call {number} at once if you get:',
    approach: 'Suggested approach',
    session: 'Session length',
    stretches: 'Stretches to do at home',
    book: 'Book this: {minutes}, {technique}',
  },
  a: {
    wait: 'Please do not book a massage until you have been checked.',
    active: 'Keep moving: walking helps more than bed rest.',
    exercise: 'Massage works best with exercise: stretch daily and keep walking.',
    heatNumb: 'Never put heat on numb skin: you may not feel a burn.',
    settle: 'Most back pain and sciatica ease within 4 to 6 weeks.',
    stop: 'Stop any stretch that makes pain spread or feel worse.',
    pregnancy: 'Tell your therapist you are pregnant: you will lie on your side.',
    gentle: 'Ask for gentle pressure only.',
  },
  t: {
    swedish: 'Gentle Swedish massage',
    myofascial: 'Myofascial release (slow, steady pressure)',
    'deep-tissue': 'Deep tissue massage',
    'nerve-friendly': 'Nerve-friendly massage for sciatica',
  },
  m: {
    time: 'studies found an hour helpful.',
    leg: 'extra time to work on your leg too.',
    near: 'the closest length this clinic offers.',
  },
  l: {
    emergency: 'Emergency:',
    today: 'Urgent:',
    days: 'Soon:',
    'before-booking': 'Not urgent:',
    'massage-ok': 'Result:',
  },
};

/** The flat English catalog (`symptom.q.bladder` → text). */
const en: Record<string, string> = {};
for (const [group, strings] of Object.entries(copy)) {
  for (const [id, text] of Object.entries(strings)) en[`symptom.${group ? group + '.' : ''}${id}`] = text;
}

registerStrings('en', en);
