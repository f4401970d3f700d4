import { registerStrings } from '../core/i18n.js';

/**
 * English copy of `<symptom-checker>`: short, plain words for people in pain. Written once here, grouped
 * by key prefix and flattened to `symptom.<group>.<id>` keys (`symptom.<id>` for the ungrouped ones):
 *   a advice (what to do now), n safety net, w what to expect in a session, p progress section,
 *   t technique name, m why this session length, l level (visually hidden), st stretch name;
 *   questions.ts adds q question, h hint, o choice labels, e / x errors, u unit, s screen heading;
 *   rules.ts adds r reason.
 * The one-letter groups are kept because they are the keys translations already use. Questions and
 * reasons keep their copy beside their data and register it the same way.
 * Another language registers the same keys with registerStrings (see core/i18n.ts).
 * None of this is STarT Back wording (see the clinical notes, section 5).
 */
const copy: Record<string, Record<string, string>> = {
  '': {
    title: 'Is massage right for your back pain?',
    intro: 'Find out if massage is likely to help, or if you should see a doctor first.',
    // {minutes} and {screens} are TYPICAL_RUN (questions.ts), measured by a test.
    time: 'It takes about {minutes} minutes: most people answer {screens} short pages.',
    private: 'Your answers stay on this device.',
    notdx: 'This is not a diagnosis and does not replace a doctor or physiotherapist.',
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
    section: 'Section {number} of {total}: {name}',
    yn: "Yes|No|I'm not sure",
    // A pain score in words: "4 / 10" would be read as "4 slash 10".
    score: '{score} out of 10',
    unsure: '(you were not sure, so we treat it as a yes)',
    because: 'You told us about',
    todo: 'What to do now',
    emergency: 'Call {number} now or go to the emergency department',
    maternity: 'Call {number} now, or call labor and delivery at your hospital straight away',
    call: 'Call {number}',
    mistake: 'Wrong answer? Go back',
    today: 'See a doctor today',
    days: 'See a doctor in the next few days',
    'before-booking': 'Check with your doctor, physio or midwife before booking a massage',
    'massage-ok': 'Massage is likely to help',
    suggest: 'Our suggestion: {technique}, {minutes}: {why}',
    safety: 'Call {number} or go to the emergency department at once if you get:',
    stretches: 'Stretches to do at home',
    show: 'How to do it',
    expect: 'What to expect in your session',
    insurance:
      'If a doctor treats your back, ask them about a referral for massage: some insurance plans pay for massage with one. We can check your insurance benefits for you.',
    book: 'Book this: {minutes}, {technique}',
  },
  // Section names of the progress cue.
  p: {
    about: 'About you',
    warning: 'Warning signs',
    health: 'Your health',
    pain: 'Your pain',
  },
  a: {
    // What to do now, for emergency and see-a-doctor results: the kind of care first.
    emergency: 'Call {number} now or go to the emergency department.',
    maternity: 'Call {number} now, or call labor and delivery at your hospital straight away.',
    noDrive: 'Do not drive yourself.',
    noWait: 'Do not wait to see if it gets better.',
    careToday: 'Call your doctor today for a same-day appointment, or go to an urgent care clinic.',
    careDays: 'Make an appointment with your doctor in the next few days.',
    careBefore: 'See your doctor or physical therapist about your back before you book a massage.',
    askMidwife: 'Ask your midwife or doctor if massage is safe in your pregnancy.',
    askSurgeon: 'Ask your surgeon if massage is safe after your operation.',
    askThinners:
      'Ask the doctor who prescribes your blood thinners, or treats your bleeding disorder, if massage is safe.',
    askBones: 'Ask your doctor if massage is safe for your bones.',
    noMassage: 'Please do not book a massage until you have been checked.',
    keepActive: 'Until then, keep moving gently as much as you can: bed rest makes back pain worse.',
    // Massage-ok advice.
    active: 'Keep moving: walking helps more than bed rest.',
    exercise: 'Massage works best with exercise: stretch daily and keep walking.',
    heatNumb: 'Never put heat on numb skin: you may not feel a burn.',
    settle: 'Most back pain and sciatica ease within 4 to 6 weeks.',
    stop: 'Stop any stretch that makes pain spread or feel worse.',
    surgeryExercise: "Your surgeon's advice on exercise comes first.",
    scar: 'Tell your therapist where you had the operation: no massage on or near the scar.',
    pregnancy: 'Tell your therapist you are pregnant: you will lie on your side.',
    gentle: 'Ask for gentle pressure only.',
  },
  // The safety net: the emergency symptoms every other result repeats.
  n: {
    bladder: 'New problems peeing or controlling your bladder',
    bowel: 'New problems with your bowels',
    saddle: 'Numbness or tingling around your genitals, back passage or inner thighs',
    sexual: 'A new change in sexual function',
    legs: 'Pain, numbness or weakness in both legs',
    worse: 'Numbness or weakness in a leg that is getting worse',
    chest: 'Chest pain, breathlessness or coughing up blood',
    calf: 'A swollen calf or thigh with breathlessness or chest pain',
    accident: 'A serious accident or a fall from a height',
    pregnancy: 'Bleeding, severe tummy pain or tightenings: call labor and delivery at your hospital, or {number}',
  },
  // What to expect in a session (massage-ok).
  w: {
    talk: 'Your first visit starts with a short talk about your back and your health.',
    posture: 'The therapist checks how you stand and move.',
    lying: 'You lie face down or face up on a padded table, or on your side in pregnancy.',
    pressure: 'Pressure should feel firm but never unbearable.',
    tell: 'Tell your therapist at once if anything hurts or feels wrong.',
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
  // The stretches' short names, for the disclosure that opens each card (the catalog is not bundled here).
  st: {
    'knee-to-chest': 'Knee to chest',
    'lower-trunk-rotation': 'Knee rolls',
    'pelvic-tilt': 'Pelvic tilt',
    'child-pose': 'Bottom to heels',
    'cat-cow': 'Cat–cow',
    'prone-press-up': 'Press-up on elbows',
    hamstring: 'Hamstring stretch with a towel',
    'hip-flexor': 'Kneeling hip flexor stretch',
    'figure-four': 'Figure-four buttock stretch',
    'sciatic-nerve-glide': 'Sciatic nerve glide',
  },
};

/**
 * British English: the NHS's words for where to get care (GP, NHS 111, A&E, maternity unit). The base
 * words above are American English, as the project's `en` is en-US (911, urgent care, labor and
 * delivery); other English locales read them too.
 */
const britishCare: Record<string, string> = {
  'symptom.emergency': 'Call {number} now or go to A&E',
  'symptom.maternity': 'Call {number} now, or call your maternity unit straight away',
  'symptom.safety': 'Call {number} or go to A&E at once if you get:',
  'symptom.before-booking': 'Check with your GP, physio or midwife before booking a massage',
  'symptom.a.emergency': 'Call {number} now or go to A&E.',
  'symptom.a.maternity': 'Call {number} now, or call your maternity unit straight away.',
  'symptom.a.careToday':
    'Ask your GP surgery for an urgent appointment today, or get help from NHS 111 online or by calling 111.',
  'symptom.a.careDays': 'Make an appointment with your GP in the next few days.',
  'symptom.a.careBefore': 'See your GP or physiotherapist about your back before you book a massage.',
  'symptom.a.askMidwife': 'Ask your midwife or GP if massage is safe in your pregnancy.',
  'symptom.n.pregnancy': 'Bleeding, severe tummy pain or tightenings: call your maternity unit, or {number}',
};

/** The flat English catalog (`symptom.q.bladder` → text). */
const en: Record<string, string> = {};
for (const [group, strings] of Object.entries(copy)) {
  for (const [id, text] of Object.entries(strings)) en[`symptom.${group ? group + '.' : ''}${id}`] = text;
}

registerStrings('en', en);
registerStrings('en-GB', britishCare);
