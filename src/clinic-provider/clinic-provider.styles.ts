import { css } from 'lit';

/**
 * The provider's one style, for the document (or shadow root) it is in: it has no shadow root of its own
 * (see ClinicProvider.createRenderRoot), so `:host` cannot say it. `:where()` keeps the specificity at
 * zero, so any rule of the page's own wins, as it did over `:host`.
 */
export const providerStyles = css`
  :where(clinic-provider) {
    display: contents;
  }
`;
