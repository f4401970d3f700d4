// Everything shared by the elements; the size script measures this as "the foundation".
export * from './attributes.js';
export * from './clinic-element.js';
export * from './context.js';
export * from './define.js';
export * from './events.js';
export * from './hours.js';
export * from './i18n.js';
export * from './session-choice.js';
export * from './sessions.js';
export * from './settings.js';
export * from './styles.js';
export * from './version.js';
export * from './zoned-time.js';
