import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/core/define.ts';
import { VERSION } from '../../src/core/version.ts';
import { captureWarnings } from '../helpers/warnings.ts';

describe('defineElement', () => {
  it('defines a new tag', () => {
    class Fresh extends HTMLElement {}
    defineElement('fresh-element', Fresh);
    expect(customElements.get('fresh-element')).to.equal(Fresh);
  });

  it('is silent when the same version is already registered', async () => {
    class First extends HTMLElement {
      static version = VERSION;
    }
    class Second extends HTMLElement {
      static version = VERSION;
    }
    defineElement('same-version-element', First);
    const warnings = await captureWarnings(() => defineElement('same-version-element', Second));
    expect(warnings).to.deep.equal([]);
    expect(customElements.get('same-version-element')).to.equal(First);
  });

  it('warns once, naming the tag and both versions, when another version holds the tag', async () => {
    class Old extends HTMLElement {
      static version = '0.0.1';
    }
    class Current extends HTMLElement {
      static version = VERSION;
    }
    customElements.define('versioned-element', Old);
    const warnings = await captureWarnings(() => defineElement('versioned-element', Current));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<versioned-element>').and.contain('0.0.1').and.contain(VERSION);
    expect(customElements.get('versioned-element')).to.equal(Old);
  });
});
