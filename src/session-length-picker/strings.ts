import { registerBuiltInStrings } from '../core/i18n.js';

/** English strings of `<session-length-picker>`. Other languages: src/locales/ (see the README). */
export const pickerStrings = {
  'picker.label': 'Session length',
  'picker.required': 'Choose a session length',
} as const;

registerBuiltInStrings('en', pickerStrings);
