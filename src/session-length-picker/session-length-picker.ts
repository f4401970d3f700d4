import { css, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ClinicElement } from '../core/clinic-element.js';
import { baseStyles } from '../core/styles.js';
import { formatMinutes, formatPrice } from '../core/i18n.js';
import { parseSessions, type SessionOption } from '../core/sessions.js';
import { getSessionChoice, setSessionChoice, SESSION_CHANGE } from '../core/session-choice.js';
import { defineElement } from '../core/define.js';
import { offeredLength } from './selection.js';
import './strings.js';

/**
 * Lets a visitor choose how long a session to book. It is a real form control (a radio group built from
 * native radios, so one tab stop, arrow keys and Space work as everywhere else) and it shares the choice
 * page-wide, so every `<booking-button>` and every other picker follows.
 *
 * A `value` the clinic does not offer warns and selects nothing, so `required` can catch it; bad
 * `options` items warn and are skipped; a list with nothing usable gives 60 and 90 minutes.
 *
 * @summary The clinic's session lengths (with prices and descriptions) as an accessible radio group that works in any form.
 * @tag session-length-picker
 * @slot label - The group label, replacing the `label` attribute.
 * @slot description-{minutes} - A one-line description of one length, e.g. `<span slot="description-90">…</span>`.
 * @fires input - When the visitor selects a length (never for changes made by script).
 * @fires change - When the visitor selects a length (never for changes made by script).
 * @csspart label - The visible group label (a legend).
 * @csspart error - The "Choose a session length" message shown after a failed submit.
 * @csspart options - The box that lays the options out: side by side when there is room, stacked otherwise.
 * @csspart option - One option card (a label around its radio).
 * @csspart length - The duration and price line of an option.
 * @csspart price - The price, shown when the clinic's currency is known.
 * @csspart description - The one-line description of an option.
 * @cssprop --clinic-color-primary - Selected option border, radio and hover colour.
 * @cssprop --clinic-color-text - Text colour.
 * @cssprop --clinic-color-muted - Description colour.
 * @cssprop --clinic-color-surface - Option background.
 * @cssprop --clinic-color-surface-alt - Selected option background.
 * @cssprop --clinic-color-border - Option border.
 * @cssprop --clinic-color-focus - Focus outline.
 * @cssprop --clinic-color-danger - Error message colour.
 * @cssprop --clinic-radius - Option corner radius.
 * @cssprop --clinic-space - Spacing unit.
 */
export class SessionLengthPicker extends ClinicElement {
  static formAssociated = true;
  // Focus on the host (a `<label for>`, `.focus()`) goes to a radio inside.
  static override shadowRootOptions = { ...ClinicElement.shadowRootOptions, delegatesFocus: true };
  static override properties: PropertyDeclarations = {
    // Reflected because the form reads the `name` attribute, as for native controls.
    name: { reflect: true },
    defaultValue: { attribute: 'value' },
    options: {},
    label: {},
    required: { type: Boolean },
    disabled: { type: Boolean, reflect: true },
    descriptions: { attribute: false },
    // `attribute: false` too, or the manifest analyzer lists these internal states as attributes.
    picked: { state: true, attribute: false },
    formDisabled: { state: true, attribute: false },
    showError: { state: true, attribute: false },
  };

  static override styles = [
    baseStyles,
    css`
      /* The label and error sit on the page's own background, so they take the page's text colour; the
         option cards bring their own background and text colours (light or dark). */
      :host {
        color: inherit;
      }
      fieldset {
        border: 0;
        margin: 0;
        padding: 0;
        min-width: 0;
      }
      legend {
        padding: 0;
        margin-bottom: calc(var(--_space) / 2);
        font-weight: 600;
      }
      [part='error'] {
        margin: 0 0 calc(var(--_space) / 2);
        padding-inline-start: calc(var(--_space) / 2);
        border-inline-start: 4px solid var(--_danger);
        font-weight: 600;
      }
      [part='options'] {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
        gap: calc(var(--_space) * 0.75);
      }
      label {
        display: grid;
        grid-template-columns: auto 1fr;
        align-items: start;
        align-content: start;
        column-gap: calc(var(--_space) * 0.75);
        min-height: 3rem;
        padding: calc(var(--_space) * 0.75) var(--_space);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
        color: var(--_text);
        cursor: pointer;
      }
      label:hover,
      label:has(:checked) {
        border-color: var(--_primary);
      }
      label:has(:checked) {
        box-shadow: inset 0 0 0 1px var(--_primary);
        background: var(--_surface-alt);
      }
      label:has(:focus-visible) {
        outline: 3px solid var(--_focus);
        outline-offset: 2px;
      }
      fieldset:disabled label {
        opacity: 0.6;
        cursor: not-allowed;
      }
      input {
        width: 1.25rem;
        height: 1.25rem;
        margin: 0.125rem 0 0;
        accent-color: var(--_primary);
      }
      /* The whole card shows focus (above), one ring rather than two. */
      input:focus-visible {
        outline: none;
      }
      [part='length'] {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        column-gap: var(--_space);
        font-weight: 600;
      }
      [part='price'] {
        font-weight: 400;
      }
      [part='description'] {
        grid-column: 2;
        color: var(--_muted);
        font-size: 0.9375em;
      }
    `,
  ];

  /** Name of the form field; the form submits `name=minutes` (nothing when no length is selected). */
  name = '';

  /** The length (minutes) selected at first and after `form.reset()`. The live selection is `.value`. */
  defaultValue = '';

  /** Lengths offered, with optional prices: `60:95, 90:135`. Default: the provider's `sessions` (60 and 90 minutes). */
  options = '';

  /** The visible group label. Default "Session length" (localized). The `label` slot replaces it. */
  label = '';

  /** The form cannot be submitted until a length is selected. */
  required = false;

  /** Disables every option; a disabled picker is not submitted. A disabled `<fieldset>` does the same. */
  disabled = false;

  /** One-line descriptions by length, e.g. `{ 90: 'More time for the hips and hamstrings' }`. A `description-90` slot replaces one. */
  descriptions: Record<number, string> = {};

  /** The selection as given (attribute, script, visitor, page-wide choice); only an offered length counts. */
  private picked = '';
  /** True once the selection differs from `defaultValue` on purpose; a new `value` attribute then changes nothing. */
  private dirty = false;
  private formDisabled = false;
  private showError = false;
  private readonly internals = this.attachInternals();

  constructor() {
    super();
    // A failed submit or checkValidity() shows the message on the page too, not only in the browser's bubble.
    this.addEventListener('invalid', () => (this.showError = true));
  }

  /** The selected length in minutes as a string, `''` when none. Setting it selects without firing events. */
  get value(): string {
    return String(this.minutes ?? '');
  }
  set value(value: string) {
    this.select(value);
  }

  /** The selected length in minutes, `undefined` when none. */
  get minutes(): number | undefined {
    return offeredLength(this.sessions, this.picked);
  }

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  get labels(): NodeList {
    return this.internals.labels;
  }
  get validity(): ValidityState {
    return this.internals.validity;
  }
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  get type(): string {
    return this.localName;
  }
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** Focuses the selected option (else the first), as Tab would. */
  override focus(options?: FocusOptions): void {
    (this.renderRoot.querySelector<HTMLElement>('input:checked') ?? this.renderRoot.querySelector('input'))?.focus(options);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener(SESSION_CHANGE, this.follow);
    if (!this.dirty) this.picked = this.defaultValue ?? '';
    // A choice the visitor already made elsewhere on the page wins; else this picker's value becomes the
    // page-wide choice, so booking buttons start from what the visitor sees.
    const shared = offeredLength(this.sessions, getSessionChoice()?.minutes);
    this.select(shared ?? this.picked, this.dirty || (shared ?? this.minutes) !== this.minutes);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener(SESSION_CHANGE, this.follow);
  }

  formResetCallback(): void {
    this.showError = false;
    this.select(this.defaultValue, false);
  }

  formStateRestoreCallback(state: unknown): void {
    if (typeof state === 'string') this.select(state);
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('defaultValue') && !this.dirty) this.select(this.defaultValue, false);
    if (this.picked && this.minutes === undefined) {
      const offered = this.sessions.map((s) => s.minutes).join(', ');
      this.warn('value', this.picked, `is not one of the offered lengths (${offered})`, 'nothing selected');
    }
  }

  protected override updated(): void {
    // Set every time rather than bound: the visitor checks radios behind the template's back, so a bound
    // value can be stale (click 90, then reset to 60 before a render: the binding thinks 60 is checked).
    for (const radio of this.renderRoot.querySelectorAll('input')) radio.checked = radio.value === this.value;
    // Also set here, not bound: removing the `disabled` attribute calls formDisabledCallback during this
    // update, after render, and Lit would drop that change.
    this.renderRoot.querySelector('fieldset')!.disabled = this.disabled || this.formDisabled;
    // Options, clinic settings or `required` may have changed what the form sees; the anchor now exists.
    this.sync();
  }

  protected override render() {
    const { locale, minutes } = this;
    const currency = this.clinic.currency;
    const error = this.showError && this.required && minutes === undefined;
    // `required` is said on the group, not on each radio: required native radios are reported invalid to
    // screen readers before the visitor has done anything. The group is invalid only once an error shows.
    return html`<fieldset
      role="radiogroup"
      aria-required="${this.required}"
      aria-invalid="${error}"
      @input=${this.onInput}
      @change=${this.onChange}
      @keydown=${this.onKeydown}
    >
      <legend part="label"><slot name="label">${this.label || this.t('picker.label')}</slot></legend>
      ${error ? html`<p id="error" part="error">${this.t('picker.required')}</p>` : nothing}
      <div part="options">
        ${this.sessions.map(
          ({ minutes: length, price }) =>
            html`<label part="option">
              <input
                type="radio"
                name="length"
                value=${length}
                aria-labelledby="l${length}"
                aria-describedby="${error ? 'error ' : ''}d${length}"
              /><span id="l${length}" part="length"
                >${formatMinutes(locale, length)}
                ${currency && price !== undefined
                  ? html`<span part="price">${formatPrice(locale, currency, price)}</span>`
                  : nothing}</span
              ><span id="d${length}" part="description"
                ><slot name="description-${length}">${this.descriptions?.[length]}</slot></span
              >
            </label>`,
        )}
      </div>
    </fieldset>`;
  }

  private get sessions(): readonly SessionOption[] {
    return this.options?.trim() ? parseSessions(this, 'options', this.options) : this.clinic.sessions;
  }

  /**
   * Changes the selection without firing events; the form value and the page-wide choice follow at once
   * (the form value synchronously, as native controls do, so a submit right after sees it).
   */
  private select(value: unknown, dirty = true): void {
    this.picked = String(value ?? '');
    this.dirty = dirty;
    this.sync();
    const minutes = this.minutes;
    // Keep any kind of session another widget chose; only the length is this picker's.
    if (minutes !== undefined) setSessionChoice({ ...getSessionChoice(), minutes });
  }

  private sync(): void {
    const value = this.value;
    this.internals.setFormValue(value || null, value);
    this.internals.setValidity(
      { valueMissing: this.required && !value },
      this.t('picker.required'),
      this.renderRoot?.querySelector('input') ?? undefined,
    );
  }

  /** Another widget changed the page-wide choice: show it when offered, without events (nobody here acted). */
  private readonly follow = () => {
    const shared = offeredLength(this.sessions, getSessionChoice()?.minutes);
    if (shared !== undefined && shared !== this.minutes) this.select(shared);
  };

  private onInput(event: Event): void {
    // The radio's own `input` is composed and would escape the shadow root; the host fires its own instead.
    event.stopPropagation();
    this.select((event.target as HTMLInputElement).value);
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }

  private onChange(): void {
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  /** Home and End select the first and last option (native radios only do the arrow keys). */
  private onKeydown(event: KeyboardEvent): void {
    const radios = this.renderRoot.querySelectorAll('input');
    const target = event.key === 'Home' ? radios[0] : event.key === 'End' ? radios[radios.length - 1] : undefined;
    if (!target) return;
    event.preventDefault();
    target.focus();
    target.click();
  }
}

defineElement('session-length-picker', SessionLengthPicker);

declare global {
  interface HTMLElementTagNameMap {
    'session-length-picker': SessionLengthPicker;
  }
}
