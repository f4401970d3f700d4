import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ClinicElement } from '../core/clinic-element.js';
import { baseStyles } from '../core/styles.js';
import { formatMinutes, formatPrice } from '../core/i18n.js';
import { MAX_LENGTH, parseBoolean, readText } from '../core/parse.js';
import { parseSessions, type SessionOption } from '../core/sessions.js';
import { getSessionChoice, setSessionChoice, SESSION_CHANGE } from '../core/session-choice.js';
import { defineElement } from '../core/define.js';
import { disabledConverter, formName, nameConverter, readDescriptions } from './inputs.js';
import { offeredLength } from './selection.js';
import { sessionLengthPickerStyles } from './session-length-picker.styles.js';
import './strings.js';

/**
 * Lets a visitor choose how long a session to book. It is a real form control (a radio group built from
 * native radios, so one tab stop, arrow keys and Space work as everywhere else) and it shares the choice
 * page-wide, so every `<booking-button>` and every other picker follows.
 *
 * A `value` the clinic does not offer warns and selects nothing, so `required` can catch it; bad
 * `options` items warn and are skipped; a list with nothing usable gives 60 and 90 minutes.
 *
 * Where state lives:
 * - public properties hold the inputs as given (any type, from an attribute, a framework or a script);
 * - `willUpdate` reads them into the private `_label`, `_required`, `_disabled` and `_descriptions`,
 *   warning once about a bad one; the offered lengths (`_sessions`) are parsed once per change of
 *   `options` or the clinic's sessions, on first use, because `value` may be read before any update;
 * - the selection is `_picked` (as given) with `_dirty`; `value` and `minutes` are the offered length it
 *   names. `_select` changes it, and the form value follows synchronously;
 * - `render` only reads; `updated` puts the selection and the disabled state on the native radios.
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
  // `useDefault`: removing an attribute gives the property its documented default back.
  static override properties: PropertyDeclarations = {
    // Reflected because the form reads the `name` attribute, as for native controls.
    name: { reflect: true, useDefault: true, converter: nameConverter },
    defaultValue: { attribute: 'value', useDefault: true },
    options: { useDefault: true },
    label: { useDefault: true },
    required: { type: Boolean, useDefault: true },
    // Reflected because the browser's form disabling (not submitted, not validated) reads the attribute.
    disabled: { type: Boolean, reflect: true, useDefault: true, converter: disabledConverter },
    descriptions: { attribute: false },
    // `attribute: false` too, or the manifest analyzer lists these internal states as attributes.
    _picked: { state: true, attribute: false },
    _formDisabled: { state: true, attribute: false },
    _showError: { state: true, attribute: false },
  };

  static override styles = [baseStyles, sessionLengthPickerStyles];

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
  private _picked: unknown = '';
  /** True once the selection differs from `defaultValue` on purpose; a new `value` attribute then changes nothing. */
  private _dirty = false;
  /** Set by the browser: a disabled `<fieldset>` around the picker. */
  private _formDisabled = false;
  /** True after a failed submit or `checkValidity()`, until the form is reset. */
  private _showError = false;

  // Derived from the inputs in willUpdate; render reads only these.
  private _label?: string;
  private _required = false;
  private _disabled = false;
  private _descriptions: Record<number, string> = {};

  /** The offered lengths with the inputs they were parsed from (see `_sessions`). */
  private _offered?: { options: unknown; base: readonly SessionOption[]; sessions: readonly SessionOption[] };

  private readonly _internals = this.internals;

  constructor() {
    super();
    // A `value` set before the element was defined (a framework binding it early) is an own property that
    // hides the accessor; take it over as the visitor's selection. (Lit does this for reactive properties.)
    if (Object.hasOwn(this, 'value')) {
      const early: unknown = this.value;
      delete (this as { value?: unknown }).value;
      this._picked = early;
      this._dirty = true;
    }
    // A failed submit or checkValidity() shows the message on the page too, not only in the browser's bubble.
    this.addEventListener('invalid', () => (this._showError = true));
  }

  /** The selected length in minutes as a string, `''` when none. Setting it (any value) selects without firing events. */
  get value(): string {
    return String(this.minutes ?? '');
  }
  set value(value: unknown) {
    this._select(value);
  }

  /** The selected length in minutes, `undefined` when none. */
  get minutes(): number | undefined {
    return offeredLength(this._sessions, this._picked);
  }

  get form(): HTMLFormElement | null {
    return this._internals.form;
  }
  get labels(): NodeList {
    return this._internals.labels;
  }
  get validity(): ValidityState {
    return this._internals.validity;
  }
  get validationMessage(): string {
    return this._internals.validationMessage;
  }
  get willValidate(): boolean {
    return this._internals.willValidate;
  }
  get type(): string {
    return this.localName;
  }
  checkValidity(): boolean {
    return this._internals.checkValidity();
  }
  reportValidity(): boolean {
    return this._internals.reportValidity();
  }

  /** Focuses the selected option (else the first), as Tab would. */
  override focus(options?: FocusOptions): void {
    const radio = this.renderRoot.querySelector<HTMLElement>('input:checked') ?? this.renderRoot.querySelector('input');
    radio?.focus(options);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener(SESSION_CHANGE, this._follow);
    if (!this._dirty) this._picked = this.defaultValue;
    // A choice the visitor already made elsewhere on the page wins; else this picker's value becomes the
    // page-wide choice, so booking buttons start from what the visitor sees.
    const shared = offeredLength(this._sessions, getSessionChoice()?.minutes);
    this._select(shared ?? this._picked, this._dirty || (shared ?? this.minutes) !== this.minutes);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener(SESSION_CHANGE, this._follow);
  }

  formResetCallback(): void {
    this._showError = false;
    this._select(this.defaultValue, false);
  }

  formStateRestoreCallback(state: unknown): void {
    if (typeof state === 'string') this._select(state);
  }

  formDisabledCallback(disabled: boolean): void {
    this._formDisabled = disabled;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Initial values are not in `changed` (useDefault), so the first update reads every input.
    const first = !this.hasUpdated;
    if ((first || changed.has('name')) && this.name != null && formName(this.name) === undefined) {
      this.warn('name', this.name, 'is not text', 'no name');
    }
    if (first || changed.has('label')) this._label = readText(this, 'label', this.label, '"Session length"');
    if (first || changed.has('required')) this._required = parseBoolean(this, 'required', this.required);
    if (first || changed.has('disabled')) this._disabled = parseBoolean(this, 'disabled', this.disabled);
    if (first || changed.has('descriptions')) {
      const descriptions = readDescriptions(this.descriptions);
      if (!descriptions) this.warn('descriptions', this.descriptions, 'is not an object of texts by length', 'none');
      this._descriptions = descriptions ?? {};
    }
    if (changed.has('defaultValue') && !this._dirty) this._select(this.defaultValue, false);

    // Parses `options` when it or the clinic's sessions changed, warning about bad items once.
    const sessions = this._sessions;
    const picked = readText(this, 'value', this._picked, 'nothing selected');
    if (picked !== undefined && offeredLength(sessions, picked) === undefined) {
      const offered = sessions.map((session) => session.minutes).join(', ');
      this.warn('value', this._picked, `is not one of the offered lengths (${offered})`, 'nothing selected');
    }
  }

  protected override updated(): void {
    // Set every time rather than bound: the visitor checks radios behind the template's back, so a bound
    // value can be stale (click 90, then reset to 60 before a render: the binding thinks 60 is checked).
    const value = this.value;
    for (const radio of this.renderRoot.querySelectorAll('input')) radio.checked = radio.value === value;
    // Also set here, not bound: removing the `disabled` attribute calls formDisabledCallback during this
    // update, after render, and Lit would drop that change.
    const fieldset = this.renderRoot.querySelector('fieldset');
    if (fieldset) fieldset.disabled = this._disabled || this._formDisabled;
    // Options, clinic settings or `required` may have changed what the form sees; the anchor now exists.
    this._sync();
  }

  protected override render() {
    const { locale, minutes } = this;
    const currency = this.clinic.currency;
    const error = this._showError && this._required && minutes === undefined;
    // `required` is said on the group, not on each radio: required native radios are reported invalid to
    // screen readers before the visitor has done anything. The group is invalid only once an error shows.
    return html`<fieldset
      role="radiogroup"
      aria-required="${this._required}"
      aria-invalid="${error}"
      @input=${this._onInput}
      @change=${this._onChange}
      @keydown=${this._onKeydown}
    >
      <legend part="label"><slot name="label">${this._label ?? this.t('picker.label')}</slot></legend>
      ${error ? html`<p id="error" part="error">${this.t('picker.required')}</p>` : nothing}
      <div part="options">
        ${this._sessions.map(
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
                ${
                  currency && price !== undefined
                    ? html`<span part="price">${formatPrice(locale, currency, price)}</span>`
                    : nothing
                }</span
              ><span id="d${length}" part="description"
                ><slot name="description-${length}">${this._descriptions[length]}</slot></span
              >
            </label>`,
        )}
      </div>
    </fieldset>`;
  }

  /**
   * The offered lengths: the picker's own `options`, else the clinic's sessions (the provider's, or 60 and
   * 90 minutes). Parsed on first use after `options` or the clinic's sessions change and kept, since
   * `value` and `minutes` need it at any time, before the first update too.
   */
  private get _sessions(): readonly SessionOption[] {
    const { options } = this;
    const base = this.clinic.sessions;
    if (!this._offered || !Object.is(this._offered.options, options) || this._offered.base !== base) {
      // Not text, or over the length cap: one warning, and the clinic's sessions as if none were given.
      const given = readText(this, 'options', options, "the clinic's sessions", MAX_LENGTH.list) !== undefined;
      this._offered = { options, base, sessions: given ? parseSessions(this, 'options', options) : base };
    }
    return this._offered.sessions;
  }

  /**
   * Changes the selection without firing events; the form value and the page-wide choice follow at once
   * (the form value synchronously, as native controls do, so a submit right after sees it).
   */
  private _select(value: unknown, dirty = true): void {
    this._picked = value ?? '';
    this._dirty = dirty;
    this._sync();
    const minutes = this.minutes;
    // Keep any kind of session another widget chose; only the length is this picker's.
    if (minutes !== undefined) setSessionChoice({ ...getSessionChoice(), minutes });
  }

  /** Tells the form the current value and validity. */
  private _sync(): void {
    const value = this.value;
    this._internals.setFormValue(value || null, value);
    // The message only when there is one to give: this runs when the element upgrades, for every picker
    // on the page, and looking a string up there was a third of the upgrade's cost (issue 17).
    const missing = this._required && !value;
    this._internals.setValidity(
      { valueMissing: missing },
      missing ? this.t('picker.required') : undefined,
      this.renderRoot?.querySelector('input') ?? undefined,
    );
  }

  /** Another widget changed the page-wide choice: show it when offered, without events (nobody here acted). */
  private readonly _follow = () => {
    const shared = offeredLength(this._sessions, getSessionChoice()?.minutes);
    if (shared !== undefined && shared !== this.minutes) this._select(shared);
  };

  private _onInput(event: Event): void {
    // The radio's own `input` is composed and would escape the shadow root; the host fires its own instead.
    event.stopPropagation();
    this._select((event.target as HTMLInputElement).value);
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }

  private _onChange(): void {
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  /** Home and End select the first and last option (native radios only do the arrow keys). */
  private _onKeydown(event: KeyboardEvent): void {
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
