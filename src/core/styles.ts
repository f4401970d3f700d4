import { css } from 'lit';

/**
 * Design tokens and the rules every element shares.
 *
 * Public tokens are `--clinic-*` custom properties set by the page (they inherit into shadow roots);
 * each element reads them through private `--_*` copies with light and dark defaults.
 *
 * `light-dark()` follows the page's own `color-scheme`, inherited: a light-only site (the usual case,
 * `color-scheme: normal`) gets light widgets even when the visitor's phone is in dark mode, so no widget
 * ever shows light text on the site's white background; a site that declares `color-scheme: light dark`
 * gets widgets that follow the visitor's preference; a dark site declaring `dark` gets dark ones.
 * `--clinic-color-scheme` overrides this (an unset variable leaves the property inherited).
 *
 * Host page CSS: the page's font family inherits by design, but text properties that a page sets on or
 * above a widget must not rearrange it (the stock Vite React and Vue templates centre their app root; a
 * page may force `* { color: … !important }`). Inherited values are overridden by any declaration here;
 * rules the page writes on the host element itself are beaten only by `!important`, because for important
 * declarations the shadow root's own styles win over the page's.
 *
 * Motion: an element that animates wraps it in `@media (prefers-reduced-motion: no-preference)` itself,
 * so nothing moves for visitors who asked for less motion and no page pays for a global override.
 */
export const baseStyles = css`
  :host {
    color-scheme: var(--clinic-color-scheme);
    --_primary: var(--clinic-color-primary, light-dark(#1d6b57, #86d5bd));
    --_on-primary: var(--clinic-color-on-primary, light-dark(#fff, #06251c));
    --_text: var(--clinic-color-text, light-dark(#1c2126, #eef1f4));
    --_muted: var(--clinic-color-muted, light-dark(#4d5661, #b8c0c8));
    --_surface: var(--clinic-color-surface, light-dark(#fff, #1a1e23));
    --_surface-alt: var(--clinic-color-surface-alt, light-dark(#f2f5f4, #252b31));
    --_border: var(--clinic-color-border, light-dark(#68727d, #8d97a1));
    --_focus: var(--clinic-color-focus, light-dark(#b03f00, #ffc857));
    --_danger: var(--clinic-color-danger, light-dark(#b3261e, #ff9a8f));
    --_warning: var(--clinic-color-warning, light-dark(#8a5300, #ffcf70));
    --_radius: var(--clinic-radius, 0.5rem);
    --_space: var(--clinic-space, 1rem);
    display: block;
    box-sizing: border-box;
    font-family: var(--clinic-font, inherit);
    font-size: var(--clinic-font-size, 1rem);
    font-style: normal !important;
    font-weight: 400 !important;
    color: var(--_text) !important;
    line-height: 1.5 !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-transform: none !important;
    text-shadow: none !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    white-space: normal !important;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  ::before,
  ::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .unavailable {
    margin: 0;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
