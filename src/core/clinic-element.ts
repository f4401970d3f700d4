import { LitElement, html, render, type PropertyDeclarations } from 'lit';
import { ContextEvent } from '@lit/context';
import { clinicContext, pageProviderSettings, PAGE_SETTINGS_CHANGE } from './context.js';
import { defaultSettings, type ClinicSettings } from './settings.js';
import { displayLocale, onStringsChange, textLanguage, translate, whenStringsReady } from './i18n.js';
import type { TextKey } from '../locales/translation.js';
import { warnInput } from './warnings.js';
import { baseStyles } from './styles.js';
import { firstRenderTurn } from './first-render.js';
import { onPageLanguageChange } from './page-language.js';
import './strings.js';

/**
 * Base class of every clinic widget: shared styles, localized strings, warnings, the clinic's settings
 * in `this.clinic`, and containment.
 *
 * Where state lives, in every element:
 * - public properties hold inputs exactly as given (any type: attributes, React, Vue, a script);
 * - `willUpdate` parses them with core/parse.ts into private derived state (`_` names), warning once
 *   about anything bad and falling back to the documented default;
 * - `render` only reads that state; handlers change state and let Lit render again.
 *
 * Language: text and numbers follow the settings' `locale` (the provider's, else `<html lang>`), and the
 * widget renders again when it changes, when a clinic registers strings, or when a language pack arrives.
 * A render waits for its language's pack to load (a few kilobytes, once per page), so no widget shows
 * English first; the widget's content carries `lang` for the language its text is in.
 *
 * Settings come from the nearest `<clinic-provider>` ancestor through @lit/context. A widget outside any
 * provider (a separate WordPress block) uses the page's first provider, and follows it when it appears
 * later or changes; a page with no provider gets `defaultSettings()`. A widget's own overrides are merged
 * over these by `resolveSettings` (core/settings.ts), the same rules the provider uses.
 *
 * Containment: an unexpected error in one widget's update shows that widget's "not available right now"
 * message and logs one `console.error`; it never becomes an uncaught error on the host page, and the next
 * update tries again.
 */
export class ClinicElement extends LitElement {
  static override styles = [baseStyles];
  // `attribute: false` as well as `state: true`: the manifest analyzer lists any static property that
  // doesn't say so as an attribute.
  static override properties: PropertyDeclarations = { clinic: { state: true, attribute: false } };

  /** The clinic settings in effect (provider's, page's, or defaults). Replaced only when they change. */
  protected clinic: ClinicSettings = defaultSettings();

  /**
   * The element's ElementInternals (only one may exist: a form control such as the picker uses this one).
   * Until its first render the element has the custom state `clinic-pending`, which dist/clinic-widgets.css
   * reserves room for as it does for an undefined one: a widget waiting for its turn does not collapse.
   */
  protected readonly internals: ElementInternals = this.attachInternals();

  private _unsubscribe?: () => void;
  private _stopListening?: () => void;
  private _failed = false;

  constructor() {
    super();
    this._setPending(true);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Before the first render the settings are asked for in the widget's turn (scheduleUpdate): a
    // provider works them out on the first request, and that is where the page's first Intl formatter,
    // and so the browser's ICU set-up, is paid; not inside the bundle's own evaluation.
    if (this.hasUpdated) this._requestClinic();
    document.addEventListener(PAGE_SETTINGS_CHANGE, this._requestClinic);
    const stopStrings = onStringsChange(() => this.requestUpdate());
    // Without a provider the page's language is the locale; inside one, the provider follows it and tells.
    const stopLanguage = onPageLanguageChange(this._requestClinic);
    this._stopListening = () => {
      stopStrings();
      stopLanguage();
    };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener(PAGE_SETTINGS_CHANGE, this._requestClinic);
    this._unsubscribe?.();
    this._unsubscribe = undefined;
    this._stopListening?.();
  }

  /**
   * The locale text and numbers are shown in: the settings' locale, or English when there are no strings
   * in its language (then numbers are English too, so that no sentence mixes two languages).
   */
  protected get locale(): string {
    return displayLocale(this.clinic.locale);
  }

  /** True when the settings come from a `<clinic-provider>` (not the page defaults). */
  protected get hasProvider(): boolean {
    return this.clinic !== defaultSettings();
  }

  /** A localized string (see core/i18n.ts). */
  protected t(key: TextKey, values?: Record<string, string | number>): string {
    return translate(this.locale, key, values);
  }

  /** One console.warn for a bad input, naming this element (see core/warnings.ts). */
  protected warn(input: string, value: unknown, problem: string, fallback: string): void {
    warnInput(this, input, value, problem, fallback);
  }

  /** What this widget says when it cannot work at all. Elements with a better message override it. */
  protected unavailableMessage(): string {
    return this.t('core.unavailable');
  }

  /**
   * The first render waits for its turn in the page's first-render queue (core/first-render.ts), so many
   * widgets draw over several short tasks instead of one long one; `updateComplete` resolves after it.
   * Later updates run at once, as Lit schedules them, and so does the first render of a widget inside
   * another's shadow root (the checker's stretch cards): it is part of that widget's own update.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated) return this._updateInLanguage();
    if (this.getRootNode() instanceof ShadowRoot) return this._firstUpdate();
    return firstRenderTurn(this.localName, () => this._firstUpdate());
  }

  private _firstUpdate(): void | Promise<unknown> {
    if (this.isConnected) this._requestClinic();
    const update = this._updateInLanguage();
    if (!update) return this._setPending(false);
    return update.then(() => this._setPending(false));
  }

  /** The update, once the strings of the widget's language are in (at once when they already are). */
  private _updateInLanguage(): void | Promise<unknown> {
    const loading = whenStringsReady(this.clinic.locale);
    if (!loading) return this._guardedUpdate();
    return loading.then(() => this._guardedUpdate());
  }

  /** Browsers without custom states (or only the older `--name` form) keep the plain `:not(:defined)` rule. */
  private _setPending(pending: boolean): void {
    try {
      if (pending) this.internals.states?.add('clinic-pending');
      else this.internals.states?.delete('clinic-pending');
    } catch {
      // no :state() here
    }
  }

  /**
   * Runs Lit's whole update (willUpdate, render, commit, updated) inside a guard. Lit itself would
   * rethrow into a rejected `updateComplete`, an uncaught error on the host page, and leave the widget
   * blank or half drawn.
   */
  private _guardedUpdate(): void {
    try {
      super.scheduleUpdate();
      this._failed = false;
      this._markLanguage();
    } catch (error) {
      this._showUnavailable(error);
    }
  }

  /** `lang` on the top-level elements of the content, for the language its text is in. */
  private _markLanguage(): void {
    const language = textLanguage(this.clinic.locale);
    for (const child of this.renderRoot.children)
      if (child.getAttribute('lang') !== language) child.setAttribute('lang', language);
  }

  private _showUnavailable(error: unknown): void {
    if (!this._failed) {
      console.error(`<${this.localName}> could not render and shows "not available right now":`, error);
    }
    this._failed = true;
    try {
      render(
        html`<p part="unavailable" class="unavailable" role="status">${this.unavailableMessage()}</p>`,
        this.renderRoot,
        this.renderOptions,
      );
    } catch {
      // Even the message failed (a broken string override): leave the page as it is.
    }
  }

  /**
   * Asks for the settings on connecting and again whenever a provider on the page connects, changes or
   * leaves. The nearest ancestor provider answers synchronously and keeps this widget subscribed;
   * without one, the page's first provider, else the defaults. Lit re-renders only when the object
   * differs, and providers hand out the same object until something really changes.
   */
  private readonly _requestClinic = () => {
    let answered = false;
    // Built first and dispatched after, so the manifest analyzer doesn't list the context protocol as a
    // public event.
    const request = new ContextEvent(
      clinicContext,
      this,
      (settings, unsubscribe) => {
        if (unsubscribe !== this._unsubscribe) this._unsubscribe?.();
        this._unsubscribe = unsubscribe;
        answered = true;
        this.clinic = settings;
      },
      true,
    );
    this.dispatchEvent(request);
    if (!answered) this.clinic = pageProviderSettings() ?? defaultSettings();
  };
}
