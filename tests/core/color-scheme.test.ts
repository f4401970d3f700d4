import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { ClinicElement } from '../../src/core/clinic-element.ts';

/** Renders one line of text in the shared text colour, as every widget does. */
class SchemeProbe extends ClinicElement {
  override render() {
    return html`<p>Text</p>`;
  }
}
customElements.define('scheme-probe', SchemeProbe);

const textColour = (element: SchemeProbe) => getComputedStyle(element.shadowRoot!.querySelector('p')!).color;
const LIGHT_TEXT = 'rgb(28, 33, 38)'; // #1c2126, readable on white
const DARK_TEXT = 'rgb(238, 241, 244)'; // #eef1f4, readable on a dark background

describe('colour scheme', () => {
  afterEach(async () => {
    document.documentElement.style.colorScheme = '';
    document.documentElement.style.removeProperty('--clinic-color-scheme');
    await emulateMedia({ colorScheme: 'light' });
  });

  it('on a light-only page stays light even when the visitor prefers dark (never light text on white)', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const probe = await fixture<SchemeProbe>(html`<scheme-probe></scheme-probe>`);
    expect(textColour(probe)).to.equal(LIGHT_TEXT);
  });

  it("follows the visitor's preference on a page that declares color-scheme: light dark", async () => {
    document.documentElement.style.colorScheme = 'light dark';
    await emulateMedia({ colorScheme: 'dark' });
    const probe = await fixture<SchemeProbe>(html`<scheme-probe></scheme-probe>`);
    expect(textColour(probe)).to.equal(DARK_TEXT);
    await emulateMedia({ colorScheme: 'light' });
    expect(textColour(probe)).to.equal(LIGHT_TEXT);
  });

  it('--clinic-color-scheme overrides the page (an always-dark site that declares nothing)', async () => {
    document.documentElement.style.setProperty('--clinic-color-scheme', 'dark');
    const probe = await fixture<SchemeProbe>(html`<scheme-probe></scheme-probe>`);
    expect(textColour(probe)).to.equal(DARK_TEXT);
  });
});
