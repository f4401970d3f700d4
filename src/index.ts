/**
 * clinic-widgets: importing this module registers every element (safely, see core/define.ts; nothing is
 * registered where there is no DOM) and exports the pure logic for host pages and frameworks, which
 * `clinic-widgets/helpers` exports alone. Each element is also its own entry point
 * (`clinic-widgets/booking-button`…).
 */
export { ClinicProvider } from './clinic-provider/clinic-provider.js';
export { SessionLengthPicker } from './session-length-picker/session-length-picker.js';
export { BookingButton } from './booking-button/booking-button.js';
export { StretchCard } from './stretch-card/stretch-card.js';
export { SymptomChecker } from './symptom-checker/symptom-checker.js';
export * from './helpers.js';
