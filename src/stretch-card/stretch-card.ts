import { html, nothing, type ComplexAttributeConverter, type PropertyValues } from 'lit';
import { ClinicElement } from '../core/clinic-element.js';
import { VisibleTicker } from '../core/controllers/visible-ticker.js';
import { defineElement } from '../core/define.js';
import { fire } from '../core/events.js';
import { formatSeconds } from '../core/i18n.js';
import { isOn, parseBoolean, parseEnum, parseWholeNumber, readText } from '../core/parse.js';
import { baseStyles } from '../core/styles.js';
import { stretchPicture } from './art.js';
import { isStretchId, stretches, STRETCH_IDS, type Stretch, type StretchId } from './catalog.js';
import { clockText, HoldTimer, type HoldPlan, type Sides, type TimerSnapshot } from './hold-timer.js';
import { announcementText, stretchWords, timesText, whereText, type StretchWords } from './strings.js';
import { stretchCardStyles } from './stretch-card.styles.js';

export interface StretchCompleteDetail {
  /** The catalog id, or undefined for a clinic's own exercise. */
  stretch?: StretchId;
  hold: number;
  reps: number;
  sides: Sides;
}

/** Dose of a clinic's own exercise (no `stretch`) when `hold` or `reps` is left out: the usual guidance's middle. */
const CUSTOM_DOSE = { hold: 20, reps: 3 };
const MAX_HOLD_SECONDS = 600;
const MAX_REPS = 50;
const DEFAULT_HEADING_LEVEL = 3;
const SIDES: readonly Sides[] = ['each', 'both'];
/** Timers may fire a little early: wake just after the shown second changes, never just before it. */
const TICK_MARGIN_MS = 20;

const pageClock = () => performance.now();

/**
 * `compact` and `sound` as attributes: present is on and `"false"` is off (as frameworks write it), the
 * same reading as parseBoolean (isOn, without its warning; willUpdate gives that one), so `card.compact` is a boolean after `compact` is written in HTML. `compact`
 * reflects: the attribute is there exactly when the parsed value is on, so page CSS can style
 * `stretch-card[compact]` whether it was set from HTML or from code.
 */
const booleanAttribute: ComplexAttributeConverter = {
  fromAttribute: isOn,
  toAttribute: (value: unknown) => (isOn(value) ? '' : null),
};

/**
 * A printable home-exercise card: picture, dose, numbered steps, cautions and a hold timer that
 * counts the holds, rests, reps and sides, keeping exact time in a background tab.
 *
 * The built-in stretches are in `stretches` (exported). A clinic's own exercise: leave out `stretch`,
 * set `heading`, `hold`, `reps` and `sides`, and slot in the steps and a picture.
 *
 * Where state lives: the public properties hold inputs as given (any type); `willUpdate` reads them into
 * the private `_` fields below (the dose, the timer and its current snapshot); `render` only reads those;
 * the click handlers change the timer and ask for an update. Timing is a `VisibleTicker`.
 *
 * @summary Home-exercise card with original art, clear steps and a hold timer that keeps time.
 * @tag stretch-card
 * @slot picture - Replaces the built-in illustration (give your image a text alternative).
 * @slot steps - Replaces the numbered steps (use an `<ol>`).
 * @fires {CustomEvent<StretchCompleteDetail>} stretch-complete - All reps and sides are done. `detail`: `{ stretch, hold, reps, sides }`.
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
    // useDefault: the default is not reflected on upgrade, so markup such as `compact="false"` stays as written.
    compact: { converter: booleanAttribute, reflect: true, useDefault: true },
    sound: { converter: booleanAttribute },
    now: { attribute: false },
  };

  static override styles = [baseStyles, stretchCardStyles];

  // Public inputs. Each accepts any value; anything unusable warns once and gives the default named here.

  /** Id of a built-in stretch (see `stretches`). Leave out for a clinic's own exercise. */
  stretch?: StretchId;
  /** Replaces the title (up to 200 characters). Not `title`, which would also show a tooltip over the card. */
  heading?: string;
  /** Heading level of the title, 1 to 6. Default 3. */
  headingLevel?: string | number;
  /** Seconds per hold (per slow rep for a nerve glide or cat–cow), 1 to 600. Default: the catalog's, else 20. */
  hold?: string | number;
  /** Repetitions per side, 1 to 50. Default: the catalog's, else 3. */
  reps?: string | number;
  /** `each` (one side, then the other) or `both`. Default: the catalog's, else `both`. */
  sides?: Sides;
  /** Replaces "how often" (e.g. "Twice a day"; up to 200 characters). */
  frequency?: string;
  /** The smaller layout: picture beside the title and dose. Default off. */
  compact = false;
  /** A soft beep at each phase change. Default off. */
  sound = false;
  /** The clock the timer reads, in milliseconds. Replace it to control time (tests, demos). */
  now: () => number = pageClock;

  // Derived state, read from the inputs in willUpdate.

  /** The catalog entry, when `stretch` names one. */
  private _entry?: Stretch;
  /** Its words in the widget's language. */
  private _words?: StretchWords;
  private _stretchId?: StretchId;
  /** A `stretch` id that names no built-in stretch: the card shows a friendly message instead. */
  private _unknownId?: string;
  private _heading = '';
  private _headingLevel = DEFAULT_HEADING_LEVEL;
  private _frequency?: string;
  private _compact = false;
  private _sound = false;
  private _clock: () => number = pageClock;
  /** Whether the page slotted its own steps: without them, a clinic's own exercise has no steps section. */
  private _hasOwnSteps = false;

  // The timer: a pure state machine (hold-timer.ts) read at the clock's time on every update.

  private _timer!: HoldTimer;
  /** What the timer was built for; a new dose or stretch starts a new timer. */
  private _timerKey = '';
  private _snapshot!: TimerSnapshot;
  private _phaseKey = '';
  /** True in the update where the phase changed: the beep, the event and the announcement follow it. */
  private _phaseChanged = false;
  /** The polite announcement: changes only with the phase, never every second. */
  private _announcement = '';
  /** The locale `_announcement` is in. */
  private _announcedIn = '';
  /** Made in a Start click (audio may only start after a user gesture); closed on disconnect. */
  private _audio?: AudioContext;

  constructor() {
    super();
    // Re-renders while the timer runs. Visible: when the shown second changes. Hidden: only at the next
    // phase change (for the sound and the event); the ticker re-renders from the clock when the tab is
    // shown again. It registers itself as a controller, so nothing here needs to keep it.
    new VisibleTicker(this, (hidden) => {
      const snapshot = this._snapshot;
      if (this._unknownId || snapshot?.status !== 'running') return undefined;
      return (hidden ? snapshot.msLeft : snapshot.msLeft % 1000 || 1000) + TICK_MARGIN_MS;
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // The ticker stops its own timer and listener; the audio context holds an audio thread until closed.
    this._closeAudio();
  }

  protected override unavailableMessage(): string {
    // An unknown id has its own message; an unexpected error should not replace it with a vaguer one.
    return this._unknownId ? this._unknownMessage() : super.unavailableMessage();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this._readStretch();
    const entry = this._entry;
    const words = (this._words = this._stretchId && stretchWords(this.locale, this._stretchId));
    const title = words?.title ?? this.t('stretch.custom');
    this._heading = readText(this, 'heading', this.heading, entry ? "the catalog's title" : `"${title}"`) ?? title;
    this._headingLevel = parseWholeNumber(this, 'heading-level', this.headingLevel, DEFAULT_HEADING_LEVEL, 6, 1);
    this._frequency = readText(this, 'frequency', this.frequency, entry ? "the catalog's" : 'none') ?? words?.frequency;
    this._compact = parseBoolean(this, 'compact', this.compact);
    this._sound = parseBoolean(this, 'sound', this.sound);
    this._clock = typeof this.now === 'function' ? this.now : pageClock;
    if (this._clock !== this.now) this.warn('now', this.now, 'is not a function', 'the page clock');
    this._hasOwnSteps = this.querySelector(':scope > [slot="steps"]') !== null;

    const plan: HoldPlan = {
      hold: parseWholeNumber(this, 'hold', this.hold, entry?.holdSeconds ?? CUSTOM_DOSE.hold, MAX_HOLD_SECONDS, 1),
      reps: parseWholeNumber(this, 'reps', this.reps, entry?.reps ?? CUSTOM_DOSE.reps, MAX_REPS, 1),
      sides: parseEnum(this, 'sides', this.sides, SIDES, entry?.sides ?? 'both'),
      slow: entry?.kind === 'slow-reps',
    };
    const timerKey = JSON.stringify([this._stretchId ?? null, plan]);
    if (timerKey !== this._timerKey) {
      this._timerKey = timerKey;
      this._timer = new HoldTimer(plan);
    }

    const snapshot = (this._snapshot = this._timer.at(this._readClock()));
    const phaseKey = `${snapshot.status}:${snapshot.index}`;
    this._phaseChanged = phaseKey !== this._phaseKey;
    if (this._phaseChanged) this._phaseKey = phaseKey;
    // Said again in a new language too (the page switched `lang`), but that is no phase change: no beep.
    if (this._phaseChanged || this._announcedIn !== this.locale) {
      this._announcedIn = this.locale;
      this._announcement = announcementText(this.locale, snapshot, plan.reps);
    }
  }

  /**
   * `stretch`: a catalog id in any case and spacing gives that stretch; other text, a friendly message in
   * the card (the page asked for an exercise we cannot show). Left out, or not text at all (readText
   * warns), it is a clinic's own exercise, the documented default.
   */
  private _readStretch(): void {
    const text = readText(this, 'stretch', this.stretch, "a clinic's own exercise");
    const id = text?.toLowerCase();
    this._stretchId = id !== undefined && isStretchId(id) ? id : undefined;
    this._entry = this._stretchId && stretches[this._stretchId];
    this._unknownId = text !== undefined && !this._stretchId ? text : undefined;
    if (this._unknownId) {
      const problem = `is not a built-in stretch (${STRETCH_IDS.join(', ')})`;
      this.warn('stretch', this.stretch, problem, 'a message in the card');
    }
  }

  /**
   * The time on `now`. A clock that throws or gives no number warns once and the page's clock is read
   * instead: a broken demo clock must not turn the card into the "not available" message.
   */
  private _readClock(): number {
    if (this._clock !== pageClock) {
      try {
        const time: unknown = this._clock.call(this);
        if (typeof time === 'number' && Number.isFinite(time)) return time;
        this.warn('now', this.now, 'did not return a finite number', 'the page clock');
      } catch {
        this.warn('now', this.now, 'threw an error', 'the page clock');
      }
    }
    return pageClock();
  }

  private _unknownMessage(): string {
    return this.t('stretch.unknown', { id: this._unknownId ?? '' });
  }

  override render() {
    const heading = html`<div class="title" part="heading" role="heading" aria-level=${this._headingLevel}>
      ${this._heading}
    </div>`;
    const cardClass = this._compact ? 'card compact' : 'card';
    if (this._unknownId) {
      return html`<article part="card" class=${cardClass}>
        ${heading}
        <p>${this._unknownMessage()}</p>
      </article>`;
    }
    const entry = this._entry;
    const words = this._words;
    const { hold, reps, sides, slow } = this._timer.plan;
    const time = formatSeconds(this.locale, hold);
    const repeat = timesText(this.locale, reps);
    const cautions = [
      ...(words?.cautions ?? [this.t('stretch.stopIfWorse')]),
      this.t('stretch.redFlags', { number: this.clinic.emergencyNumber }),
      this.t('stretch.surgery'),
      this.t('stretch.noBetter'),
    ];
    return html`<article part="card" class=${cardClass}>
      <div class="top">
        <figure part="picture">
          <slot name="picture">${entry && words ? stretchPicture(entry.art, words.alt) : nothing}</slot>
        </figure>
        <div>
          ${heading} ${words ? html`<p class="area">${this.t('stretch.area', { area: words.area })}</p>` : nothing}
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
        ${
          this._frequency
            ? html`<div>
                <dt>${this.t('stretch.often')}</dt>
                <dd>${this._frequency}</dd>
              </div>`
            : nothing
        }
      </dl>
      ${
        entry || this._hasOwnSteps
          ? html`<div>
              <p class="label" id="steps">${this.t('stretch.steps')}</p>
              <slot name="steps">
                ${
                  words
                    ? html`<ol aria-labelledby="steps">
                        ${words.steps.map((step) => html`<li>${step}</li>`)}
                      </ol>`
                    : nothing
                }
              </slot>
            </div>`
          : nothing
      }
      <div class="cautions" part="cautions">
        <p class="label" id="cautions">${this.t('stretch.cautions')}</p>
        <ul aria-labelledby="cautions">
          ${cautions.map((caution) => html`<li>${caution}</li>`)}
        </ul>
      </div>
      ${this._renderTimer()}
    </article>`;
  }

  private _renderTimer() {
    const snapshot = this._snapshot;
    const { status } = snapshot;
    const reps = this._timer.plan.reps;
    const action = ({ ready: 'start', running: 'pause', paused: 'resume', done: 'again' } as const)[status];
    const main = this.t(`stretch.${action}`);
    const reset = this.t('stretch.reset');
    const phase = this.t(status === 'running' ? `stretch.${snapshot.segment.phase}.now` : `stretch.${status}`);
    return html`<div class="timer" part="timer" role="group" aria-label=${this.t('stretch.timer')}>
        <p class="where">${status === 'done' ? '' : whereText(this.locale, snapshot, reps)}</p>
        <p class="phase">${phase}</p>
        <p class="time" role="timer">${clockText(status === 'done' ? 0 : snapshot.msLeft)}</p>
        <div class="bar" aria-hidden="true"><span></span></div>
        <div class="buttons">
          <button class="main" aria-label=${this._controlName(main)} @click=${this._onMain}>${main}</button>
          <button
            class="reset"
            aria-label=${this._controlName(reset)}
            ?hidden=${status === 'ready'}
            @click=${this._onReset}
          >
            ${reset}
          </button>
        </div>
      </div>
      <p class="visually-hidden" role="status">${this._announcement}</p>`;
  }

  /** "Start: Knee to chest": the visible text, then which stretch (several cards on a page). */
  private _controlName(action: string): string {
    return this.t('stretch.control', { action, stretch: this._heading });
  }

  private _onMain(): void {
    const now = this._readClock();
    const { status } = this._snapshot;
    if (status === 'running') this._timer.pause(now);
    else if (status === 'paused') this._timer.resume(now);
    else {
      this._wakeSound();
      this._timer.start(now);
    }
    this.requestUpdate();
  }

  private async _onReset(): Promise<void> {
    this._timer.reset();
    this.requestUpdate();
    await this.updateComplete;
    // The Reset button hides in the ready state: keep focus on the timer rather than losing it.
    this.renderRoot.querySelector<HTMLElement>('.main')?.focus();
  }

  /** Audio may only start after a user gesture, so the context is made in the Start click. */
  private _wakeSound(): void {
    // A card clicked from code after removal would make a context that no disconnect ever closes.
    if (!this._sound || !this.isConnected) return;
    try {
      this._audio ??= new AudioContext();
      this._audio.resume().catch(() => undefined);
    } catch {
      // No Web Audio here: the timer still works silently.
    }
  }

  private _beep(): void {
    const audio = this._audio;
    if (!audio || !this._sound) return;
    try {
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
    } catch {
      // A closed or partial audio context: the beep is a nicety, the timer goes on.
    }
  }

  private _closeAudio(): void {
    const audio = this._audio;
    this._audio = undefined;
    try {
      audio?.close().catch(() => undefined);
    } catch {
      // Already closed, or a partial Web Audio: nothing left to release.
    }
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this._unknownId) return;
    const snapshot = this._snapshot;
    const bar = this.renderRoot.querySelector<HTMLElement>('.bar span');
    // Set through the CSSOM, which a strict Content-Security-Policy allows (a style attribute it may not).
    if (bar) bar.style.inlineSize = `${snapshot.status === 'ready' ? 0 : snapshot.done * 100}%`;
    if (!this._phaseChanged) return;
    if (snapshot.status !== 'ready' && snapshot.status !== 'paused') this._beep();
    if (snapshot.status === 'done') {
      const { hold, reps, sides } = this._timer.plan;
      fire<StretchCompleteDetail>(this, 'stretch-complete', { stretch: this._stretchId, hold, reps, sides });
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
