import { createContext } from '@lit/context';
import type { ClinicSettings } from './settings.js';

/**
 * The clinic settings context. The key is `Symbol.for(...)`, not a fresh Symbol, because @lit/context
 * compares keys with `===`: two copies of the bundle on one page must still find each other.
 */
export const clinicContext = createContext<ClinicSettings>(Symbol.for('clinic-widgets:clinic-settings'));

/**
 * Fired on `document` by every `<clinic-provider>` when it connects, disconnects or changes, so widgets
 * outside any provider (separate WordPress blocks) can pick up the page's provider, whenever it appears.
 */
export const PAGE_SETTINGS_CHANGE = 'clinic-settings-change';

/** The page's provider for widgets that are not inside one: the first `<clinic-provider>` in the document. */
export function pageProviderSettings(): ClinicSettings | undefined {
  return (document.querySelector('clinic-provider') as { settings?: ClinicSettings } | null)?.settings;
}
