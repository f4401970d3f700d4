/**
 * One polite live region for the whole page. Several widgets can react to the same change (every booking
 * button's same-day hint follows the session length); a screen reader should hear it once, not once per
 * widget. The region lives at the end of `<body>`, visually hidden, shared by every copy of the bundle.
 */

const ATTRIBUTE = 'data-clinic-widgets-announcer';
let lastText = '';
let lastAt = -Infinity;

function region(): HTMLElement {
  let live = document.querySelector<HTMLElement>(`[${ATTRIBUTE}]`);
  if (!live) {
    live = document.createElement('div');
    live.setAttribute(ATTRIBUTE, '');
    live.setAttribute('aria-live', 'polite');
    // Styled through the CSSOM, which a strict Content-Security-Policy allows.
    Object.assign(live.style, {
      position: 'absolute',
      width: '1px',
      height: '1px',
      overflow: 'hidden',
      clipPath: 'inset(50%)',
      whiteSpace: 'nowrap',
    });
    document.body.append(live);
  }
  return live;
}

/**
 * Says `text` politely, once: the same text asked for again within a second (by the next widget reacting
 * to the same change) is not repeated.
 */
export function announce(text: string, lang: string): void {
  const now = performance.now();
  if (!text || (text === lastText && now - lastAt < 1000)) return;
  lastText = text;
  lastAt = now;
  const live = region();
  live.lang = lang;
  live.textContent = text;
}
