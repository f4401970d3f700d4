import { registerStrings } from '../core/i18n.js';

// English strings of <session-length-picker>; other languages register the same keys.
registerStrings('en', {
  'picker.label': 'Session length',
  'picker.required': 'Choose a session length',
});
