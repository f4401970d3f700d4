/**
 * clinic-widgets: importing this module registers every element (safely, see core/define.ts) and
 * exports the pure logic for host pages and frameworks.
 */
export { ClinicProvider } from './clinic-provider/clinic-provider.js';
export { SessionLengthPicker } from './session-length-picker/session-length-picker.js';

export { VERSION } from './core/version.js';
export { clinicContext } from './core/context.js';
export { BOOKING_PROVIDERS, emergencyNumberFor } from './core/settings.js';
export type { BookingProvider, ClinicSettings } from './core/settings.js';
export { getSessionChoice, setSessionChoice, SESSION_CHANGE } from './core/session-choice.js';
export type { SessionChoice } from './core/session-choice.js';
export type { SessionOption } from './core/sessions.js';
export { registerStrings } from './core/i18n.js';
export type { Strings } from './core/i18n.js';
export { parseOpeningHours, bookingWindow } from './core/hours.js';
export type { BookingWindow, BookingWindowOptions, OpeningInterval, WeeklyHours } from './core/hours.js';
export { BookingButton } from './booking-button/booking-button.js';
export type { BookingDetail, BookingMode } from './booking-button/booking-button.js';
export { buildBookingUrl } from './booking-button/booking-url.js';
export type { BookingUrlOptions } from './booking-button/booking-url.js';
export { StretchCard } from './stretch-card/stretch-card.js';
export { stretches, STRETCH_IDS } from './stretch-card/catalog.js';
export type { Stretch, StretchArt, StretchId } from './stretch-card/catalog.js';
export type { StretchCompleteDetail } from './stretch-card/stretch-card.js';
export { SymptomChecker } from './symptom-checker/symptom-checker.js';
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
