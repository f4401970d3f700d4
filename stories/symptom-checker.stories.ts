import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/symptom-checker/symptom-checker.ts';
import '../src/stretch-card/stretch-card.ts';
import '../src/booking-button/booking-button.ts';
import { renderElement } from './helpers.ts';
import {
  answer,
  expectShowing,
  pressContinue,
  seeResult,
  start,
  type Answer,
} from '../tests/symptom-checker/harness.ts';

type Checker = HTMLElement & { updateComplete: Promise<boolean> };
const checkerIn = (canvas: HTMLElement) => canvas.querySelector('symptom-checker') as Checker;

/** A story that answers the questions, shows the result and checks it is the expected care card. */
const outcome = (answers: Record<string, Answer>, card: string, what: string): Story => ({
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    const checker = checkerIn(canvasElement);
    await start(checker);
    await answer(checker, answers);
    if (checker.shadowRoot!.querySelector('dl')) await seeResult(checker);
    expectShowing(checker, card, what);
  },
});

/**
 * Red flags first, then an honest suggestion. Every story but Start opens on its step by clicking
 * through the real screens in its play function (see tests/symptom-checker/harness.ts, the driver the tests use too), which the Docs page
 * does not run: find them in the sidebar. Every answer stays in the browser.
 */
const meta: Meta = {
  title: 'Elements/Symptom checker',
  component: 'symptom-checker',
  args: {},
  render: renderElement('symptom-checker'),
};
export default meta;

type Story = StoryObj;

/** The start screen: what it is, that it is not a diagnosis or for emergencies, that answers stay on the device. */
export const Start: Story = {};

/** The emergency signs, each its own Yes / No / I'm not sure, after age; the section cue in the heading. */
export const AQuestion: Story = {
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    const checker = checkerIn(canvasElement);
    await start(checker);
    await answer(checker, {}, 'ces');
    expectShowing(checker, 'form fieldset', 'the emergency signs');
  },
};

/** The 0 to 10 pain score, as radios (never a slider). */
export const PainScore: Story = {
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    const checker = checkerIn(canvasElement);
    await start(checker);
    await answer(checker, {}, 'now');
    expectShowing(checker, '.scale', 'the pain score');
  },
};

/** A number question (age), typed rather than chosen. */
export const NumberQuestion: Story = {
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    const checker = checkerIn(canvasElement);
    await start(checker);
    await answer(checker, {}, 'age');
    expectShowing(checker, 'input[type="text"]', 'the age question');
  },
};

/** Continue without an answer: the error summary at the top and the inline errors, worded per question. */
export const ErrorSummary: Story = {
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    const checker = checkerIn(canvasElement);
    await start(checker);
    await answer(checker, {}, 'ces');
    await pressContinue(checker);
    expectShowing(checker, '[role="alert"]', 'the error summary');
  },
};

/** Check your answers: every answer with a Change link, then "See my result". */
export const CheckYourAnswers: Story = {
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    const checker = checkerIn(canvasElement);
    await start(checker);
    await answer(checker);
    expectShowing(checker, 'dl', 'check your answers');
  },
};

/** The emergency interrupt: "yes" to the bladder question stops the flow at Continue. No booking, no stretches. */
export const EmergencyInterrupt = outcome({ bladder: 'yes' }, '.card.emergency', 'the emergency card');

/** Emergency from a later screen: pain going down both legs. */
export const EmergencyBothLegs = outcome({ legs: 'both' }, '.card.emergency', 'the emergency card');

/** "I'm not sure" to an emergency question counts as yes, and the card says why it is being careful. */
export const EmergencyNotSure = outcome({ saddle: 'not-sure' }, '.card.emergency', 'the emergency card');

/** An emergency in pregnancy: labor and delivery (the maternity unit in en-GB) or the emergency number. */
export const EmergencyPregnancy = outcome(
  { age: '30', pregnant: 'yes', pregWeeks: '30', obstetric: 'yes' },
  '.card.emergency',
  'the emergency card',
);

/** See a doctor today: a high temperature with back pain. */
export const SeeADoctorToday = outcome({ fever: 'yes' }, '.card.today', 'the see-a-doctor-today card');

/** See a doctor within days: a skin problem where the massage would be. */
export const SeeADoctorWithinDays = outcome({ skin: 'yes' }, '.card.days', 'the within-days card');

/** Check with a doctor before booking: blood thinners, and no go-ahead from the doctor for massage yet. */
export const CheckBeforeBooking = outcome(
  { thinners: 'yes', okThinners: 'no' },
  '.card.before-booking',
  'the check-before-booking card',
);

/** Massage suits: the suggestion and booking first, then what to do, the safety net, stretches behind disclosures, what to expect. */
export const MassageSuits = outcome({}, '.card.massage-ok', 'the massage-ok card');

/** Massage suits, sciatica: pain below the knee in one leg gets nerve-friendly work and a longer session. */
export const MassageSuitsSciatica = outcome({ legs: 'below', numb: 'one' }, '.card.massage-ok', 'the massage-ok card');

/** Massage suits after the doctor's go-ahead with blood thinners: gentle work only, never deep tissue. */
export const MassageSuitsGentleOnly = outcome(
  { thinners: 'yes', okThinners: 'yes' },
  '.card.massage-ok',
  'the massage-ok card',
);

/** In the UK (`emergency-number="999"`, or the provider's locale), the emergency card names 999. */
export const EmergencyNumberUK: Story = {
  tags: ['!autodocs'],
  args: { 'emergency-number': '999' },
  play: EmergencyInterrupt.play,
};
