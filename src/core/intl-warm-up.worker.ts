/**
 * The ICU warm-up worker (core/intl-warm-up.ts starts it): one of each Intl formatter the widgets use,
 * in the locales it is sent, so the browser's one-time ICU set-up is paid on this thread; then it answers.
 * It imports one constant (core/zoned-time.ts has no imports of its own), so it stays a few hundred bytes.
 */
import type { WarmUpRequest } from './intl-warm-up.js';
import { WALL_CLOCK_FORMAT } from './zoned-time.js';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WarmUpRequest>) => void) | null;
  postMessage(message: 'warm'): void;
};

scope.onmessage = ({ data: { locales, timeZones } }) => {
  const now = new Date();
  for (const locale of locales) {
    try {
      new Intl.Locale(locale).maximize();
      new Intl.PluralRules(locale).select(2);
      new Intl.NumberFormat(locale).format(60);
      new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(60);
      new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD' }).format(95);
      new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }).format(now);
      new Intl.DateTimeFormat(locale, { weekday: 'long' }).format(now);
      new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(1, 'day');
    } catch {
      // A tag this browser cannot use: the widgets fall back to English for it as well.
    }
  }
  // The clinics' zones: core/zoned-time.ts's reading of the wall clock, and the booking button's times
  // ("book by 3:15 PM AKST") and weekdays in each language.
  for (const timeZone of timeZones) {
    try {
      new Intl.DateTimeFormat('en-US', { ...WALL_CLOCK_FORMAT, timeZone }).formatToParts(now);
    } catch {
      // Not a zone this browser knows: the widgets warn about it themselves.
      continue;
    }
    // The page's locales always include en-US (core/intl-warm-up.ts).
    for (const locale of locales) {
      try {
        new Intl.DateTimeFormat(locale, { timeZone, hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }).format(
          now,
        );
        new Intl.DateTimeFormat(locale, { timeZone, weekday: 'long' }).format(now);
      } catch {
        // A tag this browser cannot use, as above.
      }
    }
  }
  new Intl.DateTimeFormat().resolvedOptions();
  scope.postMessage('warm');
};
