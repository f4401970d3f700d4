import { css } from 'lit';

/** `<booking-button>`'s own styles; tokens and shared rules come from core/styles.ts. */
export const bookingButtonStyles = css`
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    margin: 0;
  }

  /* A phone number split over two lines ("555-" / "0142") is misread and misdialled. */
  .phone-number {
    white-space: nowrap;
  }

  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-height: 2.75rem;
    padding: 0.5rem 1.25rem;
    /* Transparent, but drawn in forced-colors mode where backgrounds are dropped. */
    border: 2px solid transparent;
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }

  .button:hover {
    text-decoration: underline;
  }

  svg {
    width: 1em;
    height: 1em;
    flex: none;
  }

  /* The phone link and the popup's links: 44 px tall, a touch target a thumb can hit (WCAG 2.5.5). */
  a:not(.button) {
    display: inline-flex;
    align-items: center;
    min-height: 2.75rem;
    color: var(--_primary);
    text-underline-offset: 0.2em;
  }

  .hint {
    margin: 0.5rem 0 0;
    color: var(--_muted);
    font-size: 0.9375rem;
  }

  /* The line and, hidden in the same cell, its longest form: the box keeps that height at any clock.
     Inside the part, so a page's ::part(hint) { display: … } cannot stack the two. */
  .hint-cell {
    display: grid;
    align-items: start;
  }

  .hint-cell > p {
    grid-area: 1 / 1;
    margin: 0;
  }

  .hint-form {
    visibility: hidden;
  }

  dialog {
    flex-direction: column;
    width: min(56rem, 100vw - 2rem);
    height: min(48rem, 100dvh - 2rem);
    max-width: none;
    max-height: none;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  dialog[open] {
    display: flex;
  }

  dialog::backdrop {
    background: rgb(0 0 0 / 0.6);
  }

  header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 1rem;
    padding-block: 0.5rem;
    padding-inline: 1rem 0.5rem;
    border-bottom: 1px solid var(--_border);
  }

  h2 {
    flex: 1;
    margin: 0;
    font-size: 1.125rem;
  }

  .close {
    min-height: 2.75rem;
    padding: 0 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: none;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }

  .body {
    position: relative;
    flex: 1;
  }

  iframe,
  .status {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    border: 0;
  }

  .status {
    display: grid;
    place-content: center;
    justify-items: center;
    padding: var(--_space);
    text-align: center;
    background: var(--_surface);
  }

  /* Phones get the whole screen: a booking form in a box with a margin is hard to use there. */
  @media (max-width: 40rem) {
    dialog {
      width: 100%;
      height: 100%;
      border: 0;
      border-radius: 0;
    }
  }

  /*
   * Short screens (a landscape phone, 400% zoom: 320 by 256 CSS px): the whole height, and a header of one
   * compact row, so the booking page keeps most of the screen. The heading is cut with an ellipsis; it stays
   * whole for screen readers and as the dialog's name.
   */
  @media (max-height: 30rem) {
    dialog {
      height: 100%;
      border-block: 0;
      border-radius: 0;
    }

    header {
      flex-wrap: nowrap;
      gap: 0.5rem;
      padding-block: 0;
      padding-inline: 0.5rem 0;
    }

    h2 {
      min-width: 0;
      overflow: hidden;
      font-size: 1rem;
      white-space: nowrap;
      text-overflow: ellipsis;
    }

    header a,
    .close {
      flex: none;
      white-space: nowrap;
    }

    .close {
      border-width: 0 0 0 1px;
      border-radius: 0;
    }
  }
`;
