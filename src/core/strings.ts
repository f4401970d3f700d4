import { registerStrings } from './i18n.js';

// English strings shared by every widget; other languages register the same keys.
registerStrings('en', {
  'core.unavailable': 'This is not available right now. Please try again later or contact the clinic.',
});
