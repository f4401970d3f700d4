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

  h2 {
    font-size: 1.5rem;
    margin: 0 0 var(--_space);
  }
  /* Headings receive focus on every step change (for screen readers); a ring there would look like a bug. */
  h2:focus {
    outline: 0;
  }
  h3 {
    font-size: 1.1rem;
    margin: 0;
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

  /* Radios and tick boxes: the whole row is the label, so the target is large. */
  label {
    display: flex;
    gap: 0.75rem;
    padding: 0.5rem 0;
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
    padding: 0.5rem 1.25rem;
    border: 0;
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
    padding: 0;
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
  .card h2 {
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

  stretch-card {
    display: block;
    margin-bottom: var(--_space);
  }
`;
