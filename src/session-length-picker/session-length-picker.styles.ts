import { css } from 'lit';

/**
 * Styles of `<session-length-picker>`, after the shared `baseStyles`.
 *
 * Colour: the group label and the error message sit on the page's own background, the option cards on
 * their own surface. Both use the widget's colours (`--_text` from baseStyles, which follows the page's
 * `color-scheme`), never the page's inherited or forced text colour: a page rule such as
 * `* { color: red !important }` must not turn the label into low-contrast text. A dark site that does not
 * declare `color-scheme` sets `--clinic-color-scheme: dark` (README, Theming).
 */
export const sessionLengthPickerStyles = css`
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    margin-bottom: calc(var(--_space) / 2);
    font-weight: 600;
  }
  [part='error'] {
    margin: 0 0 calc(var(--_space) / 2);
    padding-inline-start: calc(var(--_space) / 2);
    border-inline-start: 4px solid var(--_danger);
    font-weight: 600;
  }
  /* Side by side when there is room, stacked on a narrow phone. */
  [part='options'] {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
    gap: calc(var(--_space) * 0.75);
  }
  label {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: start;
    align-content: start;
    column-gap: calc(var(--_space) * 0.75);
    min-height: 3rem;
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }
  label:hover,
  label:has(:checked) {
    border-color: var(--_primary);
  }
  label:has(:checked) {
    box-shadow: inset 0 0 0 1px var(--_primary);
    background: var(--_surface-alt);
  }
  label:has(:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  fieldset:disabled label {
    opacity: 0.6;
    cursor: not-allowed;
  }
  input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.125rem 0 0;
    accent-color: var(--_primary);
  }
  /* The whole card shows focus (above): one ring rather than two. */
  input:focus-visible {
    outline: none;
  }
  [part='length'] {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    column-gap: var(--_space);
    font-weight: 600;
  }
  [part='price'] {
    font-weight: 400;
  }
  [part='description'] {
    grid-column: 2;
    color: var(--_muted);
    font-size: 0.9375em;
  }
`;
