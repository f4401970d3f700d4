import { css, html, nothing, type TemplateResult } from 'lit';
import { ClinicElement } from '../core/clinic-element.js';
import { baseStyles } from '../core/styles.js';
import { defineElement } from '../core/define.js';
import { fire } from '../core/events.js';
import { formatMinutes } from '../core/i18n.js';
import { parseEmergencyNumber } from '../core/attributes.js';
import { SessionChoiceController } from '../core/session-choice.js';
import { QUESTIONS, fieldsOf, isAnswered, isAsked, relevantAnswers, type Question } from './questions.js';
import { triage, type Suggestion, type Answers, type Timeframe, type TriageResult, type Urgency } from './triage.js';
import './strings.js';

/** Detail of `triage-complete`: the outcome only, never the answers or the reasons behind it. */
export interface TriageCompleteDetail {
  urgency: Urgency;
  timeframe?: Timeframe;
  suggestion?: Suggestion;
}

/** Steps: -1 start, 0 to N-1 the questions, N check answers, N+1 the result. */
const N = QUESTIONS.length;
const STORE = 'clinic-widgets:symptom-checker';
const YN = ['yes', 'no', 'not-sure'];
const SCALE = [...Array(11).keys()].map(String);
const toFlag = (v: string) => (v === 'yes' ? true : v === 'no' ? false : v);
/** The emergency symptoms every non-emergency result repeats as a safety net. */
const SAFETY_NET = ['E-CES-BLADDER', 'E-CES-BOWEL', 'E-CES-SADDLE', 'E-BILATERAL-LEG', 'E-PROGRESSIVE-DEFICIT', 'E-CHEST-PAIN'];
const fromFlag = (v: unknown) => (v === true ? 'yes' : v === false ? 'no' : v);

/**
 * A short, private questionnaire for lower back pain, a pinched nerve or sciatica. It screens for
 * emergencies first (and stops at once on one), then for reasons to see a doctor, and only then
 * suggests a massage approach, a session length and stretches. Answers never leave the device.
 *
 * Booking: the massage-ok result offers the clinic's own `<booking-button>` for the suggested length
 * (its words "Book this: 90 minutes, …" slotted in); opening it sets the page-wide session choice, so
 * pickers and other booking buttons on the page follow. Suggested stretches show as `<stretch-card>`s.
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
  static override properties = {
    emergencyNumber: { attribute: 'emergency-number' },
    remember: { type: Boolean },
    step: { state: true, attribute: false },
    answers: { state: true, attribute: false },
    error: { state: true, attribute: false },
  };

  /** Number to call in an emergency; default the provider's (which defaults by locale). */
  emergencyNumber = '';
  /** Keep answers in sessionStorage (this tab only) until Start again. Off: nothing is stored. */
  remember = false;

  private step = -1;
  private answers: Answers = {};
  private error = '';
  #draft = '';
  /** Came from "Check your answers": Continue goes back there once nothing new needs asking. */
  #changing = false;
  /** The step the emergency result's "go back" returns to. */
  #from = 0;
  #result?: TriageResult;
  /** A step change is waiting to move focus and be announced. */
  #moved = false;
  readonly #choice = new SessionChoiceController(this);

  static override styles = [
    baseStyles,
    css`
      :host{max-width:40rem;background:var(--_surface);padding:var(--_space);border-radius:var(--_radius)}
      h2{font-size:1.5rem;margin:0 0 var(--_space)}
      h2:focus{outline:0}
      h3{font-size:1.1rem;margin:0}
      p,ul,dl,fieldset{margin:0 0 var(--_space)}
      fieldset{border:0;padding:0}
      a{color:inherit}
      .hint{color:var(--_muted)}
      label{display:flex;gap:.75rem;padding:.5rem 0}
      input{width:1.5rem;height:1.5rem;margin:0;accent-color:var(--_primary)}
      .scale{display:flex;flex-wrap:wrap;gap:0 1.25rem}
      [type=text]{font:inherit;width:5em;height:2.75rem}
      .msg{color:var(--_danger);font-weight:700}
      .err{border-left:4px solid var(--_danger);padding-left:var(--_space)}
      .sum{border:4px solid var(--_danger);padding:var(--_space);margin-bottom:var(--_space)}
      button,.button{font:inherit;font-weight:700;display:inline-block;padding:.5rem 1.25rem;border:0;border-radius:var(--_radius);background:var(--_primary);color:var(--_on-primary);text-decoration:none;margin:0 .5rem var(--_space) 0}
      .link{background:none;color:var(--_primary);text-decoration:underline;padding:0}
      .alt{background:var(--_surface-alt);color:var(--_text)}
      dl div{border-bottom:1px solid var(--_border);padding:.5rem 0}
      dt{font-weight:700}
      dd{margin:0}
      .card{border:2px solid var(--c);border-radius:var(--_radius);margin-bottom:var(--_space)}
      .card h2{background:var(--c);color:var(--on,var(--_surface));padding:var(--_space);margin:0}
      .card>div{padding:var(--_space)}
      .emergency,.today{--c:var(--_danger)}
      .days{--c:var(--_warning)}
      .before-booking,.massage-ok{--c:var(--_primary);--on:var(--_on-primary)}
      stretch-card{display:block;margin-bottom:var(--_space)}
    `,
  ];

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.remember) {
      try {
        const saved = JSON.parse(sessionStorage.getItem(STORE)!);
        this.answers = saved.a;
        this.#changing = saved.c;
        this.#go(saved.s, saved.f);
        this.#moved = false;
      } catch {
        // Nothing (usable) stored: start afresh.
      }
    }
  }

  /** The number to call: our own valid attribute, else the provider's. */
  get #number(): string {
    return parseEmergencyNumber(this, 'emergency-number', this.emergencyNumber, this.clinic.emergencyNumber);
  }

  /** Goes to a step; the result step works out the result (from `from`, for "go back"). */
  #go(step: number, from = this.step): void {
    if (step > N) {
      const result = (this.#result = triage(relevantAnswers(this.answers), {
        sessions: this.clinic.sessions.map((s) => s.minutes),
        locale: this.locale,
      }));
      this.#from = from;
      const { urgency, timeframe, suggestion } = result;
      fire<TriageCompleteDetail>(this, 'triage-complete', { urgency, timeframe, suggestion });
    }
    this.step = step;
    // The number box shows what was typed, kept apart from the (valid) answer.
    this.#draft = String(this.answers[QUESTIONS[step]?.id as 'age'] ?? '');
    this.error = '';
    this.#moved = true;
  }

  /** The nearest asked question after `from` (with `unanswered`, one still to answer), else check answers. */
  #next(from: number, unanswered?: boolean): number {
    while (++from < N && !(isAsked(from, this.answers) && !(unanswered && isAnswered(QUESTIONS[from], this.answers))));
    return from;
  }

  #onContinue(event: Event): void {
    event.preventDefault();
    const q = QUESTIONS[this.step];
    if (!isAnswered(q, this.answers)) {
      this.error = q.kind === 'number' ? this.#s('number', q as unknown as Record<string, number>) : this.#s('choose');
      this.#moved = true;
    } else if (triage(relevantAnswers(this.answers)).urgency === 'emergency') {
      // An emergency answer interrupts at once, wherever it was given.
      this.#go(N + 1);
    } else this.#go(this.#next(this.step, this.#changing));
  }

  #onBack(): void {
    let i = this.step;
    if (this.#changing && i < N) return this.#go(N);
    while (--i >= 0 && !isAsked(i, this.answers));
    this.#go(i);
  }

  #restart(): void {
    this.answers = {};
    this.#changing = false;
    try {
      sessionStorage.removeItem(STORE);
    } catch {
      // Storage blocked: nothing was stored either.
    }
    this.#go(-1);
  }

  #set(field: string, value: unknown): void {
    this.answers = { ...this.answers, [field]: value };
  }

  override updated(): void {
    if (this.remember && this.step >= 0) {
      try {
        sessionStorage.setItem(STORE, JSON.stringify({ a: this.answers, s: this.step, f: this.#from, c: this.#changing }));
      } catch {
        // Storage full or blocked: the checker still works, it just won't remember.
      }
    }
    if (!this.#moved) return;
    this.#moved = false;
    const target = this.renderRoot.querySelector<HTMLElement>(this.error ? '.sum' : 'h2')!;
    target.focus();
    // Screen readers hear the new step politely even where moving focus is not announced.
    this.renderRoot.querySelector('[aria-live]')!.textContent = target.textContent!.trim();
  }

  override render(): TemplateResult {
    const step = this.step;
    const body =
      step < 0
        ? this.#renderStart()
        : step < N
          ? this.#renderQuestion(QUESTIONS[step])
          : step === N
            ? this.#renderCheck()
            : this.#renderResult(this.#result!);
    return html`${body}<p class="visually-hidden" aria-live="polite"></p>`;
  }

  /** `symptom.<key>` in the clinic's locale, with the emergency number filled in. */
  #s(key: string, values?: Record<string, string | number>): string {
    return this.t('symptom.' + key, { number: this.#number, ...values });
  }

  #button(key: string, onClick?: () => void, cls = ''): TemplateResult {
    return html`<button class=${cls} type=${onClick ? 'button' : 'submit'} @click=${onClick}>${this.#s(key)}</button>`;
  }

  #list(items: string[]): TemplateResult {
    return html`<ul>${items.map((text) => html`<li>${text}</li>`)}</ul>`;
  }

  #renderStart(): TemplateResult {
    return html`<h2 tabindex="-1">${this.#s('title')}</h2><p>${this.#s('intro')}</p>
${this.#list(['time', 'private', 'notdx', 'notfor'].map((k) => this.#s(k)))}${this.#button('start', () => {
      this.#changing = false;
      this.#go(this.#next(-1));
    })}`;
  }
  #renderQuestion(q: Question): TemplateResult {
    const id = q.id;
    const legend = this.#s('q.' + id);
    const err = this.error;
    const number = q.kind === 'number';
    const describedBy = [q.hint && 'hint', err && 'err'].filter(Boolean).join(' ') || nothing;
    const heading = html`<h2 tabindex="-1">${number ? html`<label for="f">${legend}</label>` : legend}</h2>`;
    const after = html`${q.hint ? html`<p id="hint" class="hint">${this.#s('h.' + id)}</p>` : nothing}${err
      ? html`<p id="err" class="msg"><span class="visually-hidden">${this.#s('error')}</span> ${err}</p>`
      : nothing}`;
    return html`${this.#button('back', () => this.#onBack(), 'link')}
<form @submit=${this.#onContinue} novalidate>${err
      ? html`<div class="sum" tabindex="-1" role="alert"><p class="msg">${this.#s('problem')}</p>
<ul><li><a href="#f" @click=${this.#focusField}>${err}</a></li></ul></div>`
      : nothing}
<div class=${err ? 'err' : ''}>${number
      ? html`${heading}${after}<p><input id="f" type="text" inputmode="numeric"
aria-describedby=${describedBy} .value=${this.#draft} @input=${(e: Event) => {
          const v = (this.#draft = (e.target as HTMLInputElement).value).trim();
          this.#set(id, /^\d{1,4}$/.test(v) ? +v : undefined);
        }}> ${this.#s(id === 'age' ? 'years' : 'weeks')}</p>`
      : html`<fieldset aria-describedby=${describedBy}><legend>${heading}</legend>${after}${this.#options(q)}</fieldset>`}</div>
${this.#button('continue')}</form>`;
  }

  readonly #focusField = (e: Event) => {
    e.preventDefault();
    this.renderRoot.querySelector('input')?.focus();
  };

  #options(q: Question): TemplateResult {
    const a = this.answers as Record<string, unknown>;
    const multi = q.kind === 'multi';
    const fields = fieldsOf(q);
    const current = String(q.kind === 'yn' ? fromFlag(a[q.id]) : a[q.id]);
    const values = multi ? [...fields, 'none'] : q.kind === 'yn' ? YN : q.kind === 'scale' ? SCALE : q.options!;
    return html`${multi ? html`<p class="hint">${this.#s('all')}</p>` : nothing}<div class=${q.kind}>${values.map((v, i) => {
      const none = v === 'none';
      return html`${none ? html`<p>${this.#s('or')}</p>` : nothing}<label><input type=${multi ? 'checkbox' : 'radio'}
id=${i ? nothing : 'f'} name="q" .value=${v} .checked=${multi ? (none ? fields.every((f) => a[f] === false) : a[v] === true) : current === v}
@change=${(e: Event) => this.#pick(q, v, (e.target as HTMLInputElement).checked)}><span>${multi ? this.#s(none ? 'none' : 'f.' + v) : this.#label(q, v)}</span></label>`;
    })}</div>`;
  }

  /** Records a choice. In a multi question, "None of these" unticks the rest, and a tick clears "None". */
  #pick(q: Question, value: string, on: boolean): void {
    if (q.kind !== 'multi') return this.#set(q.id, q.kind === 'yn' ? toFlag(value) : q.kind === 'scale' ? +value : value);
    const next = { ...this.answers } as Record<string, unknown>;
    for (const f of fieldsOf(q)) if (value === 'none' || next[f] === false) next[f] = value === 'none' && on ? false : undefined;
    if (value !== 'none') next[value] = on || undefined;
    this.answers = next;
  }

  /** The visible label of a radio value. */
  #label(q: Question, value: string): string {
    if (q.kind === 'scale') return value;
    const values = q.kind === 'yn' ? YN : q.options!;
    return this.#s(q.kind === 'yn' ? 'yn' : 'o.' + q.id).split('|')[values.indexOf(value)];
  }

  #answerText(q: Question): string {
    const v = this.answers[q.id as 'age'];
    if (q.kind === 'multi') {
      const ticked = fieldsOf(q).filter((f) => this.answers[f] === true);
      return ticked.length ? ticked.map((f) => this.#s('f.' + f)).join('; ') : this.#s('none');
    }
    return q.kind === 'number'
      ? `${v} ${this.#s(q.id === 'age' ? 'years' : 'weeks')}`
      : q.kind === 'scale'
        ? `${v} / 10`
        : this.#label(q, String(q.kind === 'yn' ? fromFlag(v) : v));
  }

  #renderCheck(): TemplateResult {
    return html`${this.#button('back', () => this.#onBack(), 'link')}<h2 tabindex="-1">${this.#s('check')}</h2><dl>${QUESTIONS.map(
      (q, i) => {
        const legend = this.#s('q.' + q.id);
        return isAsked(i, this.answers)
          ? html`<div><dt>${legend}</dt><dd>${this.#answerText(q)}</dd><dd><button class="link" type="button" @click=${() => {
              this.#changing = true;
              this.#go(i);
            }}>${this.#s('change')}<span class="visually-hidden"> ${legend}</span></button></dd></div>`
          : nothing;
      },
    )}</dl>${this.#button('see', () => this.#go(N + 1))}`;
  }

  #renderResult(r: TriageResult): TemplateResult {
    const emergency = r.urgency === 'emergency';
    const level = r.timeframe ?? r.urgency;
    return html`<div part="card" class="card ${level}"><h2 tabindex="-1"><span class="visually-hidden">${this.#s('l.' + level)} </span>${this.#s(level)}</h2>
<div>${r.reasons.length
      ? html`<p>${this.#s('because')}</p>${this.#list(
          // An emergency names only its emergency symptoms; see-doctor lists every reason.
          r.reasons
            .filter((x) => !emergency || x.rule[0] === 'E')
            .map((x) => x.text),
        )}`
      : nothing}${emergency
      ? html`<p><a class="button" href=${'tel:' + this.#number}>${this.#s('call')}</a></p><p>${this.#s('nobook')}</p>`
      : html`${this.#renderSuggestion(r)}
<p><strong>${this.#s('safety')}</strong></p>${this.#list(SAFETY_NET.map((rule) => this.#s('r.' + rule)))}`}
<p>${this.#s('notdx')}</p></div></div>${emergency
      ? this.#button('mistake', () => this.#go(this.#from), 'alt')
      : nothing}${this.#button('restart', () => this.#restart(), 'alt')}`;
  }

  /** Advice, and for massage-ok the approach, length, stretches and booking. */
  #renderSuggestion(r: TriageResult): TemplateResult {
    const advice = this.#list(r.advice.map((n) => n.text));
    const suggestion = r.suggestion;
    if (!suggestion) return advice;
    const { minutes: m, technique: id } = suggestion;
    const values = { minutes: formatMinutes(this.locale, m, 'long'), technique: this.#s('t.' + id) };
    return html`<h3>${this.#s('approach')}</h3><p><strong>${values.technique}</strong></p>
<h3>${this.#s('session')}</h3><p><strong>${values.minutes}</strong>: ${suggestion.why.text}</p>
<h3>${this.#s('stretches')}</h3>${suggestion.stretches.map((s) => html`<stretch-card stretch=${s}></stretch-card>`)}${advice}
<p><booking-button minutes=${m} @booking-open=${() => this.#choice.set({ minutes: m, service: id })}
>${this.#s('book', values)}</booking-button></p>`;
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
