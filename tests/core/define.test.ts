import { expect } from '@open-wc/testing';
import { defineDeferred, deferDefinitions, defineElement } from '../../src/core/define.ts';
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

  it('in the script-tag bundle, registers each element in a task of its own, in order', async () => {
    // As src/bundle.ts does: each definition upgrades that tag's elements already on the page.
    document.body.insertAdjacentHTML('beforeend', '<deferred-one></deferred-one><deferred-two></deferred-two>');
    const upgraded: string[] = [];
    const prepared: string[] = [];
    class One extends HTMLElement {
      // Read when the class is prepared (the task before its definition). The definition reads it only
      // for a class with an attributeChangedCallback, which these have not.
      static get observedAttributes() {
        prepared.push(this.name);
        return [];
      }
      connectedCallback() {
        upgraded.push(this.localName);
      }
    }
    class Two extends One {}
    // No <deferred-absent> on the page: nothing to upgrade, so no task of its own and no preparation.
    class Absent extends One {}
    deferDefinitions();
    defineElement('deferred-one', One);
    defineElement('deferred-absent', Absent);
    defineElement('deferred-two', Two);
    expect(customElements.get('deferred-one'), 'nothing is registered in the module’s own task').to.be.undefined;
    const done = defineDeferred();
    // One turn of the page's tasks, queued after the definitions' first one (same priority, in order).
    const turn = (): Promise<unknown> =>
      (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler?.yield?.() ??
      new Promise((resolve) => setTimeout(resolve));
    await turn();
    expect(prepared, 'after one task: the first class is prepared').to.deep.equal(['One']);
    expect(upgraded, 'after one task: nothing is defined yet').to.deep.equal([]);
    await turn();
    expect(upgraded, 'after two tasks').to.deep.equal(['deferred-one']);
    expect(customElements.get('deferred-absent'), 'a tag not on the page: registered with the one before').to.exist;
    expect(prepared, 'and not prepared').to.deep.equal(['One']);
    await done;
    expect(upgraded).to.deep.equal(['deferred-one', 'deferred-two']);
    defineElement('deferred-three', class extends HTMLElement {});
    expect(customElements.get('deferred-three'), 'later definitions are immediate again').to.exist;
    for (const el of document.querySelectorAll('deferred-one, deferred-two')) el.remove();
  });
});
