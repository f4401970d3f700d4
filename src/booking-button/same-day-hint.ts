/**
 * The same-day hint under the booking button, as a pure function of the clock: which message to show
 * and the values to put in it. Times are the clinic's wall clock; when the visitor's clock differs the
 * zone is named ("3:00 PM AKST"), because "book by 3:00 PM" read in London would be wrong by hours.
 */
import { bookingWindow, type BookingWindowOptions } from '../core/hours.js';
import { formatTime, formatWeekday } from '../core/i18n.js';
import { civilDateOf, offsetAt, zonedInstant } from '../core/zoned-time.js';

export interface SameDayHintOptions extends BookingWindowOptions {
  /** The visitor's IANA time zone. */
  visitorZone: string;
  locale: string;
}

/** One message of the line and the values to put in it. */
export interface SameDayHintForm {
  /** `booking.hint.today`, `booking.hint.cutoff` (open today, too late to book) or `booking.hint.closed`. */
  key: 'booking.hint.today' | 'booking.hint.cutoff' | 'booking.hint.closed';
  /** `time` of the cut-off (today) or of the next bookable start; `day` of that start ("tomorrow", "Monday"). */
  values: { time: string; day?: string };
}

export interface SameDayHint extends SameDayHintForm {
  /**
   * Every form the line can take, with each day name, a two-digit hour and the zone named, whatever the
   * clock and the visitor's zone. The button sizes the line's box to the longest, so the box is the same
   * at every time of day and for visitors anywhere: the reserve-space stylesheet (which knows neither)
   * has one height to reserve, and the line turning from "book by" to "closed" moves nothing under it.
   */
  forms: readonly SameDayHintForm[];
}

/** Returns undefined when nothing can be booked online within the next week (no hint beats a wrong one). */
export function sameDayHint(options: SameDayHintOptions): SameDayHint | undefined {
  const { now, timeZone, visitorZone, locale } = options;
  const { earliestStart, daysAhead, openToday, bookBy } = bookingWindow(options);
  const withZone = offsetAt(now.getTime(), timeZone) !== offsetAt(now.getTime(), visitorZone);
  // The forms name the zone whatever the visitor's clock: the box is then the same for every visitor.
  // 10:00, a two-digit hour ("10:00 AM", "10:00"): no time the line shows has more digits.
  // Made only for a line that is shown.
  const forms = () => {
    const formsTime = zonedInstant(civilDateOf(now.getTime(), timeZone), 10 * 60, timeZone);
    return allForms(locale, timeZone, formatTime(locale, timeZone, formsTime, true));
  };
  if (bookBy) {
    const values = { time: formatTime(locale, timeZone, bookBy, withZone) };
    return { key: 'booking.hint.today', values, forms: forms() };
  }
  if (!earliestStart) return undefined;
  return {
    key: openToday ? 'booking.hint.cutoff' : 'booking.hint.closed',
    values: {
      time: formatTime(locale, timeZone, earliestStart, withZone),
      // Intl words "tomorrow" in the visitor's language; later days are named.
      day: daysAhead === 1 ? dayNames(locale, timeZone)[0] : formatWeekday(locale, timeZone, earliestStart),
    },
    forms: forms(),
  };
}

function allForms(locale: string, timeZone: string, time: string): SameDayHintForm[] {
  const later = (key: 'booking.hint.cutoff' | 'booking.hint.closed') =>
    dayNames(locale, timeZone).map((day) => ({ key, values: { day, time } }));
  return [
    { key: 'booking.hint.today', values: { time } },
    ...later('booking.hint.cutoff'),
    ...later('booking.hint.closed'),
  ];
}

const DAY_NAMES = new Map<string, readonly string[]>();

/**
 * "tomorrow", then the seven weekday names, in `locale`; made once per locale (every minute's render
 * asks). Read in the clinic's zone only to reuse the line's own formatter: any seven days give all seven.
 */
function dayNames(locale: string, timeZone: string): readonly string[] {
  let names = DAY_NAMES.get(locale);
  if (!names) {
    const tomorrow = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(1, 'day');
    const week = Array.from({ length: 7 }, (_, day) =>
      formatWeekday(locale, timeZone, new Date(Date.UTC(2026, 0, 5 + day, 12))),
    );
    names = [tomorrow, ...week];
    DAY_NAMES.set(locale, names);
  }
  return names;
}
