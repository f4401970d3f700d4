import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import '../../src/clinic-provider/clinic-provider.ts';
import type { ClinicProvider } from '../../src/clinic-provider/clinic-provider.ts';
import { ClinicElement } from '../../src/core/clinic-element.ts';
import { MAX_LENGTH, parseBoolean, parseEnum, parseHttpUrl, parseWholeNumber, readText } from '../../src/core/parse.ts';
import { describeValue, SHOWN_VALUE_LENGTH } from '../../src/core/warnings.ts';
import { parseOpeningHours } from '../../src/core/hours.ts';
import { parseServiceMap, parseSessions } from '../../src/core/sessions.ts';
import { defaultSettings, type ClinicSettings } from '../../src/core/settings.ts';
import { lockScroll, scrollLocks } from '../../src/core/scroll-lock.ts';
import { announce } from '../../src/core/announcer.ts';
import { VisibleTicker } from '../../src/core/controllers/visible-ticker.ts';
import { captureWarnings } from '../helpers/warnings.ts';
import { observePage } from '../helpers/page-problems.ts';
import { WRONG_TYPES } from '../helpers/values.ts';

const host = () => document.createElement('demo-element');

describe('core/parse: any JavaScript value, one warning, the documented fallback', () => {
  it('readText takes strings and finite numbers, and warns about every other type', async () => {
    const element = host();
    const warnings = await captureWarnings(() => {
      expect(readText(element, 'phone', '  555 0100 ', 'none')).to.equal('555 0100');
      expect(readText(element, 'phone', 911, 'none')).to.equal('911');
      expect(readText(element, 'phone', null, 'none')).to.equal(undefined);
      expect(readText(element, 'phone', undefined, 'none')).to.equal(undefined);
      expect(readText(element, 'phone', '   ', 'none')).to.equal(undefined);
      for (const value of [true, [1], { a: 1 }, () => 1, NaN, Symbol('s'), 10n]) {
        expect(readText(element, 'phone', value, 'none'), String(typeof value)).to.equal(undefined);
      }
    });
    expect(warnings).to.have.length(7);
    expect(warnings[0]).to.equal('<demo-element> attribute "phone": true is not text; using none');
    expect(warnings[3]).to.equal('<demo-element> attribute "phone": a function is not text; using none');
  });

  it('caps text at its documented length and cuts the value shown in the warning to about 80 characters', async () => {
    const element = host();
    const long = 'x'.repeat(100_000);
    const warnings = await captureWarnings(() => {
      expect(readText(element, 'heading', long, 'the title')).to.equal(undefined);
      expect(parseHttpUrl(element, 'booking-url', `https://a.example/${'a'.repeat(MAX_LENGTH.url)}`, 'none')).to.equal(
        undefined,
      );
      expect(
        parseHttpUrl(element, 'booking-url', `https://a.example/${'a'.repeat(1000)}`, 'none'),
      ).to.have.length.above(1000);
    });
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.contain(`is longer than ${MAX_LENGTH.text} characters; using the title`);
    expect(warnings[0].length).to.be.below(200);
    expect(describeValue(long)).to.have.length(SHOWN_VALUE_LENGTH);
  });

  it('parseEnum, parseWholeNumber and parseBoolean accept every type without throwing', async () => {
    const element = host();
    await captureWarnings(() => {
      for (const value of WRONG_TYPES) {
        expect(parseEnum(element, 'mode', value, ['link', 'popup'], 'link')).to.equal('link');
        expect(parseWholeNumber(element, 'hold', value, 20, 600, 1)).to.be.oneOf([20, 1]);
        expect(parseBoolean(element, 'compact', value)).to.be.a('boolean');
      }
    });
    expect(parseWholeNumber(element, 'hold', 30, 20, 600)).to.equal(30);
    const fraction = await captureWarnings(() => expect(parseWholeNumber(element, 'hold', 2.5, 20, 600)).to.equal(20));
    expect(fraction).to.have.length(1);
    expect(parseBoolean(element, 'compact', '')).to.equal(true);
    expect(parseBoolean(element, 'compact', 'false')).to.equal(false);
    expect(parseBoolean(element, 'compact', null)).to.equal(false);
  });

  it('a value warns once per element, input and problem, however often it is parsed', async () => {
    const element = host();
    const warnings = await captureWarnings(() => {
      for (let i = 0; i < 5; i++) parseEnum(element, 'mode', 'sideways', ['link', 'popup'], 'link');
      parseEnum(host(), 'mode', 'sideways', ['link', 'popup'], 'link');
    });
    expect(warnings).to.have.length(2);
  });

  it('lists: one warning per bad item, or one for the whole value when nothing is usable', async () => {
    const element = host();
    const warnings = await captureWarnings(() => {
      expect(parseSessions(element, 'sessions', '60, abc, 90').map((s) => s.minutes)).to.deep.equal([60, 90]);
      expect(parseSessions(element, 'sessions', 'abc, def').map((s) => s.minutes)).to.deep.equal([60, 90]);
      expect(parseSessions(element, 'sessions', [60, 90]).map((s) => s.minutes)).to.deep.equal([60, 90]);
      expect([...parseServiceMap(element, 'services', { 60: 'a' })]).to.deep.equal([]);
    });
    expect(warnings).to.deep.equal([
      '<demo-element> attribute "sessions": "abc" is not a session length (minutes, or minutes:price); using the other lengths',
      '<demo-element> attribute "sessions": "abc, def" has no valid session length; using 60 and 90 minutes',
      '<demo-element> attribute "sessions": [60,90] is not text; using 60 and 90 minutes',
      '<demo-element> attribute "services": {"60":"a"} is not text; using no service ids',
    ]);
  });

  it('opening hours: the inputs that made the old parser backtrack are read, or refused, correctly', () => {
    expect(parseOpeningHours(`Mo${' '.repeat(400)}x`)).to.equal(undefined);
    expect(parseOpeningHours(`Mo${' '.repeat(400)}09:00-17:00`)![0]).to.deep.equal([{ open: 540, close: 1020 }]);
    expect(parseOpeningHours('Mo09:00-17:00')).to.equal(undefined);
    expect(parseOpeningHours('Mo-Fr-Sa 09:00-17:00')).to.equal(undefined);
    expect(parseOpeningHours('Mo 09:00-12:00-13:00')).to.equal(undefined);
  });
});

/** A widget that exposes its settings and can be told to fail, to see containment work. */
class ContainedWidget extends ClinicElement {
  static override properties = { ...ClinicElement.properties, explode: { type: Boolean } };
  explode = false;
  renders = 0;
  get settings(): ClinicSettings {
    return this.clinic;
  }
  override render() {
    this.renders++;
    if (this.explode) throw new Error('boom');
    return litHtml`<p>working</p>`;
  }
}
customElements.define('contained-widget', ContainedWidget);

describe('containment: an error inside one widget stays inside it', () => {
  it('shows "not available right now", logs one console.error, raises nothing on the page, and recovers', async () => {
    let widget!: ContainedWidget;
    const { errors, uncaught } = await observePage(async () => {
      widget = await fixture<ContainedWidget>(html`<contained-widget explode></contained-widget>`);
      widget.requestUpdate();
      await widget.updateComplete;
    });
    expect(widget.shadowRoot!.textContent).to.contain('not available right now');
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain('<contained-widget>');
    expect(uncaught).to.deep.equal([]);
    await expect(widget).to.be.accessible();

    widget.explode = false;
    await widget.updateComplete;
    expect(widget.shadowRoot!.textContent).to.contain('working');
  });
});

describe('<clinic-provider> inputs from code', () => {
  const properties = [
    'clinicName',
    'timezone',
    'hours',
    'leadTime',
    'sessions',
    'currency',
    'locale',
    'provider',
    'bookingUrl',
    'services',
    'phone',
    'emergencyNumber',
  ] as const;

  it('every property takes any value before and after upgrade and gives the defaults', async () => {
    for (const value of WRONG_TYPES) {
      await captureWarnings(async () => {
        // Created in a document without a browsing context, so it upgrades only when adopted and connected.
        const early = document.implementation.createHTMLDocument().createElement('clinic-provider') as ClinicProvider;
        for (const property of properties) (early as unknown as Record<string, unknown>)[property] = value;
        const root = await fixture<ClinicProvider>(html`<div></div>`);
        root.append(document.adoptNode(early));
        await early.updateComplete;
        const defaults = defaultSettings();
        const wholeNumber = typeof value === 'number' && Number.isInteger(value) && value >= 0;
        expect(early.settings.leadTime, describeValue(value)).to.equal(wholeNumber ? value : 180);
        expect(early.settings.provider).to.equal('link');
        expect(early.settings.sessions.map((s) => s.minutes)).to.deep.equal([60, 90]);
        expect(early.settings.locale).to.equal(defaults.locale);
        expect(early.settings.bookingUrl).to.equal(undefined);
        for (const property of properties) (early as unknown as Record<string, unknown>)[property] = value;
        await early.updateComplete;
        expect(early.settings.emergencyNumber).to.equal(defaults.emergencyNumber);
      });
    }
  });

  it('removing an attribute (or binding it to undefined) restores the default, and widgets follow', async () => {
    const root = await fixture<ClinicProvider>(
      html` <clinic-provider
        clinic-name="Harbour"
        hours="Mo-Fr 09:00-17:00"
        currency="USD"
        phone="555 0100"
        lead-time="60"
        provider="calcom"
        booking-url="https://cal.com/x"
        sessions="45, 75"
        services="45:a"
        locale="en-GB"
        timezone="America/Anchorage"
        emergency-number="999"
      >
        <contained-widget></contained-widget>
      </clinic-provider>`,
    );
    const widget = root.querySelector('contained-widget') as ContainedWidget;
    for (const attribute of [...root.getAttributeNames()]) root.removeAttribute(attribute);
    await root.updateComplete;
    const defaults = defaultSettings();
    const plain = (settings: ClinicSettings) =>
      JSON.parse(JSON.stringify({ ...settings, services: [...settings.services] }));
    expect(plain(widget.settings)).to.deep.equal(plain(defaults));
    root.clinicName = undefined;
    root.hours = undefined;
    await root.updateComplete;
    expect(widget.settings.clinicName).to.equal('');
  });

  it('an update that changes nothing re-renders no widget', async () => {
    const root = await fixture<ClinicProvider>(
      html`<clinic-provider lead-time="60"><contained-widget></contained-widget></clinic-provider>`,
    );
    const widget = root.querySelector('contained-widget') as ContainedWidget;
    await widget.updateComplete;
    const before = widget.renders;
    root.leadTime = '60';
    root.requestUpdate();
    await root.updateComplete;
    await widget.updateComplete;
    expect(widget.renders).to.equal(before);
    root.leadTime = '90';
    await root.updateComplete;
    await widget.updateComplete;
    expect(widget.renders).to.equal(before + 1);
  });
});

describe('shared pieces', () => {
  it('scroll lock is reference-counted and each release works once', () => {
    const root = document.documentElement.style;
    root.overflow = 'clip';
    const first = lockScroll();
    const second = lockScroll();
    expect(root.overflow).to.equal('hidden');
    first();
    first();
    expect(scrollLocks()).to.equal(1);
    expect(root.overflow).to.equal('hidden');
    second();
    expect(scrollLocks()).to.equal(0);
    expect(root.overflow).to.equal('clip');
    root.overflow = '';
  });

  it('the announcer says a text once however many widgets ask, in one live region', () => {
    announce('Same-day appointments: book by 3:00 PM today', 'en');
    announce('Same-day appointments: book by 3:00 PM today', 'en');
    const regions = document.querySelectorAll('[data-clinic-widgets-announcer]');
    expect(regions).to.have.length(1);
    expect(regions[0].getAttribute('aria-live')).to.equal('polite');
    expect(regions[0].textContent).to.equal('Same-day appointments: book by 3:00 PM today');
    expect(regions[0].getAttribute('lang'), 'the language of what it says').to.equal('en');
  });

  it('VisibleTicker ticks while connected and leaves no timer after removal, even when removed mid-update', async () => {
    class TickingWidget extends ClinicElement {
      ticks = 0;
      ticker = new VisibleTicker(this, () => 5);
      override render() {
        this.ticks++;
        return litHtml`tick`;
      }
    }
    customElements.define('ticking-widget', TickingWidget);
    const widget = await fixture<TickingWidget>(html`<ticking-widget></ticking-widget>`);
    // Ticking: a few renders come by themselves (waited for, not timed: a loaded machine is slow).
    await waitUntil(() => widget.ticks > 2, 'the ticker re-renders', { timeout: 2000 });
    widget.requestUpdate();
    widget.remove();
    await widget.updateComplete;
    expect(widget.ticker.pending).to.equal(false);
    const after = widget.ticks;
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(widget.ticks).to.equal(after);
  });
});
