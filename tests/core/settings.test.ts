import { expect, fixture, html } from '@open-wc/testing';
import { emergencyNumberFor } from '../../src/core/settings.ts';
import {
  formatMinutes,
  formatPrice,
  formatSeconds,
  formatWeekday,
  registerStrings,
  translate,
} from '../../src/core/i18n.ts';
import { parseEmergencyNumber, parseEnum, parseWholeNumber, toHttpUrl, toTelHref } from '../../src/core/parse.ts';
import {
  SessionChoiceController,
  getSessionChoice,
  setSessionChoice,
  SESSION_CHANGE,
} from '../../src/core/session-choice.ts';
import { LitElement } from 'lit';
import '../../src/booking-button/strings.ts';
import { captureWarnings } from '../helpers/warnings.ts';

describe('emergencyNumberFor', () => {
  const cases: Record<string, string> = {
    en: '911',
    'en-US': '911',
    'fr-CA': '911',
    'en-GB': '999',
    de: '112',
    'fr-FR': '112',
    'en-AU': '000',
    'en-NZ': '111',
    es: '112',
    'es-MX': '911',
  };
  for (const [locale, number] of Object.entries(cases)) {
    it(`${locale} → ${number}`, () => expect(emergencyNumberFor(locale)).to.equal(number));
  }
  it('falls back to 112 for a tag it cannot read', () => expect(emergencyNumberFor('%%')).to.equal('112'));
});

describe('i18n', () => {
  before(() => {
    // Esperanto: a language with no pack, so only what is registered here.
    registerStrings('eo', { 'booking.call': 'aŭ voku {phone}' });
    registerStrings('eo-AQ', { 'booking.call': 'aŭ telefonu {phone}' });
  });

  it('falls back from region to language to English, and fills placeholders', () => {
    expect(translate('eo-AQ', 'booking.call', { phone: '555' })).to.equal('aŭ telefonu 555');
    expect(translate('eo-FR', 'booking.call', { phone: '555' })).to.equal('aŭ voku 555');
    expect(translate('de', 'booking.call', { phone: '555' })).to.equal('or call 555');
    expect(translate('eo', 'booking.close')).to.equal('Close');
    expect(translate('en', 'booking.missing' as never)).to.equal('booking.missing');
  });

  it('formats minutes, prices and weekdays through Intl in the locale', () => {
    expect(formatMinutes('en-US', 60)).to.equal('60 min');
    expect(formatMinutes('en-US', 90, 'long')).to.equal('90 minutes');
    expect(formatMinutes('de', 90, 'long')).to.equal('90 Minuten');
    expect(formatPrice('en-US', 'USD', 95)).to.equal('$95');
    expect(formatPrice('en-US', 'USD', 95.5)).to.equal('$95.50');
    expect(formatPrice('de-DE', 'EUR', 135).replace(/\s/g, ' ')).to.equal('135 €');
    expect(formatWeekday('en-US', 'America/Anchorage', new Date('2026-06-22T17:00:00Z'))).to.equal('Monday');
  });
});

describe('attribute parsing', () => {
  it('parseEnum and parseWholeNumber warn once per element, attribute and value', async () => {
    const element = document.createElement('demo-element');
    const warnings = await captureWarnings(() => {
      expect(parseEnum(element, 'mode', 'POPUP', ['link', 'popup'], 'link')).to.equal('popup');
      expect(parseEnum(element, 'mode', 'modal', ['link', 'popup'], 'link')).to.equal('link');
      expect(parseEnum(element, 'mode', 'modal', ['link', 'popup'], 'link')).to.equal('link');
      expect(parseWholeNumber(element, 'hold', '30', 20)).to.equal(30);
      expect(parseWholeNumber(element, 'hold', '2.5', 20)).to.equal(20);
      expect(parseWholeNumber(element, 'hold', '999', 20, 600)).to.equal(20);
    });
    expect(warnings).to.deep.equal([
      '<demo-element> attribute "mode": "modal" is not one of link, popup; using link',
      '<demo-element> attribute "hold": "2.5" is not a whole number from 0 to 9007199254740991; using 20',
      '<demo-element> attribute "hold": "999" is not a whole number from 0 to 600; using 20',
    ]);
  });

  it('toHttpUrl accepts only http and https, resolving relative URLs against the page', () => {
    expect(toHttpUrl('https://cal.com/x')?.href).to.equal('https://cal.com/x');
    expect(toHttpUrl('http://example.com')?.href).to.equal('http://example.com/');
    expect(toHttpUrl('/book?x=1')?.href).to.equal(`${location.origin}/book?x=1`);
    for (const bad of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,x',
      'ftp://x',
      'http://[bad',
      '',
      null,
    ]) {
      expect(toHttpUrl(bad), String(bad)).to.equal(undefined);
    }
  });

  it('toTelHref keeps dialable characters', () => {
    expect(toTelHref('(907) 555-0142')).to.equal('tel:9075550142');
    expect(toTelHref('+44 20 7946 0000')).to.equal('tel:+442079460000');
    expect(toTelHref('call us')).to.equal(undefined);
  });
});

describe('page-wide session choice', () => {
  class ChoiceProbe extends LitElement {
    session = new SessionChoiceController(this);
    renders = 0;
    override render() {
      this.renders++;
      return String(this.session.value?.minutes ?? 'none');
    }
  }
  customElements.define('choice-probe', ChoiceProbe);

  it('tells every widget and the page, once per real change', async () => {
    setSessionChoice(undefined);
    const [a, b] = await Promise.all([
      fixture<ChoiceProbe>(html`<choice-probe></choice-probe>`),
      fixture<ChoiceProbe>(html`<choice-probe></choice-probe>`),
    ]);
    const events: unknown[] = [];
    const listener = (event: Event) => events.push((event as CustomEvent).detail);
    document.addEventListener(SESSION_CHANGE, listener);
    a.session.set({ minutes: 90 });
    a.session.set({ minutes: 90 });
    document.removeEventListener(SESSION_CHANGE, listener);
    await Promise.all([a.updateComplete, b.updateComplete]);
    expect(events).to.deep.equal([{ minutes: 90 }]);
    expect(b.shadowRoot!.textContent).to.equal('90');
    expect(getSessionChoice()).to.deep.equal({ minutes: 90 });
  });

  it('a widget that connects later starts from the current value', async () => {
    setSessionChoice({ minutes: 60, service: 'swedish' });
    const late = await fixture<ChoiceProbe>(html`<choice-probe></choice-probe>`);
    expect(late.shadowRoot!.textContent).to.equal('60');
    expect(late.session.value).to.deep.equal({ minutes: 60, service: 'swedish' });
  });
});

describe('shared formatting and parsing helpers', () => {
  it('formatSeconds formats through Intl in the locale', () => {
    expect(formatSeconds('en-US', 20)).to.equal('20 seconds');
    expect(formatSeconds('de', 1)).to.equal('1 Sekunde');
  });

  it('parseEmergencyNumber keeps short numbers, and warns once with the fallback otherwise', async () => {
    const element = document.createElement('demo-element');
    const warnings = await captureWarnings(() => {
      expect(parseEmergencyNumber(element, 'emergency-number', ' 999 ', '911')).to.equal('999');
      expect(parseEmergencyNumber(element, 'emergency-number', '+112', '911')).to.equal('+112');
      expect(parseEmergencyNumber(element, 'emergency-number', '', '911')).to.equal('911');
      expect(parseEmergencyNumber(element, 'emergency-number', 'call us', '911')).to.equal('911');
    });
    expect(warnings).to.deep.equal([
      '<demo-element> attribute "emergency-number": "call us" is not a short phone number; using 911',
    ]);
  });
});
