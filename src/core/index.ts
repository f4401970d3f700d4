// Everything shared by the elements; the size script measures this as "the foundation".
export * from './announcer.js';
export * from './clinic-element.js';
export * from './context.js';
export * from './controllers/visible-ticker.js';
export * from './define.js';
export * from './events.js';
export * from './hours.js';
export * from './i18n.js';
export * from './parse.js';
export * from './scroll-lock.js';
export * from './session-choice.js';
export * from './sessions.js';
export * from './settings.js';
export * from './styles.js';
export * from './version.js';
export * from './warnings.js';
export * from './zoned-time.js';
