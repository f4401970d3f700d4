import { QUESTIONS, type Question } from '../../src/symptom-checker/questions.ts';

/**
 * The one driver of `<symptom-checker>`, used by its tests and its stories: it walks the real screens
 * by clicking (or by keyboard, given one), as a visitor would. It reads the screen, never the element's
 * private state (the build renames `_` members), except `answersOf`, which only tests use.
 *
 * It imports nothing from the test runner, so Storybook can load it: failures throw an Error, which
 * fails a mocha test and a story's play function alike.
 */

/** An answer by question id: a radio value, tick-box fields ([] for "None of these") or a number. */
export type Answer = string | number | readonly string[];
export type Plan = Record<string, Answer>;
export type Checker = HTMLElement & { updateComplete: Promise<boolean> };
export type View = 'start' | 'question' | 'check' | 'result';

/** Every question a visitor with ordinary low back pain is asked, answered as they would. */
export const ORDINARY: Plan = {
  bladder: 'no',
  bowel: 'no',
  saddle: 'no',
  sexual: 'no',
  chest: 'no',
  legs: 'no',
  numb: 'no',
  weak: 'no',
  onset: 'lifting',
  history: [],
  pregnant: 'no',
  signs: [],
  where: 'low',
  age: '35',
  weeks: '1',
  pain: '4',
  improving: 'better',
};
export const FEVER: Plan = { ...ORDINARY, signs: ['fever'] };
export const SCIATICA: Plan = { ...ORDINARY, legs: 'below', numb: 'one', weeks: '2', improving: 'better' };

/** Throws (failing the test or story) unless `condition` holds. */
function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

export const root = (el: Checker) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: Checker, selector: string) =>
  root(el).querySelector<T>(selector)!;
export const headingText = (el: Checker) => $(el, 'h2').textContent!.replace(/\s+/g, ' ').trim();
export const focused = (el: Checker) => root(el).activeElement as HTMLElement | null;
export const buttonNamed = (el: Checker, name: string) =>
  [...root(el).querySelectorAll<HTMLElement>('button, a')].find((b) => b.textContent!.trim().startsWith(name))!;

/** The question on screen (its form names it), or undefined off the questions. */
export function currentQuestion(el: Checker): Question | undefined {
  const id = root(el).querySelector('form')?.dataset.question;
  return id === undefined ? undefined : QUESTIONS.find((question) => question.id === id);
}

/** Which screen shows, read from the screen itself. */
export function viewOf(el: Checker): View {
  const shadow = root(el);
  if (shadow.querySelector('form')) return 'question';
  if (shadow.querySelector('.card')) return 'result';
  if (shadow.querySelector('dl')) return 'check';
  return 'start';
}

/** The current question's id, else the view: `'bladder'`, `'check'`, `'result'`, `'start'`. */
export const step = (el: Checker): string => currentQuestion(el)?.id ?? viewOf(el);

/** Tests only: the answers as the element keeps them (its private `_answers`, as named in source). */
export const answersOf = (el: Checker) => (el as unknown as { _answers: Record<string, unknown> })._answers;

/** Tests only: replaces the element's answers, to start from a given state. */
export function setAnswers(el: Checker, answers: Record<string, unknown>): void {
  (el as unknown as { _answers: Record<string, unknown> })._answers = answers;
}

export const state = (el: Checker) => ({ view: viewOf(el), answers: answersOf(el) });

/** Two updates: a click's update, and the one its `updated()` may cause. */
async function settle(el: Checker): Promise<void> {
  await el.updateComplete;
  await el.updateComplete;
}

export async function clickButton(el: Checker, name: string): Promise<void> {
  buttonNamed(el, name).click();
  await settle(el);
}

/** Answers the current question with the mouse (clicks) and continues. */
export async function answerByClicks(el: Checker, value: Answer): Promise<void> {
  const question = currentQuestion(el);
  check(question, `a question is showing (not ${viewOf(el)})`);
  const shadow = root(el);
  if (question.kind === 'number') {
    const input = shadow.querySelector<HTMLInputElement>('input[type="text"]')!;
    input.value = String(value);
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  } else if (Array.isArray(value)) {
    for (const field of value.length ? value : ['none']) {
      const box = shadow.querySelector<HTMLInputElement>(`input[value="${field}"]`);
      check(box, `${question.id} has a tick box "${field}"`);
      box.click();
    }
  } else {
    const radio = shadow.querySelector<HTMLInputElement>(`input[value="${String(value)}"]`);
    check(radio, `${question.id} has an answer "${String(value)}"`);
    radio.click();
  }
  await settle(el);
  await pressContinue(el);
}

/** Presses a key, or types text: the test runner's `sendKeys`, or any other keyboard. */
export interface Keyboard {
  press(key: string): Promise<unknown>;
  type(text: string): Promise<unknown>;
}

export async function tabUntil(el: Checker, keyboard: Keyboard, found: (active: HTMLElement | null) => boolean) {
  for (let i = 0; i < 40 && !found(focused(el)); i++) await keyboard.press('Tab');
  check(found(focused(el)), 'reached by Tab');
}

/** An answering function that uses the keyboard only, for `run`. */
export const answerByKeyboard =
  (keyboard: Keyboard) =>
  async (el: Checker, value: Answer): Promise<void> => {
    const question = currentQuestion(el)!;
    check(focused(el)?.localName === 'h2', `focus on the heading of ${question.id}`);
    if (question.kind === 'number') {
      await keyboard.press('Tab');
      await keyboard.type(String(value));
      await keyboard.press('Enter');
    } else if (Array.isArray(value)) {
      for (const field of value.length ? value : ['none']) {
        await tabUntil(el, keyboard, (active) => (active as HTMLInputElement)?.value === field);
        await keyboard.press('Space');
      }
      await tabUntil(el, keyboard, (active) => active?.textContent?.trim() === 'Continue');
      await keyboard.press('Enter');
    } else {
      await keyboard.press('Tab');
      const radios = [...root(el).querySelectorAll<HTMLInputElement>('input[type=radio]')];
      const target = radios.findIndex((radio) => radio.value === value);
      if (target === 0) await keyboard.press('Space');
      for (let i = 0; i < target; i++) await keyboard.press('ArrowDown');
      check(radios[target]?.checked, `${question.id} = ${String(value)}`);
      await keyboard.press('Tab');
      check(focused(el)?.textContent?.trim() === 'Continue', 'Tab from the answer reaches Continue');
      await keyboard.press('Enter');
    }
    await settle(el);
  };

/**
 * Runs the questions from the current one to check answers (or an interruption), answering from
 * `plan`, which must name every question asked.
 */
export async function run(
  el: Checker,
  plan: Plan,
  answer: (el: Checker, value: Answer) => Promise<void> = answerByClicks,
  everyStep?: () => Promise<void>,
): Promise<void> {
  for (let guard = 0; viewOf(el) === 'question' && guard < 40; guard++) {
    const id = step(el);
    check(id in plan, `an answer for ${id}`);
    await everyStep?.();
    await answer(el, plan[id]);
  }
}

// ---- For stories: locale-independent (buttons found by place, not name), and forgiving plans. --------

/** Clicks Start on the start screen (its only button). */
export async function start(el: Checker): Promise<void> {
  await settle(el);
  root(el).querySelector<HTMLButtonElement>('button')!.click();
  await settle(el);
}

/** Presses Continue without changing anything. */
export async function pressContinue(el: Checker): Promise<void> {
  root(el).querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
  await settle(el);
}

/** On "Check your answers", presses "See my result" (the screen's last button). */
export async function seeResult(el: Checker): Promise<void> {
  [...root(el).querySelectorAll<HTMLButtonElement>('button')].at(-1)!.click();
  await settle(el);
}

/** What a question not named in a story's answers gets: the ordinary answer, else "no", none or 1. */
const ordinary = (question: Question): Answer =>
  ORDINARY[question.id] ?? (question.kind === 'multi' ? [] : question.kind === 'number' ? 1 : 'no');

/**
 * Answers from the current screen on, until the checker leaves the questions (check your answers, or an
 * interrupting result) or reaches the question `stopAt`. Questions not in `answers` get ordinary answers.
 */
export async function answer(el: Checker, answers: Plan = {}, stopAt?: string): Promise<void> {
  await settle(el);
  for (let guard = 0; guard < QUESTIONS.length + 2; guard++) {
    const question = currentQuestion(el);
    if (!question || question.id === stopAt) return;
    await answerByClicks(el, answers[question.id] ?? ordinary(question));
  }
  throw new Error('The symptom checker did not leave its questions: an answer does not fit the question.');
}

/** Fails (the test or story) when the expected screen is not showing. */
export function expectShowing(el: Checker, selector: string, what: string): void {
  check(root(el).querySelector(selector), `Expected ${what} (${selector}), but it is not showing.`);
}
