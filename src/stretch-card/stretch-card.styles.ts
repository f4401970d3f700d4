import { css } from 'lit';

/**
 * Styles of `<stretch-card>` (composed after the shared `baseStyles`, which give the tokens and the host's
 * text rules).
 *
 * The compact variant is a class on the card, set from the parsed `compact` value, rather than
 * `:host([compact])`: `compact="false"` (as frameworks write it) is the full layout, and only the
 * parsed value knows that.
 */
export const stretchCardStyles = css`
  /*
   * A card far from the viewport skips style, layout and paint until the visitor scrolls near it (issue 17:
   * a page of 100 cards laid out in one task of 150 to 230 ms at 1x, 45 ms from module start with this).
   * Its text stays in the accessibility tree and find-in-page, and focus inside it makes it relevant.
   * Until the card has been laid out once it takes the median card's height (86 rem: 1,303 to 1,603 px at
   * 320 px, 1,358 to 1,466 at 1,280, 1,136 to 1,260 at 768); after that, its own last height ('auto'). It is
   * laid out before it scrolls into view, so the estimate moves nothing the visitor sees
   * (tests/core/reserve-space.test.ts scrolls a page through). Paint containment clips at the host: every
   * focus ring is inside the card's padding. Printing lays out every card.
   */
  :host {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 86rem;
  }
  @media print {
    :host {
      content-visibility: visible;
    }
  }
  .card {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    padding: var(--_space);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .compact {
    font-size: 0.9375em;
  }
  p,
  ol,
  ul,
  dl,
  dd,
  figure {
    margin: 0;
  }
  .top {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .compact .top {
    grid-template-columns: minmax(5rem, 35%) 1fr;
    align-items: start;
  }
  .title {
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.25;
  }
  .area,
  .where {
    color: var(--_muted);
  }

  /* The built-in line art: one stroke style, drawn in the primary colour on the alternate surface. */
  svg {
    display: block;
    inline-size: 100%;
    block-size: auto;
    color: var(--_primary);
    background: var(--_surface-alt);
    border-radius: var(--_radius);
    fill: none;
    stroke: currentColor;
    stroke-width: 2.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .floor {
    stroke: var(--_border);
  }
  .ghost {
    stroke-dasharray: 3 5;
  }
  ::slotted([slot='picture']) {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
  }

  /* The dose: terms and values in two columns. */
  dl {
    display: grid;
    /* A long label ("Con qué frecuencia") wraps rather than leaving its value a sliver of the card. */
    grid-template-columns: fit-content(45%) 1fr;
    gap: 0 0.75em;
  }
  dl div {
    display: contents;
  }
  dt,
  .label {
    font-weight: 700;
  }
  ol,
  ul {
    padding-inline-start: 1.5em;
  }
  li + li {
    margin-block-start: 0.25em;
  }
  .cautions {
    padding-inline-start: 0.75em;
    border-inline-start: 4px solid var(--_warning);
  }

  /* The timer. */
  .timer {
    display: grid;
    gap: 0.25em;
    padding: calc(var(--_space) * 0.75);
    text-align: center;
    background: var(--_surface-alt);
    border-radius: var(--_radius);
  }
  .phase {
    font-weight: 700;
  }
  .time {
    font-size: 2.5em;
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
  }
  .compact .time {
    font-size: 1.75em;
  }
  .bar {
    block-size: 0.375rem;
    border-radius: 1rem;
    background: var(--_surface);
    outline: 1px solid var(--_border);
    overflow: hidden;
  }
  .bar span {
    display: block;
    block-size: 100%;
    inline-size: 0;
    background: var(--_primary);
  }
  /* Eases the once-a-second step, only for visitors who have not asked for reduced motion. */
  @media (prefers-reduced-motion: no-preference) {
    .bar span {
      transition: inline-size 0.3s linear;
    }
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0.5em;
    margin-block-start: 0.5em;
  }
  /* 2.75rem: a 44 px target at the default font size (WCAG 2.5.5). */
  button {
    min-block-size: 2.75rem;
    min-inline-size: 6.5em;
    padding: 0.5em 1.25em;
    font: inherit;
    font-weight: 700;
    color: var(--_primary);
    background: var(--_surface);
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .main {
    color: var(--_on-primary);
    background: var(--_primary);
  }
  button[hidden] {
    display: none;
  }

  /* On paper: the card without its controls, never split across pages. */
  @media print {
    .timer {
      display: none;
    }
    .card {
      break-inside: avoid;
      border-color: #000;
    }
    svg {
      background: none;
    }
  }
`;
