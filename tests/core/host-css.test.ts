import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.ts';

/**
 * What the stock Vite React and Vue templates and heavy-handed themes put around a widget: a centred app
 * root, and rules on every element with !important. The widgets' own text must not change.
 */
const HOSTILE_CSS = `
  #app { text-align: center; line-height: 3; letter-spacing: 0.3em; text-transform: uppercase; white-space: pre; }
  * { color: rgb(255, 0, 0) !important; text-align: center !important; text-transform: uppercase !important; }
`;

const TAGS = ['session-length-picker', 'booking-button', 'symptom-checker', 'stretch-card'];

/** The text properties a page could disturb, for each text-bearing element inside the widget. */
function textStyles(widget: HTMLElement): string[] {
  const inner = [
    ...widget.shadowRoot!.querySelectorAll<HTMLElement>('p, li, span, legend, h2, a, button, dd, dt, label'),
  ];
  return inner.map((element) => {
    const computed = getComputedStyle(element);
    const properties = ['color', 'textAlign', 'lineHeight', 'letterSpacing', 'textTransform', 'whiteSpace'] as const;
    return `${element.localName}.${element.className}: ${properties.map((name) => computed[name]).join(' | ')}`;
  });
}

describe('host page CSS', () => {
  let style: HTMLStyleElement;
  beforeEach(() => {
    style = document.createElement('style');
    style.textContent = HOSTILE_CSS;
    style.disabled = true;
    document.head.append(style);
  });
  afterEach(() => style.remove());

  for (const tag of TAGS) {
    it(`<${tag}> keeps its own alignment, colour, line height, spacing, white-space and case, and passes axe`, async () => {
      const app = await fixture(
        html`<div id="app">
          <clinic-provider provider="calcom" booking-url="https://cal.com/clinic/massage"></clinic-provider>
        </div>`,
      );
      const widget = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
      if (tag === 'stretch-card') widget.setAttribute('stretch', 'hamstring');
      app.querySelector('clinic-provider')!.append(widget);
      await widget.updateComplete;
      const own = textStyles(widget);
      expect(own.length, 'has text elements').to.be.above(0);
      style.disabled = false;
      expect(textStyles(widget)).to.deep.equal(own);
      await expect(widget).to.be.accessible();
    });
  }
});
