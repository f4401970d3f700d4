import { registerBuiltInStrings } from './i18n.js';

/** English strings shared by every widget. Other languages: src/locales/ (see the README). */
export const coreStrings = {
  'core.unavailable': 'This is not available right now. Please try again later or contact the clinic.',
} as const;

registerBuiltInStrings('en', coreStrings);
