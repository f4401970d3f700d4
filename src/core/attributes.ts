// TEMPORARY shim while the elements move to parse.ts and warnings.ts; deleted when none imports it.
export { parseEmergencyNumber, parseEnum, parseWholeNumber, toHttpUrl, toTelHref } from './parse.js';
export { warnInput as warnAttribute } from './warnings.js';
