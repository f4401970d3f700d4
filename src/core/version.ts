declare const __CLINIC_WIDGETS_VERSION__: string | undefined;

/**
 * The library version, written into the bundle by Vite's `define` at build time. Source loaded without
 * the build (tests, Storybook) reports "dev". Used to tell two copies of the bundle apart on one page.
 */
export const VERSION: string = typeof __CLINIC_WIDGETS_VERSION__ === 'string' ? __CLINIC_WIDGETS_VERSION__ : 'dev';
