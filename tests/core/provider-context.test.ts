import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { createContext, ContextConsumer } from '@lit/context';
import { LitElement } from 'lit';
import '../../src/clinic-provider/clinic-provider.ts';
import type { ClinicProvider } from '../../src/clinic-provider/clinic-provider.ts';
import { ClinicElement } from '../../src/core/clinic-element.ts';
import { clinicContext } from '../../src/core/context.ts';
import type { ClinicSettings } from '../../src/core/settings.ts';
import { captureWarnings } from '../helpers/warnings.ts';

/** A minimal widget that exposes what it receives, so the tests can see the context at work. */
class ProbeWidget extends ClinicElement {
  get settings(): ClinicSettings {
    return this.clinic;
  }
}
customElements.define('probe-widget', ProbeWidget);

const probe = (root: ParentNode = document) => root.querySelector('probe-widget') as ProbeWidget;

describe('<clinic-provider> context', () => {
  it('gives nested widgets its parsed settings', async () => {
    const root = await fixture(
      html` <clinic-provider
        clinic-name="Harbour Massage"
        timezone="America/Anchorage"
        sessions="60:95, 90:135"
        currency="usd"
        lead-time="120"
        locale="en-GB"
        provider="calcom"
        booking-url="https://cal.com/harbour/massage"
        services="60:a1, 90:b2"
        phone="+1 907 555 0142"
        hours="Mo-Fr 09:00-17:00"
      >
        <div><probe-widget></probe-widget></div>
      </clinic-provider>`,
    );
    const { settings } = probe(root);
    expect(settings.clinicName).to.equal('Harbour Massage');
    expect(settings.timeZone).to.equal('America/Anchorage');
    expect(settings.leadTime).to.equal(120);
    expect(settings.currency).to.equal('USD');
    expect(settings.locale).to.equal('en-GB');
    expect(settings.emergencyNumber).to.equal('999');
    expect(settings.provider).to.equal('calcom');
    expect(settings.bookingUrl).to.equal('https://cal.com/harbour/massage');
    expect([...settings.services]).to.deep.equal([
      [60, 'a1'],
      [90, 'b2'],
    ]);
    expect(settings.sessions).to.deep.equal([
      { minutes: 60, price: 95 },
      { minutes: 90, price: 135 },
    ]);
    expect(settings.hours![0]).to.deep.equal([{ open: 540, close: 1020 }]);
  });

  it('updates nested widgets when an attribute changes', async () => {
    const root = await fixture<ClinicProvider>(
      html`<clinic-provider lead-time="60"><probe-widget></probe-widget></clinic-provider>`,
    );
    root.setAttribute('lead-time', '240');
    await root.updateComplete;
    expect(probe(root).settings.leadTime).to.equal(240);
  });

  it('uses documented defaults on a page with no provider', async () => {
    const widget = await fixture<ProbeWidget>(html`<probe-widget></probe-widget>`);
    expect(widget.settings.leadTime).to.equal(180);
    expect(widget.settings.sessions.map((s) => s.minutes)).to.deep.equal([60, 90]);
    expect(widget.settings.provider).to.equal('link');
    expect(widget.settings.timeZone).to.equal(Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(widget.settings.locale).to.equal(document.documentElement.lang || navigator.language);
  });

  it('serves scattered widgets outside it (separate snippets), including ones added before it', async () => {
    // fixtureSync: fixture() on a plain <div> waits for an animation frame, which a loaded CI machine
    // can withhold from a background window; the widgets' own updateComplete is what matters.
    const page = fixtureSync(
      html`<div>
        <section><probe-widget id="early"></probe-widget></section>
      </div>`,
    );
    await probe(page).updateComplete;
    expect(probe(page).settings.clinicName).to.equal('');
    // The provider arrives later, elsewhere on the page (another WordPress block).
    page.insertAdjacentHTML(
      'beforeend',
      '<footer><clinic-provider clinic-name="Snippet Clinic"></clinic-provider></footer>',
    );
    page.insertAdjacentHTML('beforeend', '<aside><probe-widget id="late"></probe-widget></aside>');
    const [early, late] = [...page.querySelectorAll('probe-widget')] as ProbeWidget[];
    await Promise.all([early.updateComplete, late.updateComplete]);
    expect(early.settings.clinicName).to.equal('Snippet Clinic');
    expect(late.settings.clinicName).to.equal('Snippet Clinic');

    const provider = page.querySelector('clinic-provider')!;
    provider.setAttribute('clinic-name', 'Renamed Clinic');
    await provider.updateComplete;
    expect(early.settings.clinicName).to.equal('Renamed Clinic');

    provider.remove();
    expect(early.settings.clinicName).to.equal('');
  });

  it('prefers the nearest ancestor provider over the page provider', async () => {
    const page = fixtureSync(
      html`<div>
        <clinic-provider clinic-name="Page"></clinic-provider>
        <clinic-provider clinic-name="Nested"><probe-widget></probe-widget></clinic-provider>
      </div>`,
    );
    await probe(page).updateComplete;
    expect(probe(page).settings.clinicName).to.equal('Nested');
  });

  it('answers consumers created with the same key by another copy of the library', async () => {
    // createContext returns its key, and the key is Symbol.for(...): a second copy makes the same one.
    const sameKey = createContext<ClinicSettings>(Symbol.for('clinic-widgets:clinic-settings'));
    expect(sameKey).to.equal(clinicContext);
    class OtherCopyConsumer extends LitElement {
      consumer = new ContextConsumer(this, { context: sameKey, subscribe: true });
    }
    customElements.define('other-copy-consumer', OtherCopyConsumer);
    const root = await fixture(
      html`<clinic-provider clinic-name="Shared"><other-copy-consumer></other-copy-consumer></clinic-provider>`,
    );
    const consumer = root.querySelector('other-copy-consumer') as OtherCopyConsumer;
    expect(consumer.consumer.value?.clinicName).to.equal('Shared');

    // Subscribed: it follows changes, and stops when it leaves (ContextConsumer calls the unsubscribe
    // function the provider handed it).
    const provider = root as ClinicProvider;
    provider.setAttribute('clinic-name', 'Renamed');
    await provider.updateComplete;
    expect(consumer.consumer.value?.clinicName).to.equal('Renamed');
    consumer.remove();
    provider.setAttribute('clinic-name', 'After it left');
    await provider.updateComplete;
    expect(consumer.consumer.value?.clinicName).to.equal('Renamed');
  });
});

describe('<clinic-provider> box', () => {
  // No shadow root (issue 17: its slot made Chromium lay out everything inside it again when it was
  // defined); `display: contents` comes from a stylesheet it adds to the document or shadow root it is in.
  it('has no shadow root and no box: its children are laid out as the page’s own', async () => {
    const root = await fixture<ClinicProvider>(html`<clinic-provider><p>Inside</p></clinic-provider>`);
    await root.updateComplete;
    expect(root.shadowRoot).to.equal(null);
    expect(getComputedStyle(root).display).to.equal('contents');
    expect(root.children).to.have.length(1);
    expect(root.firstElementChild!.localName).to.equal('p');
  });

  it('adds its stylesheet once, and again when the page replaced the list', async () => {
    const first = await fixture<ClinicProvider>(html`<clinic-provider></clinic-provider>`);
    await fixture(html`<clinic-provider></clinic-provider>`);
    const sheets = document.adoptedStyleSheets.filter((sheet) =>
      [...sheet.cssRules].some((rule) => rule.cssText.includes('clinic-provider')),
    );
    expect(sheets).to.have.length(1);
    document.adoptedStyleSheets = [];
    first.remove();
    document.body.append(first);
    expect(getComputedStyle(first).display).to.equal('contents');
    first.remove();
  });

  it('has no box inside another element’s shadow root either', async () => {
    const host = await fixture(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const provider = document.createElement('clinic-provider');
    shadow.append(provider);
    expect(getComputedStyle(provider).display).to.equal('contents');
  });

  it('leaves the last word to the page: its own rule for the provider wins', async () => {
    const root = await fixture(
      html`<div>
        <style>
          clinic-provider {
            display: block;
          }
        </style>
        <clinic-provider></clinic-provider>
      </div>`,
    );
    expect(getComputedStyle(root.querySelector('clinic-provider')!).display).to.equal('block');
  });
});

describe('<clinic-provider> bad input', () => {
  const cases: Array<[string, string, keyof ClinicSettings, unknown]> = [
    ['timezone', 'Mars/Olympus_Mons', 'timeZone', Intl.DateTimeFormat().resolvedOptions().timeZone],
    ['hours', 'Mo-Fr 9-5', 'hours', undefined],
    ['lead-time', 'three hours', 'leadTime', 180],
    ['lead-time', '-30', 'leadTime', 180],
    ['currency', 'dollars', 'currency', undefined],
    ['locale', 'not a locale!', 'locale', document.documentElement.lang || navigator.language],
    ['provider', 'bookly', 'provider', 'link'],
    ['booking-url', 'javascript:alert(1)', 'bookingUrl', undefined],
    ['booking-url', 'data:text/html,hi', 'bookingUrl', undefined],
    ['emergency-number', 'call someone', 'emergencyNumber', '911'],
  ];
  for (const [attribute, value, key, fallback] of cases) {
    it(`${attribute}="${value}" warns once and falls back`, async () => {
      let provider!: ClinicProvider;
      const warnings = await captureWarnings(async () => {
        provider = await fixture<ClinicProvider>(html`<clinic-provider locale="en-US"></clinic-provider>`);
        if (attribute === 'locale') provider.removeAttribute('locale');
        provider.setAttribute(attribute, value);
        await provider.updateComplete;
        provider.requestUpdate();
        await provider.updateComplete;
      });
      expect(warnings).to.deep.equal([
        warnings.find((w) => w.startsWith(`<clinic-provider> attribute "${attribute}": "${value}" `)),
      ]);
      expect(warnings[0]).to.match(/; using .+$/);
      expect(provider.settings[key]).to.deep.equal(fallback);
    });
  }

  it('sessions: warns per bad item, keeps the good ones, and falls back to 60 and 90 when none is left', async () => {
    let provider!: ClinicProvider;
    const warnings = await captureWarnings(async () => {
      provider = await fixture<ClinicProvider>(
        html`<clinic-provider sessions="60, abc, -5, 90:1x0, 90:120, 60"></clinic-provider>`,
      );
    });
    expect(provider.settings.sessions).to.deep.equal([{ minutes: 60 }, { minutes: 90, price: 120 }]);
    expect(warnings).to.have.length(4);
    expect(warnings[0]).to.equal(
      '<clinic-provider> attribute "sessions": "abc" is not a session length (minutes, or minutes:price); using the other lengths',
    );
    const none = await captureWarnings(async () => {
      provider.setAttribute('sessions', 'abc');
      await provider.updateComplete;
    });
    expect(provider.settings.sessions).to.deep.equal([{ minutes: 60 }, { minutes: 90 }]);
    expect(none.some((w) => w.includes('has no valid session length; using 60 and 90 minutes'))).to.be.true;
  });

  it('services: warns about malformed entries and keeps the rest', async () => {
    let provider!: ClinicProvider;
    const warnings = await captureWarnings(async () => {
      provider = await fixture<ClinicProvider>(
        html`<clinic-provider services="60:abc, ninety:def, 90:"></clinic-provider>`,
      );
    });
    expect([...provider.settings.services]).to.deep.equal([[60, 'abc']]);
    expect(warnings).to.have.length(2);
  });
});
