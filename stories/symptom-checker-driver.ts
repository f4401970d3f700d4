import { translate } from '../src/core/i18n.ts';
import { QUESTIONS, type Question } from '../src/symptom-checker/questions.ts';

/**
 * Walks `<symptom-checker>` through its real screens by clicking, as a visitor would, so each story
 * can open on a given step or result. Answers are given by question id; any question not named gets
 * the unremarkable answer a visitor with ordinary low back pain would give.
 */
export type Answer = string | number | readonly string[];

const ORDINARY: Record<string, Answer> = {
  legs: 'no',
  numb: 'no',
  weak: 'no',
  onset: 'lifting',
  where: 'low',
  age: 42,
  weeks: 3,
  pain: '4',
  improving: 'better',
};

const ordinary = (question: Question): Answer =>
  ORDINARY[question.id] ?? (question.kind === 'multi' ? [] : question.kind === 'number' ? 1 : 'no');

type Checker = HTMLElement & { updateComplete: Promise<boolean> };

function root(checker: Checker): ShadowRoot {
  return checker.shadowRoot!;
}

/**
 * The question on screen, found by its heading (each question's legend is its `symptom.q.<id>` string),
 * or undefined off the questions (start, check your answers, a result).
 */
function currentQuestion(checker: Checker): Question | undefined {
  const shadow = root(checker);
  if (!shadow.querySelector('form')) return undefined;
  const heading = shadow.querySelector('h2')?.textContent?.replace(/\s+/g, ' ').trim();
  const locale = document.documentElement.lang || 'en';
  const question = QUESTIONS.find(({ id }) => translate(locale, `symptom.q.${id}`).replace(/\s+/g, ' ').trim() === heading);
  if (!question) throw new Error(`The story driver does not know the question "${heading}".`);
  return question;
}

async function settle(checker: Checker): Promise<void> {
  await checker.updateComplete;
  await checker.updateComplete;
}

/** Clicks Start on the start screen. */
export async function start(checker: Checker): Promise<void> {
  await settle(checker);
  // The start screen's only button.
  root(checker).querySelector<HTMLButtonElement>('button')!.click();
  await settle(checker);
}

/** Presses Continue without changing anything. */
export async function pressContinue(checker: Checker): Promise<void> {
  root(checker).querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
  await settle(checker);
}

/** Gives one answer on the current question screen and continues. */
async function give(checker: Checker, question: Question, answer: Answer): Promise<void> {
  const shadow = root(checker);
  if (question.kind === 'number') {
    const input = shadow.querySelector<HTMLInputElement>('input[type="text"]')!;
    input.value = String(answer);
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  } else if (question.kind === 'multi') {
    const ticks = (answer as readonly string[]).length ? (answer as readonly string[]) : ['none'];
    for (const value of ticks) shadow.querySelector<HTMLInputElement>(`input[value="${value}"]`)!.click();
  } else {
    shadow.querySelector<HTMLInputElement>(`input[value="${String(answer)}"]`)!.click();
  }
  await settle(checker);
  await pressContinue(checker);
}

/**
 * Answers from the current screen on, until the checker leaves the questions (check your answers, or an
 * interrupting result) or reaches the question `stopAt`.
 */
export async function answer(checker: Checker, answers: Record<string, Answer> = {}, stopAt?: string): Promise<void> {
  await settle(checker);
  for (let step = 0; step < QUESTIONS.length + 2; step++) {
    const question = currentQuestion(checker);
    if (!question || question.id === stopAt) return;
    await give(checker, question, answers[question.id] ?? ordinary(question));
  }
  throw new Error('The symptom checker did not leave its questions: a story answer does not fit the question.');
}

/** On "Check your answers", presses "See my result". */
export async function seeResult(checker: Checker): Promise<void> {
  // The screen's last button: after Back and the Change links.
  [...root(checker).querySelectorAll<HTMLButtonElement>('button')].at(-1)!.click();
  await settle(checker);
}

/** Fails the story (and so the story test) when the expected screen is not showing. */
export function expectShowing(checker: Checker, selector: string, what: string): void {
  if (!root(checker).querySelector(selector)) throw new Error(`Expected ${what} (${selector}), but it is not showing.`);
}
