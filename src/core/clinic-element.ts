import { LitElement, type PropertyDeclarations } from 'lit';
import { ContextEvent } from '@lit/context';
import { clinicContext, pageProviderSettings, PAGE_SETTINGS_CHANGE } from './context.js';
import { defaultSettings, type ClinicSettings } from './settings.js';
import { translate } from './i18n.js';
import { warnAttribute } from './attributes.js';
import { baseStyles } from './styles.js';

/**
 * Base class of every clinic widget: shared styles, localized strings, warnings, and the clinic's
 * settings in `this.clinic`.
 *
 * Settings come from the nearest `<clinic-provider>` ancestor through @lit/context. A widget outside any
 * provider (a separate WordPress block) uses the page's first provider, and follows it when it appears
 * later or changes; a page with no provider gets `defaultSettings()`. A widget's own attributes override
 * these: each element merges them where it uses them.
 */
export class ClinicElement extends LitElement {
  static override styles = [baseStyles];
  // `attribute: false` as well as `state: true`: the manifest analyzer lists any static property that
  // doesn't say so as an attribute.
  static override properties: PropertyDeclarations = { clinic: { state: true, attribute: false } };

  /** The clinic settings in effect (provider's, page's, or defaults). */
  protected clinic: ClinicSettings = defaultSettings();

  #unsubscribe?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#requestClinic();
    document.addEventListener(PAGE_SETTINGS_CHANGE, this.#requestClinic);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener(PAGE_SETTINGS_CHANGE, this.#requestClinic);
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  /** The locale text and numbers are shown in. */
  protected get locale(): string {
    return this.clinic.locale;
  }

  /** A localized string (see core/i18n.ts). */
  protected t(key: string, values?: Record<string, string | number>): string {
    return translate(this.locale, key, values);
  }

  /** One console.warn for a bad attribute value, naming this element (see core/attributes.ts). */
  protected warn(attribute: string, value: unknown, problem: string, fallback: string): void {
    warnAttribute(this, attribute, value, problem, fallback);
  }

  /**
   * Asks for the settings on connecting and again whenever a provider on the page connects, changes or
   * leaves. The nearest ancestor provider answers synchronously and keeps this widget subscribed;
   * without one, the page's first provider, else the defaults.
   */
  readonly #requestClinic = () => {
    let answered = false;
    // Built first and dispatched after, so the manifest analyzer doesn't list the context protocol as a
    // public event.
    const request = new ContextEvent(
      clinicContext,
      this,
      (settings, unsubscribe) => {
        if (unsubscribe !== this.#unsubscribe) this.#unsubscribe?.();
        this.#unsubscribe = unsubscribe;
        answered = true;
        this.clinic = settings;
      },
      true,
    );
    this.dispatchEvent(request);
    if (!answered) this.clinic = pageProviderSettings() ?? defaultSettings();
  };
}
