/**
 * clinic-widgets/helpers: the pure logic, with no element and no side effect. Importing it registers
 * nothing and needs no DOM, so it works on a server (Node, a Next.js server component, Vite SSR) as well
 * as in the browser.
 */
export { VERSION } from './core/version.js';
export { clinicContext } from './core/context.js';
export { BOOKING_PROVIDERS, emergencyNumberFor } from './core/settings.js';
export type { BookingProvider, ClinicSettings } from './core/settings.js';
export { getSessionChoice, setSessionChoice, SESSION_CHANGE } from './core/session-choice.js';
export type { SessionChoice } from './core/session-choice.js';
export type { SessionOption } from './core/sessions.js';
export { registerStrings, loadStrings } from './core/i18n.js';
export type { LanguagePack, Message, PluralMessage, StringKey, Translation } from './locales/translation.js';
export { parseOpeningHours, bookingWindow } from './core/hours.js';
export type { BookingWindow, BookingWindowOptions, OpeningInterval, WeeklyHours } from './core/hours.js';
export type { BookingDetail, BookingMode } from './booking-button/booking-button.js';
export { buildBookingUrl } from './booking-button/booking-url.js';
export type { BookingUrlOptions } from './booking-button/booking-url.js';
export { stretches, STRETCH_IDS } from './stretch-card/catalog.js';
export type { Stretch, StretchArt, StretchId } from './stretch-card/catalog.js';
export { stretchWords } from './stretch-card/strings.js';
export type { StretchWords } from './stretch-card/strings.js';
export type { StretchCompleteDetail } from './stretch-card/stretch-card.js';
export type { TriageCompleteDetail } from './symptom-checker/symptom-checker.js';
export { triage } from './symptom-checker/triage.js';
export type {
  Answers,
  TriageResult,
  TriageOptions,
  Urgency,
  Timeframe,
  Reason,
  Note,
  Suggestion,
  Technique,
  DurationCategory,
  Flag,
} from './symptom-checker/triage.js';
