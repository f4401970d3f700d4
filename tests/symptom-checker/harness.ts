import { SCREENS, ITEMS, type Item, type Screen } from '../../src/symptom-checker/questions.ts';

/**
 * The one driver of `<symptom-checker>`, used by its tests and its stories: it walks the real screens
 * by clicking (or by keyboard, given one), as a visitor would. It reads the screen, never the element's
 * private state (the build renames `_` members), except `answersOf`, which only tests use.
 *
 * It imports nothing from the test runner, so Storybook can load it: failures throw an Error, which
 * fails a mocha test and a story's play function alike.
 */

/** An answer by item field: a radio value or a number (as typed). */
export type Answer = string | number;
export type Plan = Record<string, Answer>;
export type Checker = HTMLElement & { updateComplete: Promise<boolean> };
export type View = 'start' | 'question' | 'check' | 'result';

/** Every item a visitor with ordinary low back pain is asked (aged 35), answered as they would. */
export const ORDINARY: Plan = {
  age: '35',
  bladder: 'no',
  bowel: 'no',
  saddle: 'no',
  sexual: 'no',
  legs: 'no',
  numb: 'no',
  weak: 'no',
  onset: 'lifting',
  chest: 'no',
  calf: 'no',
  fever: 'no',
  weightLoss: 'no',
  where: 'low',
  night: 'no',
  cough: 'no',
  lump: 'no',
  skin: 'no',
  cancer: 'no',
  bones: 'no',
  immune: 'no',
  thinners: 'no',
  surgery: 'no',
  pregnant: 'no',
  durationAmount: '1',
  durationUnit: 'weeks',
  pain: '4',
  improving: 'better',
};
export const FEVER: Plan = { ...ORDINARY, fever: 'yes' };
export const SCIATICA: Plan = { ...ORDINARY, legs: 'below', numb: 'one', durationAmount: '2', improving: 'better' };

/** Throws (failing the test or story) unless `condition` holds. */
function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

export const root = (el: Checker) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: Checker, selector: string) =>
  root(el).querySelector<T>(selector)!;
export const heading = (el: Checker) => $(el, '.step-heading');
export const headingText = (el: Checker) => heading(el).textContent!.replace(/\s+/g, ' ').trim();
export const focused = (el: Checker) => root(el).activeElement as HTMLElement | null;
export const buttonNamed = (el: Checker, name: string) =>
  [...root(el).querySelectorAll<HTMLElement>('button, a')].find((b) => b.textContent!.trim().startsWith(name))!;

/** The question screen showing (its form names it), or undefined off the questions. */
export function currentScreen(el: Checker): Screen | undefined {
  const id = root(el).querySelector('form')?.dataset.question;
  return id === undefined ? undefined : SCREENS.find((screen) => screen.id === id);
}

/** The items the screen shows, in order, read from its inputs (radio groups by name, number boxes by id). */
export function shownItems(el: Checker): Item[] {
  const fields = [...root(el).querySelectorAll<HTMLInputElement>('form input')].map((input) =>
    input.type === 'radio' ? input.name : input.id.replace(/^f-/, ''),
  );
  return [...new Set(fields)].map((field) => ITEMS.find((item) => item.field === field)!);
}

/** Which screen shows, read from the screen itself. */
export function viewOf(el: Checker): View {
  const shadow = root(el);
  if (shadow.querySelector('form')) return 'question';
  if (shadow.querySelector('.card')) return 'result';
  if (shadow.querySelector('dl')) return 'check';
  return 'start';
}

/** The current screen's id, else the view: `'ces'`, `'check'`, `'result'`, `'start'`. */
export const step = (el: Checker): string => currentScreen(el)?.id ?? viewOf(el);

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

/** Answers one item on the screen with the mouse (a click, or typing into a number box); no Continue. */
export async function pick(el: Checker, field: string, value: Answer): Promise<void> {
  const shadow = root(el);
  const box = shadow.querySelector<HTMLInputElement>(`input[type="text"]#f-${field}`);
  if (box) {
    box.value = String(value);
    box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  } else {
    const radio = shadow.querySelector<HTMLInputElement>(`input[name="${field}"][value="${String(value)}"]`);
    check(radio, `${field} has an answer "${String(value)}"`);
    radio.click();
  }
  await settle(el);
}

/** Answers every item the screen shows from `plan` with the mouse, and continues. */
export async function answerByClicks(el: Checker, plan: Plan): Promise<void> {
  const screen = currentScreen(el);
  check(screen, `a question is showing (not ${viewOf(el)})`);
  for (const item of shownItems(el)) {
    check(item.field in plan, `an answer for ${item.field} (on ${screen.id})`);
    await pick(el, item.field, plan[item.field]);
  }
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

/** An answering function that uses the keyboard only, for `run`: Tab from item to item, arrows in a group. */
export const answerByKeyboard =
  (keyboard: Keyboard) =>
  async (el: Checker, plan: Plan): Promise<void> => {
    const screen = currentScreen(el)!;
    check(focused(el)?.classList.contains('step-heading'), `focus on the heading of ${screen.id}`);
    for (const item of shownItems(el)) {
      const value = plan[item.field];
      check(value !== undefined, `an answer for ${item.field}`);
      await keyboard.press('Tab');
      if (item.kind === 'number') {
        check(focused(el)?.id === `f-${item.field}`, `Tab reaches the box of ${item.field}`);
        await keyboard.type(String(value));
        continue;
      }
      const radios = [...root(el).querySelectorAll<HTMLInputElement>(`input[name="${item.field}"]`)];
      check(focused(el) === radios[0], `Tab reaches the first answer of ${item.field}`);
      const target = radios.findIndex((radio) => radio.value === String(value));
      if (target === 0) await keyboard.press('Space');
      for (let i = 0; i < target; i++) await keyboard.press('ArrowDown');
      check(radios[target]?.checked, `${item.field} = ${String(value)}`);
    }
    await keyboard.press('Tab');
    // Continue by what it is (the form's submit button), not by its English name: any language drives.
    check(focused(el)?.matches('form button[type="submit"]'), 'Tab from the last answer reaches Continue');
    await keyboard.press('Enter');
    await settle(el);
  };

/**
 * Runs the screens from the current one to check answers (or an interruption), answering from `plan`,
 * which must name every item asked. Returns the ids of the question screens answered, in order.
 */
export async function run(
  el: Checker,
  plan: Plan,
  answer: (el: Checker, plan: Plan) => Promise<void> = answerByClicks,
  everyStep?: () => Promise<void>,
): Promise<string[]> {
  const seen: string[] = [];
  for (let guard = 0; viewOf(el) === 'question' && guard < 40; guard++) {
    seen.push(step(el));
    await everyStep?.();
    await answer(el, plan);
  }
  return seen;
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

/** What an item not named in a story's answers gets: the ordinary answer, else "no", 1 or the first option. */
const ordinary = (item: Item): Answer =>
  ORDINARY[item.field] ?? (item.kind === 'yes-no' ? 'no' : item.kind === 'number' ? 1 : (item.options?.[0] ?? 0));

/**
 * Answers from the current screen on, until the checker leaves the questions (check your answers, or an
 * interrupting result) or reaches the screen `stopAt`. Items not in `answers` get ordinary answers.
 */
export async function answer(el: Checker, answers: Plan = {}, stopAt?: string): Promise<void> {
  await settle(el);
  for (let guard = 0; guard < SCREENS.length + 2; guard++) {
    const screen = currentScreen(el);
    if (!screen || screen.id === stopAt) return;
    const plan = Object.fromEntries(shownItems(el).map((item) => [item.field, answers[item.field] ?? ordinary(item)]));
    await answerByClicks(el, plan);
  }
  throw new Error('The symptom checker did not leave its questions: an answer does not fit the question.');
}

/** Fails (the test or story) when the expected screen is not showing. */
export function expectShowing(el: Checker, selector: string, what: string): void {
  check(root(el).querySelector(selector), `Expected ${what} (${selector}), but it is not showing.`);
}
