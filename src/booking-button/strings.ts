import { registerBuiltInStrings } from '../core/i18n.js';

/** English strings of `<booking-button>`. Other languages: src/locales/ (see the README). */
export const bookingStrings = {
  'booking.label': 'Book a {minutes}-minute massage',
  'booking.newTab': '(opens in a new tab)',
  'booking.call': 'or call {phone}',
  'booking.unavailable': 'Online booking is not available right now.',
  'booking.callToBook': 'Call {phone} to book.',
  'booking.close': 'Close',
  'booking.frame': 'Booking page',
  // The popup's heading and the iframe's title when the provider gives `clinic-name`.
  'booking.heading': '{clinic}: {label}',
  'booking.frameOf': 'Booking page of {clinic}',
  'booking.loading': 'Loading the booking page…',
  'booking.slow': 'The booking page is slow to load or cannot be shown here.',
  'booking.openTab': 'Open in a new tab',
  'booking.hint.today': 'Same-day appointments: book by {time} today',
  'booking.hint.cutoff': 'Online booking for today has closed. Next: {day} from {time}',
  'booking.hint.closed': 'Closed today. Next: {day} from {time}',
} as const;

registerBuiltInStrings('en', bookingStrings);
