import { css, html, nothing, svg, type PropertyValues } from 'lit';
import { ClinicElement } from '../core/clinic-element.js';
import { baseStyles } from '../core/styles.js';
import { parseEnum, parseWholeNumber } from '../core/attributes.js';
import { fire } from '../core/events.js';
import { formatSeconds } from '../core/i18n.js';
import { defineElement } from '../core/define.js';
import { isStretchId, stretches, STOP_IF_WORSE, STRETCH_IDS, type Stretch, type StretchArt, type StretchId } from './catalog.js';
import { HoldTimer, type Sides, type TimerSnapshot } from './hold-timer.js';
import './strings.js';

export interface StretchCompleteDetail {
  /** The catalog id, or undefined for a clinic's own exercise. */
  stretch?: StretchId;
  hold: number;
  reps: number;
  sides: Sides;
}

/** Fallback dose of a clinic's own exercise (no `stretch`): the middle of the usual guidance. */
const CUSTOM = { hold: 20, reps: 3 };
const MAX_HOLD = 600;
const MAX_REPS = 50;

const picture = (art: StretchArt) =>
  svg`<svg role="img" aria-label=${art.alt} viewBox="0 0 120 64"><path class="floor" d="M4 60H116"/><circle cx=${art.head[0]} cy=${art.head[1]} r="6"/><path class="ghost" d=${art.ghost ?? ''}/><path d=${art.d}/></svg>`;

const clock = (ms: number) => {
  const seconds = Math.ceil(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
};

/**
 * A printable home-exercise card: picture, dose, numbered steps, cautions and a hold timer that
 * counts the holds, rests, reps and sides, keeping exact time in a background tab.
 *
 * The built-in stretches are in `stretches` (exported). A clinic's own exercise: leave out `stretch`,
 * set `heading`, `hold`, `reps` and `sides`, and slot in the steps and a picture.
 *
 * @summary Home-exercise card with original art, clear steps and a hold timer that keeps time.
 * @tag stretch-card
 * @slot picture - Replaces the built-in illustration (give your image a text alternative).
 * @slot steps - Replaces the numbered steps (use an `<ol>`).
 * @fires stretch-complete - All reps and sides are done. `detail`: `{ stretch, hold, reps, sides }`.
 * @csspart card - The card.
 * @csspart heading - The exercise title.
 * @csspart picture - The illustration's frame.
 * @csspart dose - The hold, repeat and how-often list.
 * @csspart cautions - The cautions box.
 * @csspart timer - The timer and its buttons.
 * @cssprop --clinic-color-primary - Art, timer bar and Start button.
 * @cssprop --clinic-color-on-primary - Text on the Start button.
 * @cssprop --clinic-color-text - Text.
 * @cssprop --clinic-color-muted - Secondary text.
 * @cssprop --clinic-color-surface - Card background.
 * @cssprop --clinic-color-surface-alt - Picture and timer background.
 * @cssprop --clinic-color-border - Borders and the floor line.
 * @cssprop --clinic-color-warning - The cautions' edge.
 * @cssprop --clinic-radius - Corner radius.
 * @cssprop --clinic-space - Spacing unit.
 */
export class StretchCard extends ClinicElement {
  static override properties = {
    ...ClinicElement.properties,
    stretch: {},
    heading: {},
    headingLevel: { attribute: 'heading-level' },
    hold: {},
    reps: {},
    sides: {},
    frequency: {},
    compact: { type: Boolean, reflect: true },
    sound: { type: Boolean },
  };

  static override styles = [
    baseStyles,
    css`
      article {
        display: grid;
        gap: calc(var(--_space) * 0.75);
        padding: var(--_space);
        background: var(--_surface);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
      }
      p,
      ol,
      ul,
      dl,
      dd,
      figure {
        margin: 0;
      }
      .top {
        display: grid;
        gap: calc(var(--_space) * 0.75);
      }
      :host([compact]) .top {
        grid-template-columns: minmax(5rem, 35%) 1fr;
        align-items: start;
      }
      :host([compact]) {
        font-size: calc(var(--clinic-font-size, 1rem) * 0.9375);
      }
      .title {
        font-size: 1.25em;
        font-weight: 700;
        line-height: 1.25;
      }
      .area,
      .where {
        color: var(--_muted);
      }
      svg {
        display: block;
        inline-size: 100%;
        block-size: auto;
        color: var(--_primary);
        background: var(--_surface-alt);
        border-radius: var(--_radius);
        fill: none;
        stroke: currentColor;
        stroke-width: 2.5;
        stroke-linecap: round;
        stroke-linejoin: round;
      }
      .floor {
        stroke: var(--_border);
      }
      .ghost {
        stroke-dasharray: 3 5;
      }
      ::slotted([slot='picture']) {
        display: block;
        max-inline-size: 100%;
        block-size: auto;
      }
      dl {
        display: grid;
        grid-template-columns: auto 1fr;
        gap: 0 0.75em;
      }
      dl div {
        display: contents;
      }
      dt,
      .label {
        font-weight: 700;
      }
      ol,
      ul {
        padding-inline-start: 1.5em;
      }
      li + li {
        margin-block-start: 0.25em;
      }
      .cautions {
        padding-inline-start: 0.75em;
        border-inline-start: 4px solid var(--_warning);
      }
      .timer {
        display: grid;
        gap: 0.25em;
        padding: calc(var(--_space) * 0.75);
        text-align: center;
        background: var(--_surface-alt);
        border-radius: var(--_radius);
      }
      .phase {
        font-weight: 700;
      }
      .time {
        font-size: 2.5em;
        font-weight: 700;
        line-height: 1.1;
        font-variant-numeric: tabular-nums;
      }
      :host([compact]) .time {
        font-size: 1.75em;
      }
      .bar {
        block-size: 0.375rem;
        border-radius: 1rem;
        background: var(--_surface);
        outline: 1px solid var(--_border);
        overflow: hidden;
      }
      .bar span {
        display: block;
        block-size: 100%;
        inline-size: 0;
        background: var(--_primary);
      }
      /* Eases the once-a-second step, only for visitors who have not asked for reduced motion. */
      @media (prefers-reduced-motion: no-preference) {
        .bar span {
          transition: inline-size 0.3s linear;
        }
      }
      .buttons {
        display: flex;
        flex-wrap: wrap;
        justify-content: center;
        gap: 0.5em;
        margin-block-start: 0.5em;
      }
      button {
        min-block-size: 2.75rem;
        min-inline-size: 6.5em;
        padding: 0.5em 1.25em;
        font: inherit;
        font-weight: 700;
        color: var(--_primary);
        background: var(--_surface);
        border: 2px solid var(--_primary);
        border-radius: var(--_radius);
        cursor: pointer;
      }
      .main {
        color: var(--_on-primary);
        background: var(--_primary);
      }
      button[hidden] {
        display: none;
      }
      @media print {
        .timer {
          display: none;
        }
        article {
          break-inside: avoid;
          border-color: #000;
        }
        svg {
          background: none;
        }
      }
    `,
  ];

  /** Id of a built-in stretch (see `stretches`). Leave out for a clinic's own exercise. */
  stretch?: string;
  /** Replaces the title. Not `title`, which would also show as a tooltip over the whole card. */
  heading?: string;
  /** Heading level of the title, 1 to 6. Default 3. */
  headingLevel?: string | number;
  /** Seconds per hold (per slow rep for a nerve glide or cat–cow), 1 to 600. Default: the catalog's. */
  hold?: string | number;
  /** Repetitions per side, 1 to 50. Default: the catalog's. */
  reps?: string | number;
  /** `each` (one side, then the other) or `both`. Default: the catalog's, else `both`. */
  sides?: string;
  /** Replaces "how often" (e.g. "Twice a day"). */
  frequency?: string;
  /** The smaller layout: picture beside the title and dose. */
  compact = false;
  /** A soft beep at each phase change (off by default). */
  sound = false;
  /** The clock the timer reads, in milliseconds. Replace it to control time (tests, demos). */
  now: () => number = () => performance.now();

  private entry?: Stretch;
  private unknown?: string;
  private timer!: HoldTimer;
  private planKey = '';
  private snap!: TimerSnapshot;
  private phaseKey = '';
  private phaseChanged = false;
  /** The polite announcement: changes only with the phase, never every second. */
  private said = '';
  private tick?: ReturnType<typeof setTimeout>;
  private audio?: AudioContext;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.refresh);
    this.refresh();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.refresh);
    clearTimeout(this.tick);
  }

  /** Recomputes from the clock: on each tick, and when a hidden tab becomes visible again. */
  private readonly refresh = () => this.requestUpdate();

  private count(attribute: string, value: string | number | undefined, fallback: number, max: number): number {
    const number = parseWholeNumber(this, attribute, value, fallback, max);
    if (number) return number;
    this.warn(attribute, value, `is not a whole number from 1 to ${max}`, String(fallback));
    return fallback;
  }

  override willUpdate(): void {
    const id = (this.stretch ?? '').trim().toLowerCase();
    const entry = (this.entry = isStretchId(id) ? stretches[id] : undefined);
    this.unknown = id && !entry ? this.stretch : undefined;
    if (this.unknown) {
      this.warn('stretch', this.unknown, `is not a built-in stretch (${STRETCH_IDS.join(', ')})`, 'a message in the card');
    }
    const plan = {
      hold: this.count('hold', this.hold, entry?.holdSeconds ?? CUSTOM.hold, MAX_HOLD),
      reps: this.count('reps', this.reps, entry?.reps ?? CUSTOM.reps, MAX_REPS),
      sides: parseEnum(this, 'sides', this.sides, ['each', 'both'], entry?.sides ?? 'both'),
      slow: entry?.kind === 'slow-reps',
    };
    const planKey = JSON.stringify(plan);
    if (planKey !== this.planKey) {
      this.planKey = planKey;
      this.timer = new HoldTimer(plan);
    }
    const snap = (this.snap = this.timer.at(this.now()));
    const phaseKey = snap.status + snap.index;
    this.phaseChanged = phaseKey !== this.phaseKey;
    if (this.phaseChanged) {
      this.phaseKey = phaseKey;
      this.said = this.announcement(snap);
    }
  }

  private announcement({ status, segment }: TimerSnapshot): string {
    if (status === 'ready') return '';
    if (status !== 'running') return this.t(`stretch.${status}`);
    return this.t(`stretch.${segment.phase}.say`, {
      time: this.seconds(segment.ms / 1000),
      reps: this.timer.plan.reps,
      where: this.where(this.snap),
    });
  }

  /** "Rep 2 of 3, left side". */
  private where({ rep, segment }: TimerSnapshot): string {
    const text = this.t('stretch.rep', { rep, reps: this.timer.plan.reps });
    return segment.side === 'both' ? text : this.t(`stretch.${segment.side}`, { rep: text });
  }

  private seconds(value: number): string {
    return formatSeconds(this.locale, value);
  }

  private times(n: number): string {
    return this.t(`stretch.times.${new Intl.PluralRules(this.locale).select(n) === 'one' ? 'one' : 'other'}`, { n });
  }

  override render() {
    const { entry, timer } = this;
    const level = this.count('heading-level', this.headingLevel, 3, 6);
    const heading = html`<div class="title" part="heading" role="heading" aria-level=${level}>
      ${this.heading || entry?.title || this.t('stretch.custom')}
    </div>`;
    if (this.unknown) {
      return html`<article part="card">${heading}<p>${this.t('stretch.unknown', { id: this.unknown })}</p></article>`;
    }
    const { hold, reps, sides, slow } = timer.plan;
    const time = this.seconds(hold);
    const often = this.frequency || entry?.frequency;
    const repeat = this.times(reps);
    const ownSteps = this.querySelector(':scope > [slot="steps"]');
    const cautions = [
      ...(entry?.cautions ?? [STOP_IF_WORSE]),
      this.t('stretch.redFlags', { number: this.clinic.emergencyNumber }),
      this.t('stretch.surgery'),
      this.t('stretch.noBetter'),
    ];
    return html`<article part="card">
      <div class="top">
        <figure part="picture"><slot name="picture">${entry ? picture(entry.art) : nothing}</slot></figure>
        <div>
          ${heading}
          ${entry ? html`<p class="area">${this.t('stretch.area', { area: entry.area })}</p>` : nothing}
        </div>
      </div>
      <dl part="dose">
        <div>
          <dt>${this.t(slow ? 'stretch.eachRep' : 'stretch.hold')}</dt>
          <dd>${slow ? this.t('stretch.slowRep', { time }) : time}</dd>
        </div>
        <div>
          <dt>${this.t('stretch.repeat')}</dt>
          <dd>${sides === 'each' ? this.t('stretch.eachSide', { times: repeat }) : repeat}</dd>
        </div>
        ${often ? html`<div><dt>${this.t('stretch.often')}</dt><dd>${often}</dd></div>` : nothing}
      </dl>
      ${entry || ownSteps
        ? html`<div>
            <p class="label" id="steps">${this.t('stretch.steps')}</p>
            <slot name="steps">
              ${entry ? html`<ol aria-labelledby="steps">${entry.steps.map((step) => html`<li>${step}</li>`)}</ol>` : nothing}
            </slot>
          </div>`
        : nothing}
      <div class="cautions" part="cautions">
        <p class="label" id="cautions">${this.t('stretch.cautions')}</p>
        <ul aria-labelledby="cautions">${cautions.map((caution) => html`<li>${caution}</li>`)}</ul>
      </div>
      ${this.renderTimer()}
    </article>`;
  }

  private renderTimer() {
    const { snap } = this;
    const { status } = snap;
    const action = { ready: 'start', running: 'pause', paused: 'resume', done: 'again' }[status];
    return html`<div class="timer" part="timer" role="group" aria-label=${this.t('stretch.timer')}>
        <p class="where">${status === 'done' ? '' : this.where(snap)}</p>
        <p class="phase">${this.t(status === 'running' ? `stretch.${snap.segment.phase}.now` : `stretch.${status}`)}</p>
        <p class="time" role="timer">${clock(status === 'done' ? 0 : snap.msLeft)}</p>
        <div class="bar" aria-hidden="true"><span></span></div>
        <div class="buttons">
          <button class="main" @click=${this.onMain}>${this.t(`stretch.${action}`)}</button>
          <button class="reset" ?hidden=${status === 'ready'} @click=${this.onReset}>${this.t('stretch.reset')}</button>
        </div>
      </div>
      <p class="visually-hidden" role="status">${this.said}</p>`;
  }

  private onMain() {
    const now = this.now();
    const { status } = this.snap;
    if (status === 'running') this.timer.pause(now);
    else if (status === 'paused') this.timer.resume(now);
    else {
      this.wakeSound();
      this.timer.start(now);
    }
    this.requestUpdate();
  }

  private async onReset() {
    this.timer.reset();
    this.requestUpdate();
    await this.updateComplete;
    // The Reset button hides in the ready state: keep focus on the timer rather than losing it.
    this.renderRoot.querySelector<HTMLElement>('.main')?.focus();
  }

  /** Audio may only start after a user gesture, so the context is made in the Start click. */
  private wakeSound() {
    if (!this.sound) return;
    try {
      this.audio ??= new AudioContext();
      void this.audio.resume();
    } catch {
      // No Web Audio here: the timer still works silently.
    }
  }

  private beep() {
    const { audio } = this;
    if (!audio || !this.sound) return;
    const start = audio.currentTime;
    const tone = audio.createOscillator();
    const gain = audio.createGain();
    tone.frequency.value = 660;
    gain.gain.setValueAtTime(0.0001, start);
    gain.gain.exponentialRampToValueAtTime(0.15, start + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.4);
    tone.connect(gain).connect(audio.destination);
    tone.start(start);
    tone.stop(start + 0.4);
  }

  override updated(changed: PropertyValues): void {
    super.updated(changed);
    const { snap } = this;
    clearTimeout(this.tick);
    if (!snap || this.unknown) return;
    const bar = this.renderRoot.querySelector<HTMLElement>('.bar span');
    // Set through the CSSOM, which a strict Content-Security-Policy allows (a style attribute it may not).
    if (bar) bar.style.inlineSize = `${snap.status === 'ready' ? 0 : snap.done * 100}%`;
    if (this.phaseChanged && snap.status !== 'ready' && snap.status !== 'paused') this.beep();
    if (this.phaseChanged && snap.status === 'done') {
      const { hold, reps, sides } = this.timer.plan;
      fire<StretchCompleteDetail>(this, 'stretch-complete', {
        stretch: this.entry && (this.stretch!.trim().toLowerCase() as StretchId),
        hold,
        reps,
        sides,
      });
    }
    if (snap.status === 'running') {
      // Visible: wake when the shown second changes. Hidden: only at the next phase change (for the
      // sound and the event); the display is recomputed from the clock on visibilitychange.
      const wait = document.hidden ? snap.msLeft : snap.msLeft % 1000 || 1000;
      this.tick = setTimeout(this.refresh, wait + 20);
    }
  }
}

defineElement('stretch-card', StretchCard);

declare global {
  interface HTMLElementTagNameMap {
    'stretch-card': StretchCard;
  }
  interface GlobalEventHandlersEventMap {
    'stretch-complete': CustomEvent<StretchCompleteDetail>;
  }
}
