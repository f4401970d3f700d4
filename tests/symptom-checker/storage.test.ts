/**
 * `<symptom-checker remember>` with whatever sessionStorage holds: only progress the checker itself
 * could have saved resumes; anything else is dropped and the checker starts afresh, with no error and
 * no blank box, also after a reload. Blocked storage only means nothing is remembered.
 */
import { expect, fixture, oneEvent } from '@open-wc/testing';
import '../../src/clinic-provider/clinic-provider.ts';
import '../../src/symptom-checker/symptom-checker.ts';
import type { SymptomChecker } from '../../src/symptom-checker/symptom-checker.ts';
import { SCREENS } from '../../src/symptom-checker/questions.ts';
import { CHECK_STEP, RESULT_STEP } from '../../src/symptom-checker/flow.ts';
import { STORAGE_KEY, parseAnswers, parseProgress } from '../../src/symptom-checker/storage.ts';
import { observePage } from '../helpers/page-problems.ts';
import { ORDINARY, answerByClicks, answersOf, clickButton, headingText, run, step, viewOf } from './harness.ts';

const START_HEADING = 'Is massage right for your back pain?';
const index = (id: string) => SCREENS.findIndex((screen) => screen.id === id);

/** The answers of ORDINARY, as the checker stores them. */
const ORDINARY_ANSWERS = {
  age: 35,
  bladder: false,
  bowel: false,
  saddle: false,
  sexual: false,
  legs: 'no',
  numb: 'no',
  weak: 'no',
  onset: 'lifting',
  chest: false,
  calf: false,
  fever: false,
  weightLoss: false,
  where: 'low',
  night: false,
  cough: false,
  lump: false,
  skin: false,
  cancer: false,
  bones: false,
  immune: false,
  thinners: false,
  surgery: false,
  pregnant: false,
  durationAmount: 1,
  durationUnit: 'weeks',
  pain: 4,
  improving: 'better',
};

const progress = (more: Record<string, unknown>) => ({
  version: 2,
  answers: {},
  step: 0,
  resultBackStep: 0,
  returnToCheck: false,
  ...more,
});

async function rememberingChecker(): Promise<SymptomChecker> {
  const wrapper = await fixture<HTMLElement>(
    '<clinic-provider locale="en-US" emergency-number="999"><symptom-checker remember></symptom-checker></clinic-provider>',
  );
  const checker = wrapper.querySelector('symptom-checker')!;
  await checker.updateComplete;
  await checker.updateComplete;
  return checker;
}

/** Runs `body`, failing on any console.error, uncaught error or unhandled rejection. */
async function withoutErrors(body: () => Promise<void>): Promise<void> {
  const { errors, uncaught } = await observePage(body);
  expect([...errors, ...uncaught]).to.deep.equal([]);
}

afterEach(() => sessionStorage.clear());

describe('<symptom-checker remember> with tampered storage', () => {
  const tampered: [string, string][] = [
    ['{}', '{}'],
    ['[]', '[]'],
    ['42', '42'],
    ['"x"', '"x"'],
    ['null', 'null'],
    ['invalid JSON', '{"version":1,'],
    ['the older {a,s,f,c} format', JSON.stringify({ a: { bladder: false }, s: 1, f: 0, c: false })],
    ['another version', JSON.stringify(progress({ version: 3, step: 1, answers: { age: 35 } }))],
    // Version 1 numbered one question per step: its step 1 was the bowel question, now a whole screen.
    ['the version before screens', JSON.stringify(progress({ version: 1, step: 1, answers: { bladder: false } }))],
    ['a step out of range', JSON.stringify(progress({ step: 99 }))],
    ['a negative step', JSON.stringify(progress({ step: -5 }))],
    ['a fractional step', JSON.stringify(progress({ step: 1.5, answers: { age: 35 } }))],
    ['a step as text', JSON.stringify(progress({ step: '1', answers: { age: 35 } }))],
    ['a back step out of range', JSON.stringify(progress({ step: 1, resultBackStep: 500, answers: { age: 35 } }))],
    ['returnToCheck not a boolean', JSON.stringify(progress({ step: 1, returnToCheck: 'yes', answers: { age: 35 } }))],
    ['answers that are not an object', JSON.stringify(progress({ answers: [true, false] }))],
    ['an answer of the wrong type', JSON.stringify(progress({ step: 1, answers: { bladder: 'maybe' } }))],
    ['a choice that is not offered', JSON.stringify(progress({ step: index('legs'), answers: { legs: 'three' } }))],
    ['a unit that is not offered', JSON.stringify(progress({ step: index('now'), answers: { durationUnit: 'ages' } }))],
    ['a pain score out of range', JSON.stringify(progress({ step: index('now'), answers: { pain: 11 } }))],
    ['a screen skipped on the way', JSON.stringify(progress({ step: 2, answers: { age: 35 } }))],
    [
      'a screen half answered on the way',
      JSON.stringify(progress({ step: 3, answers: { ...ORDINARY_ANSWERS, weak: undefined, onset: undefined } })),
    ],
    ['check answers with nothing answered', JSON.stringify(progress({ step: CHECK_STEP }))],
    // A result reached from a question must be an emergency: anything else would be a result built on
    // questions never asked.
    [
      'a massage result from an unfinished run',
      JSON.stringify(progress({ step: RESULT_STEP, resultBackStep: 1, answers: { age: 35, bladder: false } })),
    ],
    [
      'a screen that is not asked',
      JSON.stringify(progress({ step: index('pregnancy'), answers: { ...ORDINARY_ANSWERS } })),
    ],
  ];

  for (const [name, stored] of tampered) {
    it(`${name}: starts afresh, and again after a reload`, async () => {
      await withoutErrors(async () => {
        sessionStorage.setItem(STORAGE_KEY, stored);
        const checker = await rememberingChecker();
        expect(headingText(checker)).to.equal(START_HEADING);
        expect(answersOf(checker)).to.deep.equal({});
        expect(sessionStorage.getItem(STORAGE_KEY), 'dropped').to.equal(null);
        const reloaded = await rememberingChecker();
        expect(headingText(reloaded)).to.equal(START_HEADING);
        await clickButton(reloaded, 'Start now');
        expect(step(reloaded)).to.equal('age');
      });
    });
  }

  it('drops fields no question writes, and keeps the rest', async () => {
    sessionStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        ...progress({
          step: 1,
          answers: { age: 35, weeks: 3, history: true, evil: '<img>', ['__proto__']: { x: 1 } },
        }),
        extra: 'ignored',
      }),
    );
    const checker = await rememberingChecker();
    expect(step(checker)).to.equal('ces');
    expect(answersOf(checker)).to.deep.equal({ age: 35 });
  });
});

describe('<symptom-checker remember> with valid progress', () => {
  it('stores version 2 with named fields, and resumes on that screen', async () => {
    const checker = await rememberingChecker();
    await clickButton(checker, 'Start now');
    await answerByClicks(checker, ORDINARY);
    expect(JSON.parse(sessionStorage.getItem(STORAGE_KEY)!)).to.deep.equal({
      version: 2,
      answers: { age: 35 },
      step: 1,
      resultBackStep: 0,
      returnToCheck: false,
    });
    const again = await rememberingChecker();
    expect(step(again)).to.equal('ces');
    expect(answersOf(again)).to.deep.equal({ age: 35 });
  });

  it('resumes check answers with every answer', async () => {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(progress({ step: CHECK_STEP, answers: ORDINARY_ANSWERS })));
    const checker = await rememberingChecker();
    expect(headingText(checker)).to.equal('Check your answers');
    // One row per answer, the duration's amount and unit in one.
    expect(checker.shadowRoot!.querySelectorAll('dl > div').length).to.equal(Object.keys(ORDINARY).length - 1);
  });

  it('resumes an emergency result, and "Wrong answer? Go back" returns to its screen', async () => {
    // The emergency interrupted the screen: the rest of it may be unanswered.
    sessionStorage.setItem(
      STORAGE_KEY,
      JSON.stringify(progress({ step: RESULT_STEP, resultBackStep: 1, answers: { age: 35, bowel: true } })),
    );
    const wrapper = document.createElement('clinic-provider');
    wrapper.setAttribute('emergency-number', '999');
    const checker = document.createElement('symptom-checker');
    checker.setAttribute('remember', '');
    wrapper.append(checker);
    const event = oneEvent(checker, 'triage-complete');
    document.body.append(wrapper);
    expect((await event).detail.urgency).to.equal('emergency');
    await checker.updateComplete;
    expect(headingText(checker)).to.equal('Emergency: Call 999 now or go to the emergency department');
    await clickButton(checker, 'Wrong answer? Go back');
    expect(step(checker)).to.equal('ces');
    wrapper.remove();
  });

  it('after a full run, Start again removes what was stored', async () => {
    const checker = await rememberingChecker();
    await clickButton(checker, 'Start now');
    await run(checker, ORDINARY);
    await clickButton(checker, 'See my result');
    expect(viewOf(checker)).to.equal('result');
    expect(sessionStorage.getItem(STORAGE_KEY)).to.not.equal(null);
    await clickButton(checker, 'Start again');
    expect(sessionStorage.getItem(STORAGE_KEY)).to.equal(null);
  });
});

describe('<symptom-checker remember> with blocked storage', () => {
  it('works through a whole run when sessionStorage throws', async () => {
    const saved = {
      get: Storage.prototype.getItem,
      set: Storage.prototype.setItem,
      remove: Storage.prototype.removeItem,
    };
    const blocked = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    Storage.prototype.getItem = blocked;
    Storage.prototype.setItem = blocked;
    Storage.prototype.removeItem = blocked;
    try {
      await withoutErrors(async () => {
        const checker = await rememberingChecker();
        expect(headingText(checker)).to.equal(START_HEADING);
        await clickButton(checker, 'Start now');
        await run(checker, ORDINARY);
        await clickButton(checker, 'See my result');
        expect(headingText(checker)).to.equal('Result: Massage is likely to help');
        await clickButton(checker, 'Start again');
        expect(headingText(checker)).to.equal(START_HEADING);
      });
    } finally {
      Storage.prototype.getItem = saved.get;
      Storage.prototype.setItem = saved.set;
      Storage.prototype.removeItem = saved.remove;
    }
  });
});

describe('parseProgress and parseAnswers', () => {
  it('accept exactly what the checker stores', () => {
    const valid = progress({ step: CHECK_STEP, answers: ORDINARY_ANSWERS });
    expect(parseProgress(valid)).to.deep.equal(valid);
    expect(parseAnswers({ bladder: 'not-sure', pain: 0, history: 'x', durationUnit: 'months' })).to.deep.equal({
      bladder: 'not-sure',
      pain: 0,
      durationUnit: 'months',
    });
  });

  it('refuse every other shape', () => {
    for (const value of [undefined, null, 0, 'x', [], {}, { version: 1 }, progress({ answers: null })]) {
      expect(parseProgress(value), JSON.stringify(value)).to.equal(undefined);
    }
    for (const answers of [
      { age: -1 },
      { age: 1.5 },
      { age: '35' },
      { pain: 11 },
      { fever: 'yes' },
      { where: 'left' },
      { durationUnit: 'fortnights' },
      { okSurgery: 'yes' },
    ]) {
      expect(parseAnswers(answers), JSON.stringify(answers)).to.equal(undefined);
    }
  });
});
