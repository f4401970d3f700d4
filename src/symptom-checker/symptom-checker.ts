import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import { ClinicElement } from '../core/clinic-element.js';
import { baseStyles } from '../core/styles.js';
import { defineElement } from '../core/define.js';
import { fire } from '../core/events.js';
import { formatMinutes, translateList, translateOptional, translatePlural } from '../core/i18n.js';
import type { ListKey, PluralKey, TextKey } from '../locales/translation.js';
import { parseBoolean, parseWholeNumber, readText } from '../core/parse.js';
import { resolveSettings } from '../core/settings.js';
import { SessionChoiceController } from '../core/session-choice.js';
import type { Answers, Field } from './answers.js';
import { SCREENS, TYPICAL_RUN, type Item, type Screen } from './questions.js';
import {
  RESULT_STEP,
  START_STEP,
  askedByScreen,
  isEmergency,
  isItemAnswered,
  nextStep,
  previousStep,
  relevantAnswers,
  sectionOf,
  viewOf,
} from './flow.js';
import { triage, type Note, type Suggestion, type Timeframe, type TriageResult, type Urgency } from './triage.js';
import { clearProgress, loadProgress, saveProgress } from './storage.js';
import { symptomCheckerStyles } from './symptom-checker.styles.js';
import './strings.js';

/** Detail of `triage-complete`: the outcome only, never the answers or the reasons behind it. */
export interface TriageCompleteDetail {
  urgency: Urgency;
  timeframe?: Timeframe;
  suggestion?: Suggestion;
}

/** The radio values of a yes / no / not sure question, in the order of their labels (`symptom.yesNo`). */
const YES_NO_VALUES = ['yes', 'no', 'not-sure'];

/** The checker's string keys without their `symptom.` prefix. */
type SymptomKey = { [Key in TextKey]: Key extends `symptom.${infer Rest}` ? Rest : never }[TextKey];
/**
 * The key of a string the questions' or results' data names (`q.bladder`, `w.talk`). Such keys are
 * formed at run time, so the type check cannot see them: tests/i18n/catalogs.test.ts checks that every
 * key the data can form exists in English and in every language.
 */
const dataKey = (group: string, id: string) => `${group}.${id}` as SymptomKey;
const PAIN_SCORES = [...Array(11).keys()].map(String);
/** Heading tags by level; `literal` keeps them static, so no markup can ever come from a value. */
const HEADINGS: readonly StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];
const DEFAULT_HEADING_LEVEL = 2;
/** What to expect in a session, in order (`symptom.w.<id>`). */
const SESSION_STEPS = ['talk', 'posture', 'lying', 'pressure', 'tell'];
/** `insurance-note` values that turn the referral and insurance line off. */
const OFF = ['off', 'false', 'none'];

const radioToFlag = (value: string) => (value === 'yes' ? true : value === 'no' ? false : value);
const flagToRadio = (value: unknown) => (value === true ? 'yes' : value === false ? 'no' : value);
/** The id of an item's first input, which its label and the error summary's link point at. */
const inputId = (field: Field) => `f-${field}`;

/**
 * A short, private questionnaire for lower back pain, a pinched nerve or sciatica. It screens for
 * emergencies first (and stops at once on one), then for reasons to see a doctor, and only then
 * suggests a massage approach, a session length and stretches. Answers never leave the device.
 *
 * Every result says what to do now (the kind of care for its timeframe), repeats the emergency symptoms
 * to watch for, and says it is not a diagnosis. The massage-ok result puts its call to action first: the
 * clinic's own `<booking-button>` for the suggested length (its words "Book this: 90 minutes, …" slotted
 * in; opening it sets the page-wide session choice, so pickers and other booking buttons follow), then
 * the advice and safety net, then the suggested stretches as `<stretch-card>`s, each behind a disclosure.
 *
 * Where things live: the questions are data (questions.ts), the rules are objects (rules.ts), what a
 * set of answers means is triage.ts, which screen comes next is flow.ts, remembered progress is
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
    headingLevel: { attribute: 'heading-level' },
    insuranceNote: { attribute: 'insurance-note' },
    _step: { state: true, attribute: false },
    _answers: { state: true, attribute: false },
    _errors: { state: true, attribute: false },
  };

  static override styles = [baseStyles, symptomCheckerStyles];

  /** Number to call in an emergency; default the provider's (which defaults by locale). */
  emergencyNumber?: string;
  /** Keep answers in sessionStorage (this tab only) until Start again. Off: nothing is stored. */
  remember = false;
  /** Level of the checker's headings, 1 to 6 (default 2); the result's sub-headings and stretch cards nest below. */
  headingLevel?: string | number;
  /** The referral and insurance line: absent for the default words, `off` to hide it, or the clinic's own words. */
  insuranceNote?: string;

  // Inputs as parsed in willUpdate: render reads only these.
  private _emergencyNumber = '';
  private _remember = false;
  private _headingLevel = DEFAULT_HEADING_LEVEL;
  /** The clinic's own insurance words, '' for the default ones, undefined when turned off. */
  private _insurance: string | undefined = '';

  // The visitor's progress (see flow.ts for what a step is).
  private _step = START_STEP;
  private _answers: Answers = {};
  /** The errors shown on the current screen, by field, in words; set only by Continue. */
  private _errors: Partial<Record<Field, string>> = {};
  /** What the number boxes show: the text as typed, kept apart from the (valid) answer. */
  private _drafts: Partial<Record<Field, string>> = {};
  /** Came from "Check your answers": Continue goes back there once nothing new needs asking. */
  private _returnToCheck = false;
  /** The step the emergency result's "Wrong answer? Go back" returns to. */
  private _resultBackStep = 0;
  private _result?: TriageResult;
  /** The asked items of each screen for the answers so far: worked out in willUpdate. */
  private _asked: readonly Item[][] = [];
  /**
   * Where focus goes after the next render: a new step's heading, or the error summary after Continue.
   * Only the visitor moving on or pressing Continue sets it, so picking an answer never moves focus.
   */
  private _focusTarget?: 'heading' | 'summary';

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
    if (changed.has('headingLevel')) {
      this._headingLevel = parseWholeNumber(this, 'heading-level', this.headingLevel, DEFAULT_HEADING_LEVEL, 6, 1);
    }
    if (changed.has('insuranceNote')) {
      const text = readText(this, 'insurance-note', this.insuranceNote, 'the default words');
      this._insurance = text && OFF.includes(text.toLowerCase()) ? undefined : (text ?? '');
    }
    if (changed.has('remember')) {
      this._remember = parseBoolean(this, 'remember', this.remember);
      // Resume only where there is nothing to lose: on the start page with nothing answered.
      if (this._remember && this._step === START_STEP && !Object.keys(this._answers).length) this._resume();
    }
    // After resuming, which may have replaced the answers.
    if (changed.has('_answers') || !this.hasUpdated) this._asked = askedByScreen(this._answers);
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
    const target = this._focusTarget;
    if (!target) return;
    this._focusTarget = undefined;
    // Focus alone announces the new step (or the errors): no live region repeats it.
    this.renderRoot.querySelector<HTMLElement>(target === 'summary' ? '.error-summary' : '.step-heading')?.focus();
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
    this._focusTarget = undefined;
  }

  /** Goes to a step; the result step works out the result (`from` is where "go back" returns to). */
  private _go(step: number, from = this._step): void {
    if (step === RESULT_STEP) {
      const result = (this._result = triage(relevantAnswers(this._answers), {
        sessions: this.clinic.sessions.map((session) => session.minutes),
        locale: this.locale,
        emergencyNumber: this._number(),
      }));
      this._resultBackStep = from;
      const { urgency, timeframe, suggestion } = result;
      fire<TriageCompleteDetail>(this, 'triage-complete', { urgency, timeframe, suggestion });
    }
    this._step = step;
    const answers = this._answers as Record<string, unknown>;
    this._drafts = Object.fromEntries(
      (SCREENS[step]?.items ?? [])
        .filter((item) => item.kind === 'number' && answers[item.field] !== undefined)
        .map((item) => [item.field, String(answers[item.field])]),
    );
    this._errors = {};
    this._focusTarget = 'heading';
  }

  private _setAnswer(field: Field, value: unknown): void {
    this._answers = { ...this._answers, [field]: value };
  }

  // ---- Handlers ------------------------------------------------------------------------------------

  private _onStart(): void {
    this._returnToCheck = false;
    this._go(nextStep(START_STEP, this._answers));
  }

  private _onContinue(event: Event): void {
    event.preventDefault();
    // An emergency answer interrupts at once, wherever it was given, even with the rest of the screen
    // unanswered: nobody with an emergency should have to answer more first.
    if (isEmergency(this._answers)) return this._go(RESULT_STEP);
    const missing = this._asked[this._step].filter((item) => !isItemAnswered(item, this._answers));
    if (!missing.length) return this._go(nextStep(this._step, this._answers, this._returnToCheck));
    this._errors = Object.fromEntries(missing.map((item) => [item.field, this._errorText(item)]));
    // A second Continue with the same errors still renders (a new object) and returns focus to the summary.
    this._focusTarget = 'summary';
    this.requestUpdate();
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

  private _onNumberInput(item: Item, event: Event): void {
    const typed = (event.target as HTMLInputElement).value;
    this._drafts = { ...this._drafts, [item.field]: typed };
    this._setAnswer(item.field, /^\d{1,4}$/.test(typed.trim()) ? Number(typed.trim()) : undefined);
  }

  /** Records a choice; never moves focus or changes the errors shown (WCAG 3.2.2). */
  private _onPick(item: Item, value: string): void {
    this._setAnswer(
      item.field,
      item.kind === 'yes-no' ? radioToFlag(value) : item.kind === 'scale' ? Number(value) : value,
    );
  }

  /** The error summary's links move focus to the item in error, not to the page's URL fragment. */
  private _focusItem(event: Event, field: Field): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>('#' + inputId(field))?.focus();
  }

  // ---- Rendering: reads state only -----------------------------------------------------------------

  override render(): TemplateResult {
    switch (viewOf(this._step)) {
      case 'start':
        return this._renderStart();
      case 'question':
        return this._renderScreen(SCREENS[this._step], this._asked[this._step]);
      case 'check':
        return this._renderCheck();
      default:
        return this._renderResult(this._result!);
    }
  }

  /** `symptom.<key>` in the clinic's locale, with the emergency number filled in. */
  private _text(key: SymptomKey, values?: Record<string, string | number>): string {
    return this.t(`symptom.${key}`, { number: this._number(), ...values });
  }

  /** An optional string of an item (its hint `h`, or the word after its box `u`), when it has one. */
  private _itemExtra(group: 'h' | 'u', field: string): string | undefined {
    return translateOptional(this.locale, `symptom.${group}.${field}`);
  }

  private _number(): string {
    return this._emergencyNumber || this.clinic.emergencyNumber;
  }

  /** What an unanswered item's error says: out of range for a number typed wrongly, else what is missing. */
  private _errorText(item: Item): string {
    return item.kind === 'number' && this._drafts[item.field]?.trim()
      ? this._text(dataKey('er', item.field))
      : this._text(dataKey('e', item.field));
  }

  /** A heading at the checker's level plus `depth` (never past h6). The step's heading takes focus. */
  private _heading(content: unknown, depth = 0, step = false): TemplateResult {
    const tag = HEADINGS[Math.min(this._headingLevel + depth, 6) - 1];
    return staticHtml`<${tag} class=${step ? 'step-heading' : nothing} tabindex=${step ? '-1' : nothing}>${content}</${tag}>`;
  }

  private _button(key: SymptomKey, onClick?: () => void, className = ''): TemplateResult {
    return html`<button class=${className} type=${onClick ? 'button' : 'submit'} @click=${onClick}>
      ${this._text(key)}
    </button>`;
  }

  private _list(items: string[], className = ''): TemplateResult {
    return html`<ul class=${className || nothing}>
      ${items.map((text) => html`<li>${text}</li>`)}
    </ul>`;
  }

  private _renderStart(): TemplateResult {
    return html`${this._heading(this._text('title'), 0, true)}
      <p>${this._text('intro')}</p>
      ${this._list([this._text('time', TYPICAL_RUN), this._text('private'), this._text('notdx'), this._text('notfor')])}
      ${this._button('start', () => this._onStart())}`;
  }

  /** "Section 2 of 4: Warning signs", as words (never "2 / 4"), at the start of the step's heading. */
  private _caption(screen: Screen): TemplateResult {
    const { number, total, section } = sectionOf(screen);
    return html`<span class="caption"
      >${this._text('section', { number, total, name: this._text(`p.${section}`) })}</span
    >`;
  }

  private _renderScreen(screen: Screen, items: Item[]): TemplateResult {
    const errors = items.filter((item) => this._errors[item.field]);
    // One item: its question is the step's heading (inside its legend or label, GOV.UK style). Several:
    // the screen's heading, then each item as its own fieldset.
    const single = items.length === 1;
    return html`${this._button('back', () => this._onBack(), 'link-button')}
      <form data-question=${screen.id} @submit=${this._onContinue} novalidate>
        ${
          errors.length
            ? html`<div class="error-summary" tabindex="-1">
                <div role="alert">
                  <p class="error-message">${this._text('problem')}</p>
                  <ul>
                    ${errors.map(
                      (item) =>
                        html`<li>
                          <a
                            href="#${inputId(item.field)}"
                            @click=${(event: Event) => this._focusItem(event, item.field)}
                            >${this._errors[item.field]}</a
                          >
                        </li>`,
                    )}
                  </ul>
                </div>
              </div>`
            : nothing
        }
        ${
          single
            ? nothing
            : html`${this._heading(html`${this._caption(screen)} ${this._text(dataKey('s', screen.id))}`, 0, true)}`
        }
        ${items.map((item) => this._renderItem(item, single ? screen : undefined))} ${this._button('continue')}
      </form>`;
  }

  /** One item; `headed` is its screen when the item's question is the step's heading. */
  private _renderItem(item: Item, headed?: Screen): TemplateResult {
    const { field, kind } = item;
    const error = this._errors[field];
    const question = this._text(dataKey('q', field));
    const hint = this._itemExtra('h', field);
    const describedBy = [hint && 'h-' + field, error && 'e-' + field].filter(Boolean).join(' ') || nothing;
    const hintAndError = html`${hint ? html`<p id=${'h-' + field} class="hint">${hint}</p>` : nothing}
    ${
      error
        ? html`<p id=${'e-' + field} class="error-message">
            <span class="visually-hidden">${this._text('error')}</span> ${error}
          </p>`
        : nothing
    }`;
    const label = (content: unknown) =>
      headed
        ? this._heading(html`${this._caption(headed)} ${content}`, 0, true)
        : html`<span class="label">${content}</span>`;
    if (kind === 'number') {
      return html`<div class="item ${error ? 'field-error' : ''}">
        ${label(html`<label for=${inputId(field)}>${question}</label>`)} ${hintAndError}
        <p>
          <input
            id=${inputId(field)}
            type="text"
            inputmode="numeric"
            autocomplete="off"
            aria-describedby=${describedBy}
            .value=${this._drafts[field] ?? ''}
            @input=${(event: Event) => this._onNumberInput(item, event)}
          />
          ${this._itemExtra('u', field) ?? nothing}
        </p>
      </div>`;
    }
    return html`<div class="item ${error ? 'field-error' : ''}">
      <fieldset aria-describedby=${describedBy}>
        <legend>${label(question)}</legend>
        ${hintAndError}${this._renderOptions(item)}
      </fieldset>
    </div>`;
  }

  private _renderOptions(item: Item): TemplateResult {
    const answer = (this._answers as Record<string, unknown>)[item.field];
    const current = String(item.kind === 'yes-no' ? flagToRadio(answer) : answer);
    const values = item.kind === 'yes-no' ? YES_NO_VALUES : item.kind === 'scale' ? PAIN_SCORES : item.options!;
    return html`<div class=${item.kind}>
      ${values.map(
        (value, index) =>
          html`<label>
            <input
              type="radio"
              id=${index ? nothing : inputId(item.field)}
              name=${item.field}
              .value=${value}
              .checked=${current === value}
              @change=${() => this._onPick(item, value)}
            />
            <span>${this._optionLabel(item, value)}</span>
          </label>`,
      )}
    </div>`;
  }

  /** The visible label of a radio value. */
  private _optionLabel(item: Item, value: string): string {
    if (item.kind === 'scale') return value;
    const values = item.kind === 'yes-no' ? YES_NO_VALUES : item.options!;
    const labels = translateList(
      this.locale,
      item.kind === 'yes-no' ? 'symptom.yesNo' : (`symptom.o.${item.field}` as ListKey),
    );
    return labels[values.indexOf(value)] ?? value;
  }

  /** An answer as "Check your answers" shows it (the duration as one answer: "3 weeks"). */
  private _answerText(item: Item): string {
    const answers = this._answers as Record<string, unknown>;
    const value = answers[item.field];
    switch (item.kind) {
      case 'number':
        // Counted words in the language's plural forms: "1 week", "3 weeks".
        if (item.field === 'durationAmount') {
          const key = `symptom.duration.${answers.durationUnit}` as PluralKey;
          return translatePlural(this.locale, key, Number(value));
        }
        return translatePlural(this.locale, `symptom.answer.${item.field}` as PluralKey, Number(value));
      case 'scale':
        return this._text('score', { score: String(value) });
      case 'yes-no':
        return this._optionLabel(item, String(flagToRadio(value)));
      default:
        return this._optionLabel(item, String(value));
    }
  }

  private _renderCheck(): TemplateResult {
    return html`${this._button('back', () => this._onBack(), 'link-button')}
      ${this._heading(this._text('check'), 0, true)}
      <dl>
        ${SCREENS.map((screen, index) =>
          this._asked[index]
            // The duration's unit is shown with its amount, in one row.
            .filter((item) => item.field !== 'durationUnit')
            .map((item) => {
              const question = this._text(
                item.field === 'durationAmount' ? dataKey('s', screen.id) : dataKey('q', item.field),
              );
              return html`<div>
                <dt>${question}</dt>
                <dd>${this._answerText(item)}</dd>
                <dd>
                  <button class="link-button" type="button" @click=${() => this._onChange(index)}>
                    ${this._text('change')}<span class="visually-hidden"> ${question}</span>
                  </button>
                </dd>
              </div>`;
            }),
        )}
      </dl>
      ${this._button('see', () => this._go(RESULT_STEP))}`;
  }

  private _notes(notes: readonly Note[]): TemplateResult {
    return this._list(notes.map((note) => note.text));
  }

  /**
   * The care card, ordered for a phone: the outcome and what to do first (on massage-ok the booking
   * button, within the first screen), then the reasons, the safety net, and on massage-ok the
   * stretches and what a session is like. Reasons and advice sit under headings of their own.
   */
  private _renderResult(result: TriageResult): TemplateResult {
    const { urgency } = result;
    const emergency = urgency === 'emergency';
    // A see-doctor result always has a timeframe; were one missing, the routine one is the cautious reading.
    const level = result.timeframe ?? (urgency === 'see-doctor' ? 'before-booking' : urgency);
    // An emergency heading says what to do; its first piece of advice says the same, so it shows once.
    const heading = emergency ? this._text(result.advice[0].id as SymptomKey) : this._text(level);
    const advice = emergency ? result.advice.slice(1) : result.advice;
    // An emergency names only its emergency symptoms; see-doctor lists every reason.
    const reasons = result.reasons.filter((reason) => !emergency || reason.rule.startsWith('E-'));
    const insurance = this._insurance === undefined ? undefined : this._insurance || this._text('insurance');
    return html`<div part="card" class="card ${level}">
        ${this._heading(html`<span class="visually-hidden">${this._text(`l.${level}`)} </span>${heading}`, 0, true)}
        <div>
          ${result.suggestion ? this._renderBooking(result.suggestion) : nothing}
          ${emergency ? html`<p><a class="button" href=${'tel:' + this._number()}>${this._text('call')}</a></p>` : nothing}
          ${this._heading(this._text('todo'), 1)} ${this._notes(advice)}
          ${
            reasons.length
              ? html`${this._heading(this._text('because'), 1)} ${this._list(reasons.map((reason) => reason.text))}`
              : nothing
          }
          ${
            result.safetyNet.length
              ? html`${this._heading(this._text('safety'), 1)} ${this._notes(result.safetyNet)}`
              : nothing
          }
          ${result.suggestion ? this._renderStretches(result.suggestion) : nothing}
          ${
            urgency === 'massage-ok'
              ? html`${this._heading(this._text('expect'), 1)}
                ${this._list(SESSION_STEPS.map((id) => this._text(dataKey('w', id))))}`
              : nothing
          }
          ${insurance && (urgency === 'massage-ok' || level === 'before-booking') ? html`<p>${insurance}</p>` : nothing}
          <p class="notdx">${this._text('notdx')}</p>
        </div>
      </div>
      ${emergency ? this._button('mistake', () => this._go(this._resultBackStep), 'secondary') : nothing}
      ${this._button('restart', () => this._onRestart(), 'secondary')}`;
  }

  /** The suggestion in one line and the clinic's booking button for it: first on the massage-ok card. */
  private _renderBooking(suggestion: Suggestion): TemplateResult {
    const { minutes, technique } = suggestion;
    const words = { minutes: formatMinutes(this.locale, minutes, 'long'), technique: this._text(`t.${technique}`) };
    return html`<p class="suggestion">${this._text('suggest', { ...words, why: suggestion.why.text })}</p>
      <p>
        <booking-button
          minutes=${minutes}
          @booking-open=${() => this._sessionChoice.set({ minutes, service: technique })}
          >${this._text('book', words)}</booking-button
        >
      </p>`;
  }

  /** The stretches, each a compact card behind a disclosure, so the card stays short on a phone. */
  private _renderStretches(suggestion: Suggestion): TemplateResult {
    if (!suggestion.stretches.length) return html``;
    return html`${this._heading(this._text('stretches'), 1)}
    ${suggestion.stretches.map(
      (stretch) =>
        html`<details>
          <summary>${this._text(`st.${stretch}`)}<span class="visually-hidden">: ${this._text('show')}</span></summary>
          <stretch-card stretch=${stretch} compact heading-level=${Math.min(this._headingLevel + 2, 6)}></stretch-card>
        </details>`,
    )}`;
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
