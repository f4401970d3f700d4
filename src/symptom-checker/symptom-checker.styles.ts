import { css } from 'lit';

/**
 * `<symptom-checker>`'s own styles (the shared tokens and host rules come from core/styles.ts). Question
 * pages follow the GOV.UK / NHS.UK pattern: large tap targets, an error summary with a thick red border,
 * and a red bar beside the question in error.
 */
export const symptomCheckerStyles = css`
  :host {
    max-width: 40rem;
    background: var(--_surface);
    padding: var(--_space);
    border-radius: var(--_radius);
  }

  /* Sizes by role, not by tag: the tag follows heading-level, the look stays the same. */
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-size: 1.1rem;
    margin: 0 0 0.25rem;
  }
  .step-heading {
    font-size: 1.5rem;
    margin: 0 0 var(--_space);
  }
  /* Headings receive focus on every step change (for screen readers); a ring there would look like a bug. */
  .step-heading:focus {
    outline: 0;
  }
  /* The progress cue, GOV.UK's caption: inside the heading, so it is read with it, once. */
  .caption {
    display: block;
    font-size: 1rem;
    font-weight: 400;
    color: var(--_muted);
  }
  .label {
    display: block;
    font-weight: 700;
  }
  legend {
    padding: 0;
  }
  .item {
    margin-bottom: var(--_space);
  }
  p,
  ul,
  dl,
  fieldset {
    margin: 0 0 var(--_space);
  }
  fieldset {
    border: 0;
    padding: 0;
  }
  a {
    color: inherit;
  }
  .hint {
    color: var(--_muted);
  }

  /* Radios: the whole row is the label, at least 44 px tall (GOV.UK and NHS target size). */
  label {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    min-height: 2.75rem;
    padding: 0.25rem 0;
  }
  /* A number box's label is the question, not a target row. */
  .label label,
  .step-heading label {
    display: inline;
    min-height: 0;
    padding: 0;
  }
  /* Yes / No / I'm not sure side by side, wrapping on a narrow phone. */
  .yes-no {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.5rem;
  }
  input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_primary);
  }
  .scale {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.25rem;
  }
  [type='text'] {
    font: inherit;
    width: 5em;
    height: 2.75rem;
  }

  .error-message {
    color: var(--_danger);
    font-weight: 700;
  }
  .field-error {
    border-left: 4px solid var(--_danger);
    padding-left: var(--_space);
  }
  .error-summary {
    border: 4px solid var(--_danger);
    padding: var(--_space);
    margin-bottom: var(--_space);
  }

  button,
  .button {
    font: inherit;
    font-weight: 700;
    display: inline-block;
    min-height: 2.75rem;
    padding: 0.5rem 1.25rem;
    /* Transparent, not none: forced colours paints it, so a button keeps its boundary there. */
    border: 2px solid transparent;
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    text-decoration: none;
    margin: 0 0.5rem var(--_space) 0;
  }
  /* Back and Change: links in look, buttons in behaviour (they change the step, not the page). */
  .link-button {
    background: none;
    color: var(--_primary);
    text-decoration: underline;
    padding: 0.5rem 0;
  }
  .secondary {
    background: var(--_surface-alt);
    color: var(--_text);
  }

  /* Check your answers: a summary list. */
  dl div {
    border-bottom: 1px solid var(--_border);
    padding: 0.5rem 0;
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin: 0;
  }

  /* The result care card, coloured by its level (the NHS care card pattern). */
  .card {
    border: 2px solid var(--card-colour);
    border-radius: var(--_radius);
    margin-bottom: var(--_space);
  }
  .card .step-heading {
    background: var(--card-colour);
    color: var(--card-text-colour, var(--_surface));
    padding: var(--_space);
    margin: 0;
  }
  .card > div {
    padding: var(--_space);
  }
  .emergency,
  .today {
    --card-colour: var(--_danger);
  }
  .days {
    --card-colour: var(--_warning);
  }
  .before-booking,
  .massage-ok {
    --card-colour: var(--_primary);
    --card-text-colour: var(--_on-primary);
  }

  .suggestion {
    font-weight: 700;
  }
  details {
    margin-bottom: 0.5rem;
  }
  summary {
    /* list-item keeps the disclosure triangle, the sign that it opens (flex would drop it). */
    display: list-item;
    box-sizing: border-box;
    min-height: 2.75rem;
    padding-block: 0.625rem;
    font-weight: 700;
    color: var(--_primary);
    cursor: pointer;
  }
  stretch-card {
    display: block;
    margin-bottom: var(--_space);
  }

  /* Forced colours (Windows high contrast): buttons draw in the system colours with a visible border. */
  @media (forced-colors: active) {
    button,
    .button {
      border: 2px solid ButtonText;
    }
    .card h2,
    .card h1,
    .card h3,
    .card h4,
    .card h5,
    .card h6 {
      border-bottom: 2px solid CanvasText;
    }
  }
`;
