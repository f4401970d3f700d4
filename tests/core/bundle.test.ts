import { expect } from '@open-wc/testing';
import { captureWarnings } from '../helpers/warnings.ts';

// Loads the real build (npm test builds first) twice under two URLs, so the whole module, Lit included,
// runs twice, as when a WordPress theme and a plugin both add the script tag.
const BUNDLE = '/dist/clinic-widgets.js';
const TAGS = ['clinic-provider', 'session-length-picker', 'booking-button', 'symptom-checker', 'stretch-card'];

type Bundle = typeof import('../../src/index.ts');

describe('the bundle', () => {
  let first: Bundle;

  before(async () => {
    const response = await fetch(BUNDLE, { method: 'HEAD' });
    if (!response.ok) throw new Error(`${BUNDLE} is missing: run "npm run build" (npm test does) first`);
  });

  it('keeps a tag another script already took, warns once naming both, and registers the rest', async () => {
    class SomeoneElsesCard extends HTMLElement {}
    customElements.define('stretch-card', SomeoneElsesCard);
    const warnings = await captureWarnings(async () => {
      first = await import(`${BUNDLE}?copy=1`);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<stretch-card>').and.contain('another script').and.contain(first.VERSION);
    expect(customElements.get('stretch-card')).to.equal(SomeoneElsesCard);
    for (const tag of TAGS.filter((tag) => tag !== 'stretch-card')) {
      expect(customElements.get(tag), tag).to.exist;
    }
  });

  it('loaded a second time from another URL: no error, and no warning about its own tags', async () => {
    let second!: Bundle;
    const warnings = await captureWarnings(async () => {
      second = await import(`${BUNDLE}?copy=2`);
    });
    // Only the tag the other script took (first test) is mentioned again.
    expect(
      warnings.filter((warning) => !warning.startsWith('<stretch-card> is already defined by another script')),
    ).to.deep.equal([]);
    expect(second.VERSION).to.equal(first.VERSION);
    expect(customElements.get('clinic-provider')).to.equal(first.ClinicProvider);
  });

  it('shares the context key and the session choice between the two copies', async () => {
    const second: Bundle = await import(`${BUNDLE}?copy=2`);
    expect(second.clinicContext).to.equal(first.clinicContext);
    first.setSessionChoice({ minutes: 90 });
    expect(second.getSessionChoice()).to.deep.equal({ minutes: 90 });
  });

  it('reports the version from package.json', async () => {
    const { version } = await (await fetch('/package.json')).json();
    expect(first.VERSION).to.equal(version);
  });
});
