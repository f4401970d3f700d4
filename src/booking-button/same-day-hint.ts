/**
 * The same-day hint under the booking button, as a pure function of the clock: which message to show
 * and the values to put in it. Times are the clinic's wall clock; when the visitor's clock differs the
 * zone is named ("3:00 PM AKST"), because "book by 3:00 PM" read in London would be wrong by hours.
 */
import { bookingWindow, type BookingWindowOptions } from '../core/hours.js';
import { formatTime, formatWeekday } from '../core/i18n.js';
import { offsetAt } from '../core/zoned-time.js';

export interface SameDayHintOptions extends BookingWindowOptions {
  /** The visitor's IANA time zone. */
  visitorZone: string;
  locale: string;
}

export interface SameDayHint {
  /** `booking.hint.today`, `booking.hint.cutoff` (open today, too late to book) or `booking.hint.closed`. */
  key: 'booking.hint.today' | 'booking.hint.cutoff' | 'booking.hint.closed';
  /** `time` of the cut-off (today) or of the next bookable start; `day` of that start ("tomorrow", "Monday"). */
  values: { time: string; day?: string };
}

/** Returns undefined when nothing can be booked online within the next week (no hint beats a wrong one). */
export function sameDayHint(options: SameDayHintOptions): SameDayHint | undefined {
  const { now, timeZone, visitorZone, locale } = options;
  const { earliestStart, daysAhead, openToday, bookBy } = bookingWindow(options);
  const withZone = offsetAt(now.getTime(), timeZone) !== offsetAt(now.getTime(), visitorZone);
  if (bookBy) return { key: 'booking.hint.today', values: { time: formatTime(locale, timeZone, bookBy, withZone) } };
  if (!earliestStart) return undefined;
  return {
    key: openToday ? 'booking.hint.cutoff' : 'booking.hint.closed',
    values: {
      time: formatTime(locale, timeZone, earliestStart, withZone),
      // Intl words "tomorrow" in the visitor's language; later days are named.
      day:
        daysAhead === 1
          ? new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(1, 'day')
          : formatWeekday(locale, timeZone, earliestStart),
    },
  };
}
