import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ClinicElement } from '../core/clinic-element.js';
import { baseStyles } from '../core/styles.js';
import { defineElement } from '../core/define.js';
import { fire } from '../core/events.js';
import { formatMinutes } from '../core/i18n.js';
import { parseBoolean } from '../core/parse.js';
import { resolveSettings } from '../core/settings.js';
import { SessionChoiceController } from '../core/session-choice.js';
import type { Answers, Field } from './answers.js';
import { QUESTIONS, fieldsOf, type Question } from './questions.js';
import {
  RESULT_STEP,
  START_STEP,
  isAnswered,
  isAsked,
  isEmergency,
  nextStep,
  previousStep,
  relevantAnswers,
  viewOf,
} from './flow.js';
import { triage, type Suggestion, type Timeframe, type TriageResult, type Urgency } from './triage.js';
import { clearProgress, loadProgress, saveProgress } from './storage.js';
import { symptomCheckerStyles } from './symptom-checker.styles.js';
import './strings.js';

/** Detail of `triage-complete`: the outcome only, never the answers or the reasons behind it. */
export interface TriageCompleteDetail {
  urgency: Urgency;
  timeframe?: Timeframe;
  suggestion?: Suggestion;
}

/** The radio values of a yes / no / not sure question, in the order of their labels (`symptom.yn`). */
const YES_NO_VALUES = ['yes', 'no', 'not-sure'];
const PAIN_SCORES = [...Array(11).keys()].map(String);
/** The emergency symptoms every non-emergency result repeats as a safety net. */
const SAFETY_NET_RULES = [
  'E-CES-BLADDER',
  'E-CES-BOWEL',
  'E-CES-SADDLE',
  'E-BILATERAL-LEG',
  'E-PROGRESSIVE-DEFICIT',
  'E-CHEST-PAIN',
];
/** The ids of the single answer field and the number box (the error summary's link points at it). */
const FIELD_ID = 'field';

const radioToFlag = (value: string) => (value === 'yes' ? true : value === 'no' ? false : value);
const flagToRadio = (value: unknown) => (value === true ? 'yes' : value === false ? 'no' : value);

/**
 * A short, private questionnaire for lower back pain, a pinched nerve or sciatica. It screens for
 * emergencies first (and stops at once on one), then for reasons to see a doctor, and only then
 * suggests a massage approach, a session length and stretches. Answers never leave the device.
 *
 * Booking: the massage-ok result offers the clinic's own `<booking-button>` for the suggested length
 * (its words "Book this: 90 minutes, …" slotted in); opening it sets the page-wide session choice, so
 * pickers and other booking buttons on the page follow. Suggested stretches show as `<stretch-card>`s.
 *
 * Where things live: the questions are data (questions.ts), the rules are objects (rules.ts), what a
 * set of answers means is triage.ts, which step comes next is flow.ts, remembered progress is
 * storage.ts. This class keeps the state, renders it and handles the visitor's input.
 *
 * @summary Red flags first, then an honest massage suggestion; nothing leaves the device.
 * @tag symptom-checker
 * @fires triage-complete - A result was shown; `detail` is `{urgency, timeframe?, suggestion?}`, never answers.
 * @csspart card - The result care card.
 * @cssprop --clinic-color-primary - Buttons and the massage-ok card.
 * @cssprop --clinic-color-danger - Emergency and urgent cards, errors.
 * @cssprop --clinic-color-warning - The "within days" card.
 * @cssprop --clinic-color-text - Text.
 * @cssprop --clinic-color-muted - Hints.
 * @cssprop --clinic-color-surface - Background.
 * @cssprop --clinic-color-border - Inputs and card borders.
 * @cssprop --clinic-color-focus - Focus ring.
 * @cssprop --clinic-radius - Corner radius.
 * @cssprop --clinic-space - Spacing unit.
 */
export class SymptomChecker extends ClinicElement {
  // `attribute: false` as well as `state: true`: the manifest analyzer lists any static property that
  // doesn't say so as an attribute.
  static override properties = {
    emergencyNumber: { attribute: 'emergency-number' },
    // No `type: Boolean`: parseBoolean reads every value, so `remember="false"` from a framework is off.
    remember: {},
    _step: { state: true, attribute: false },
    _answers: { state: true, attribute: false },
    _error: { state: true, attribute: false },
  };

  static override styles = [baseStyles, symptomCheckerStyles];

  /** Number to call in an emergency; default the provider's (which defaults by locale). */
  emergencyNumber?: string;
  /** Keep answers in sessionStorage (this tab only) until Start again. Off: nothing is stored. */
  remember = false;

  // Inputs as parsed in willUpdate: render reads only these.
  private _emergencyNumber = '';
  private _remember = false;

  // The visitor's progress (see flow.ts for what a step is).
  private _step = START_STEP;
  private _answers: Answers = {};
  /** The error shown on the current question, in words; empty when there is none. */
  private _error = '';
  /** What the number box shows: the text as typed, kept apart from the (valid) answer. */
  private _draft = '';
  /** Came from "Check your answers": Continue goes back there once nothing new needs asking. */
  private _returnToCheck = false;
  /** The step the emergency result's "Wrong answer? Go back" returns to. */
  private _resultBackStep = 0;
  private _result?: TriageResult;
  /** Which questions the answers so far ask (by index), for "Check your answers": worked out in willUpdate. */
  private _asked: readonly boolean[] = [];
  /** A step change (or an error) is waiting to move focus and be announced after rendering. */
  private _stepChanged = false;

  private readonly _sessionChoice = new SessionChoiceController(this);

  protected override willUpdate(changed: PropertyValues): void {
    if (!this.hasUpdated || changed.has('emergencyNumber') || changed.has('clinic')) {
      // The widget's own number over the provider's, by the same rules as every other override.
      this._emergencyNumber = resolveSettings(
        this,
        { emergencyNumber: this.emergencyNumber },
        this.clinic,
      ).emergencyNumber;
    }
    if (changed.has('remember')) {
      this._remember = parseBoolean(this, 'remember', this.remember);
      // Resume only where there is nothing to lose: on the start page with nothing answered.
      if (this._remember && this._step === START_STEP && !Object.keys(this._answers).length) this._resume();
    }
    // After resuming, which may have replaced the answers.
    if (changed.has('_answers') || !this.hasUpdated) {
      this._asked = QUESTIONS.map((_question, index) => isAsked(index, this._answers));
    }
  }

  protected override updated(): void {
    if (this._remember && this._step !== START_STEP) {
      saveProgress({
        answers: this._answers,
        step: this._step,
        resultBackStep: this._resultBackStep,
        returnToCheck: this._returnToCheck,
      });
    }
    if (!this._stepChanged) return;
    this._stepChanged = false;
    const target = this.renderRoot.querySelector<HTMLElement>(this._error ? '.error-summary' : 'h2')!;
    target.focus();
    // Screen readers hear the new step politely even where moving focus is not announced.
    this.renderRoot.querySelector('[aria-live]')!.textContent = target.textContent!.trim();
  }

  /** Says how to get help in an emergency even when the checker itself cannot be shown. */
  protected override unavailableMessage(): string {
    return `${super.unavailableMessage()} ${this._text('notfor')}`;
  }

  // ---- State changes -------------------------------------------------------------------------------

  /** Picks up remembered progress; anything stored that does not check out was dropped by storage.ts. */
  private _resume(): void {
    const progress = loadProgress();
    if (!progress) return;
    this._answers = progress.answers;
    this._returnToCheck = progress.returnToCheck;
    this._go(progress.step, progress.resultBackStep);
    // Resuming is not the visitor moving on: no focus is taken on page load.
    this._stepChanged = false;
  }

  /** Goes to a step; the result step works out the result (`from` is where "go back" returns to). */
  private _go(step: number, from = this._step): void {
    if (step === RESULT_STEP) {
      const result = (this._result = triage(relevantAnswers(this._answers), {
        sessions: this.clinic.sessions.map((session) => session.minutes),
        locale: this.locale,
      }));
      this._resultBackStep = from;
      const { urgency, timeframe, suggestion } = result;
      fire<TriageCompleteDetail>(this, 'triage-complete', { urgency, timeframe, suggestion });
    }
    this._step = step;
    this._draft = String((this._answers as Record<string, unknown>)[QUESTIONS[step]?.id] ?? '');
    this._error = '';
    this._stepChanged = true;
  }

  private _setAnswer(field: string, value: unknown): void {
    this._answers = { ...this._answers, [field]: value };
  }

  // ---- Handlers ------------------------------------------------------------------------------------

  private _onStart(): void {
    this._returnToCheck = false;
    this._go(nextStep(START_STEP, this._answers));
  }

  private _onContinue(event: Event): void {
    event.preventDefault();
    const question = QUESTIONS[this._step];
    if (!isAnswered(question, this._answers)) {
      this._error =
        question.kind === 'number'
          ? this._text('number', { min: question.min!, max: question.max! })
          : this._text('choose');
      this._stepChanged = true;
    } else if (isEmergency(this._answers)) {
      // An emergency answer interrupts at once, wherever it was given.
      this._go(RESULT_STEP);
    } else {
      this._go(nextStep(this._step, this._answers, this._returnToCheck));
    }
  }

  private _onBack(): void {
    this._go(previousStep(this._step, this._answers, this._returnToCheck));
  }

  private _onChange(index: number): void {
    this._returnToCheck = true;
    this._go(index);
  }

  private _onRestart(): void {
    this._answers = {};
    this._returnToCheck = false;
    clearProgress();
    this._go(START_STEP);
  }

  private _onNumberInput(field: string, event: Event): void {
    const typed = (this._draft = (event.target as HTMLInputElement).value).trim();
    this._setAnswer(field, /^\d{1,4}$/.test(typed) ? Number(typed) : undefined);
  }

  /** Records a choice. In a multi question, "None of these" unticks the rest, and a tick clears "None". */
  private _onPick(question: Question, value: string, checked: boolean): void {
    if (question.kind !== 'multi') {
      const answer =
        question.kind === 'yes-no' ? radioToFlag(value) : question.kind === 'scale' ? Number(value) : value;
      return this._setAnswer(question.id, answer);
    }
    const next = { ...this._answers } as Record<string, unknown>;
    for (const field of fieldsOf(question)) {
      if (value === 'none' || next[field] === false) next[field] = value === 'none' && checked ? false : undefined;
    }
    if (value !== 'none') next[value] = checked || undefined;
    this._answers = next;
  }

  /** The error summary's link moves focus to the field in error, not to the page's URL fragment. */
  private readonly _focusField = (event: Event) => {
    event.preventDefault();
    this.renderRoot.querySelector('input')?.focus();
  };

  // ---- Rendering: reads state only -----------------------------------------------------------------

  override render(): TemplateResult {
    let body: TemplateResult;
    switch (viewOf(this._step)) {
      case 'start':
        body = this._renderStart();
        break;
      case 'question':
        body = this._renderQuestion(QUESTIONS[this._step]);
        break;
      case 'check':
        body = this._renderCheck();
        break;
      default:
        body = this._renderResult(this._result!);
    }
    return html`${body}
      <p class="visually-hidden" aria-live="polite"></p>`;
  }

  /** `symptom.<key>` in the clinic's locale, with the emergency number filled in. */
  private _text(key: string, values?: Record<string, string | number>): string {
    return this.t('symptom.' + key, { number: this._emergencyNumber || this.clinic.emergencyNumber, ...values });
  }

  private _button(key: string, onClick?: () => void, className = ''): TemplateResult {
    return html`<button class=${className} type=${onClick ? 'button' : 'submit'} @click=${onClick}>
      ${this._text(key)}
    </button>`;
  }

  private _list(items: string[]): TemplateResult {
    return html`<ul>
      ${items.map((text) => html`<li>${text}</li>`)}
    </ul>`;
  }

  private _renderStart(): TemplateResult {
    return html`<h2 tabindex="-1">${this._text('title')}</h2>
      <p>${this._text('intro')}</p>
      ${this._list(['time', 'private', 'notdx', 'notfor'].map((key) => this._text(key)))}
      ${this._button('start', () => this._onStart())}`;
  }

  private _renderQuestion(question: Question): TemplateResult {
    const { id, kind } = question;
    const legend = this._text('q.' + id);
    const error = this._error;
    const describedBy = [question.hint && 'hint', error && 'error'].filter(Boolean).join(' ') || nothing;
    // The question is the step's heading; a number box is labelled by it, a fieldset's legend holds it.
    const heading = html`<h2 tabindex="-1">
      ${kind === 'number' ? html`<label for=${FIELD_ID}>${legend}</label>` : legend}
    </h2>`;
    const hintAndError = html`${question.hint ? html`<p id="hint" class="hint">${this._text('h.' + id)}</p>` : nothing}
    ${
      error
        ? html`<p id="error" class="error-message">
            <span class="visually-hidden">${this._text('error')}</span> ${error}
          </p>`
        : nothing
    }`;
    const field =
      kind === 'number'
        ? html`${heading}${hintAndError}
            <p>
              <input
                id=${FIELD_ID}
                type="text"
                inputmode="numeric"
                aria-describedby=${describedBy}
                .value=${this._draft}
                @input=${(event: Event) => this._onNumberInput(id, event)}
              />
              ${this._text(id === 'age' ? 'years' : 'weeks')}
            </p>`
        : html`<fieldset aria-describedby=${describedBy}>
            <legend>${heading}</legend>
            ${hintAndError}${this._renderOptions(question)}
          </fieldset>`;
    return html`${this._button('back', () => this._onBack(), 'link-button')}
      <form data-question=${id} @submit=${this._onContinue} novalidate>
        ${
          error
            ? html`<div class="error-summary" tabindex="-1" role="alert">
                <p class="error-message">${this._text('problem')}</p>
                <ul>
                  <li><a href="#${FIELD_ID}" @click=${this._focusField}>${error}</a></li>
                </ul>
              </div>`
            : nothing
        }
        <div class=${error ? 'field-error' : ''}>${field}</div>
        ${this._button('continue')}
      </form>`;
  }

  private _renderOptions(question: Question): TemplateResult {
    const answers = this._answers as Record<string, unknown>;
    const multi = question.kind === 'multi';
    const fields = fieldsOf(question);
    const current = String(question.kind === 'yes-no' ? flagToRadio(answers[question.id]) : answers[question.id]);
    const values = multi
      ? [...fields, 'none']
      : question.kind === 'yes-no'
        ? YES_NO_VALUES
        : question.kind === 'scale'
          ? PAIN_SCORES
          : question.options!;
    const isChecked = (value: string) =>
      multi
        ? value === 'none'
          ? fields.every((field) => answers[field] === false)
          : answers[value] === true
        : current === value;
    return html`${multi ? html`<p class="hint">${this._text('all')}</p>` : nothing}
      <div class=${question.kind}>
        ${values.map(
          (value, index) =>
            html`${value === 'none' ? html`<p>${this._text('or')}</p>` : nothing}
              <label>
                <input
                  type=${multi ? 'checkbox' : 'radio'}
                  id=${index ? nothing : FIELD_ID}
                  name="answer"
                  .value=${value}
                  .checked=${isChecked(value)}
                  @change=${(event: Event) => this._onPick(question, value, (event.target as HTMLInputElement).checked)}
                />
                <span>
                  ${multi ? this._text(value === 'none' ? 'none' : 'f.' + value) : this._optionLabel(question, value)}
                </span>
              </label>`,
        )}
      </div>`;
  }

  /** The visible label of a radio value. */
  private _optionLabel(question: Question, value: string): string {
    if (question.kind === 'scale') return value;
    const values = question.kind === 'yes-no' ? YES_NO_VALUES : question.options!;
    return this._text(question.kind === 'yes-no' ? 'yn' : 'o.' + question.id).split('|')[values.indexOf(value)];
  }

  /** An answer as "Check your answers" shows it. */
  private _answerText(question: Question): string {
    const value = (this._answers as Record<string, unknown>)[question.id];
    switch (question.kind) {
      case 'multi': {
        const ticked = fieldsOf(question).filter((field: Field) => this._answers[field] === true);
        return ticked.length ? ticked.map((field) => this._text('f.' + field)).join('; ') : this._text('none');
      }
      case 'number':
        return `${value} ${this._text(question.id === 'age' ? 'years' : 'weeks')}`;
      case 'scale':
        return `${value} / 10`;
      case 'yes-no':
        return this._optionLabel(question, String(flagToRadio(value)));
      default:
        return this._optionLabel(question, String(value));
    }
  }

  private _renderCheck(): TemplateResult {
    return html`${this._button('back', () => this._onBack(), 'link-button')}
      <h2 tabindex="-1">${this._text('check')}</h2>
      <dl>
        ${QUESTIONS.map((question, index) => {
          if (!this._asked[index]) return nothing;
          const legend = this._text('q.' + question.id);
          return html`<div>
            <dt>${legend}</dt>
            <dd>${this._answerText(question)}</dd>
            <dd>
              <button class="link-button" type="button" @click=${() => this._onChange(index)}>
                ${this._text('change')}<span class="visually-hidden"> ${legend}</span>
              </button>
            </dd>
          </div>`;
        })}
      </dl>
      ${this._button('see', () => this._go(RESULT_STEP))}`;
  }

  private _renderResult(result: TriageResult): TemplateResult {
    const emergency = result.urgency === 'emergency';
    const level = result.timeframe ?? result.urgency;
    // An emergency names only its emergency symptoms; see-doctor lists every reason.
    const reasons = result.reasons.filter((reason) => !emergency || reason.rule.startsWith('E-'));
    return html`<div part="card" class="card ${level}">
        <h2 tabindex="-1"><span class="visually-hidden">${this._text('l.' + level)} </span>${this._text(level)}</h2>
        <div>
          ${
            result.reasons.length
              ? html`<p>${this._text('because')}</p>
                  ${this._list(reasons.map((reason) => reason.text))}`
              : nothing
          }
          ${
            emergency
              ? html`<p><a class="button" href=${'tel:' + this._emergencyNumber}>${this._text('call')}</a></p>
                  <p>${this._text('nobook')}</p>`
              : html`${this._renderSuggestion(result)}
                  <p><strong>${this._text('safety')}</strong></p>
                  ${this._list(SAFETY_NET_RULES.map((rule) => this._text('r.' + rule)))}`
          }
          <p>${this._text('notdx')}</p>
        </div>
      </div>
      ${emergency ? this._button('mistake', () => this._go(this._resultBackStep), 'secondary') : nothing}
      ${this._button('restart', () => this._onRestart(), 'secondary')}`;
  }

  /** Advice, and for massage-ok the approach, length, stretches and booking. */
  private _renderSuggestion(result: TriageResult): TemplateResult {
    const advice = this._list(result.advice.map((note) => note.text));
    const suggestion = result.suggestion;
    if (!suggestion) return advice;
    const { minutes, technique } = suggestion;
    const words = { minutes: formatMinutes(this.locale, minutes, 'long'), technique: this._text('t.' + technique) };
    return html`<h3>${this._text('approach')}</h3>
      <p><strong>${words.technique}</strong></p>
      <h3>${this._text('session')}</h3>
      <p><strong>${words.minutes}</strong>: ${suggestion.why.text}</p>
      <h3>${this._text('stretches')}</h3>
      ${suggestion.stretches.map((stretch) => html`<stretch-card stretch=${stretch}></stretch-card>`)} ${advice}
      <p>
        <booking-button
          minutes=${minutes}
          @booking-open=${() => this._sessionChoice.set({ minutes, service: technique })}
          >${this._text('book', words)}</booking-button
        >
      </p>`;
  }
}

defineElement('symptom-checker', SymptomChecker);

declare global {
  interface HTMLElementTagNameMap {
    'symptom-checker': SymptomChecker;
  }
  interface GlobalEventHandlersEventMap {
    'triage-complete': CustomEvent<TriageCompleteDetail>;
  }
}
