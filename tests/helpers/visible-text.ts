/**
 * Every piece of text a visitor can see or hear inside the widgets under `root`: text nodes (visually
 * hidden ones too) and the attributes assistive technology reads (`aria-label`, `alt`, `title`...),
 * walked through shadow roots. Slotted light-DOM content is the page's own and is skipped. Each piece
 * carries the language it is marked up in: the nearest `lang`, across shadow boundaries.
 */
export interface TextPiece {
  text: string;
  /** The nearest `lang` attribute's value ('' when none). */
  lang: string;
  /** Where it is, for failure messages: `booking-button > dialog > p`. */
  where: string;
}

const READ_ATTRIBUTES = ['aria-label', 'alt', 'title', 'placeholder', 'aria-description', 'aria-roledescription'];

/** The nearest `lang` of a node, climbing out of shadow roots through their hosts. */
function languageOf(node: Node): string {
  for (let at: Node | null = node; at;) {
    if (at instanceof Element && at.hasAttribute('lang')) return at.getAttribute('lang')!;
    at = at.parentNode ?? (at instanceof ShadowRoot ? at.host : null);
  }
  return '';
}

function pathOf(node: Node): string {
  const names: string[] = [];
  for (let at: Node | null = node instanceof Element ? node : node.parentNode; at && names.length < 6;) {
    if (at instanceof Element) names.unshift(at.localName);
    at = at.parentNode ?? (at instanceof ShadowRoot ? at.host : null);
  }
  return names.join(' > ');
}

/** All of it as one string, for "does the widget say …" checks. */
export const textOf = (root: Element | ShadowRoot): string =>
  visibleText(root)
    .map((piece) => piece.text)
    .join(' ');

export function visibleText(root: Element | ShadowRoot): TextPiece[] {
  const pieces: TextPiece[] = [];
  const add = (text: string | null | undefined, node: Node) => {
    const trimmed = text?.replace(/\s+/g, ' ').trim();
    if (trimmed) pieces.push({ text: trimmed, lang: languageOf(node), where: pathOf(node) });
  };
  const walk = (node: Node, inWidget: boolean) => {
    if (node instanceof Element) {
      if (['STYLE', 'SCRIPT', 'TEMPLATE'].includes(node.tagName)) return;
      // The page-wide live region the widgets announce through (core/announcer.ts) speaks for them.
      if (node.hasAttribute('data-clinic-widgets-announcer')) inWidget = true;
      if (inWidget) for (const name of READ_ATTRIBUTES) add(node.getAttribute(name), node);
      if (node.shadowRoot) {
        for (const child of node.shadowRoot.childNodes) walk(child, true);
        // The light DOM of a widget is slotted page content: not ours to translate.
        if (node.localName.includes('-') && node.localName !== 'clinic-provider') return;
      }
    } else if (node.nodeType === Node.TEXT_NODE && inWidget) {
      add(node.textContent, node);
    }
    for (const child of node.childNodes) walk(child, inWidget);
  };
  walk(root, root instanceof ShadowRoot);
  return pieces;
}
