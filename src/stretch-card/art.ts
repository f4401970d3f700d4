import { html } from 'lit';
import type { StretchArt } from './catalog.js';

/**
 * The built-in line art of a catalog stretch (see `StretchArt` in catalog.ts for the grid): the floor,
 * the head, the dashed starting position (if any), then the body; `alt` is its text alternative. Styled by stretch-card.styles.ts.
 * Bindings are quoted: the template minifier can misread an unquoted one before `/>` as ending in `/`.
 */
export const stretchPicture = (art: StretchArt, alt: string) =>
  html`<svg role="img" aria-label="${alt}" viewBox="0 0 120 64">
    <path class="floor" d="M4 60H116" />
    <circle cx="${art.head[0]}" cy="${art.head[1]}" r="6" />
    <path class="ghost" d="${art.ghost ?? ''}" />
    <path d="${art.d}" />
  </svg>`;
