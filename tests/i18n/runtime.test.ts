import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.ts';
import { loadStrings, registerStrings, translate, translatePlural } from '../../src/core/i18n.ts';
import { bookingStrings } from '../../src/booking-button/strings.ts';
import es from '../../src/locales/es.ts';
import fr from '../../src/locales/fr.ts';
import { captureWarnings } from '../helpers/warnings.ts';
import { textOf } from '../helpers/visible-text.ts';
import type { Translation } from '../../src/locales/translation.ts';

/** Languages at run time (issue 14): switching, late strings, plurals, regions. */

const topLanguage = (element: Element) => element.shadowRoot!.firstElementChild?.getAttribute('lang');

/** Waits for a re-render that follows a language change (waitUntil fails with `what`). */
const until = (check: () => boolean, what: string) => waitUntil(check, what, { timeout: 2000 });

describe('languages at run time (issue 14)', () => {
  let pageLanguage: string;
  beforeEach(() => {
    pageLanguage = document.documentElement.lang;
  });
  afterEach(() => {
    document.documentElement.lang = pageLanguage;
  });

  it('follows <html lang> when it changes, and marks the text with its language', async () => {
    document.documentElement.lang = 'en';
    const picker = await fixture(html`<session-length-picker></session-length-picker>`);
    expect(textOf(picker)).to.contain('Session length');
    document.documentElement.lang = 'es';
    await until(() => textOf(picker).includes(es.strings['picker.label']), 'Spanish after lang="es"');
    expect(topLanguage(picker)).to.equal('es');
    document.documentElement.lang = 'fr-CA';
    await until(() => textOf(picker).includes(fr.strings['picker.label']), 'French after lang="fr-CA"');
    expect(topLanguage(picker)).to.equal('fr');
  });

  it("follows the provider's locale when it changes, whatever the page's language", async () => {
    document.documentElement.lang = 'en';
    const provider = await fixture(
      html`<clinic-provider booking-url="https://example.com/book">
        <booking-button minutes="60"></booking-button>
      </clinic-provider>`,
    );
    const button = provider.querySelector('booking-button')!;
    await until(() => textOf(button).includes('Book a 60-minute massage'), 'English first');
    provider.setAttribute('locale', 'fr');
    const french = translate('fr', 'booking.label', { minutes: 60 });
    await until(() => textOf(button).includes(french), `French: ${french}`);
    expect(topLanguage(button)).to.equal('fr');
    provider.removeAttribute('locale');
    await until(() => textOf(button).includes('Book a 60-minute massage'), 'back to the page language');
  });

  it("re-says a running timer's phase in the new language, with no phase change", async () => {
    document.documentElement.lang = 'en';
    const card = await fixture<HTMLElement & { now: () => number; updateComplete: Promise<unknown> }>(
      html`<stretch-card stretch="hamstring" .now=${() => 0}></stretch-card>`,
    );
    const status = () => card.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
    const completes: Event[] = [];
    card.addEventListener('stretch-complete', (event) => completes.push(event));
    card.shadowRoot!.querySelector<HTMLButtonElement>('button.main')!.click();
    await card.updateComplete;
    expect(status()).to.match(/^Hold for 20 seconds/);
    document.documentElement.lang = 'es';
    await until(() => status().startsWith(translate('es', 'stretch.hold.now')), `Spanish: ${status()}`);
    expect(completes).to.have.length(0);
  });

  it('shows strings registered after the first render', async () => {
    const button = await fixture(
      html`<booking-button minutes="90" booking-url="https://example.com/b"></booking-button>`,
    );
    expect(textOf(button)).to.contain('Book a 90-minute massage');
    registerStrings('en', { 'booking.label': 'Reserve {minutes} minutes with us' });
    try {
      await until(() => textOf(button).includes('Reserve 90 minutes with us'), 'the late string');
    } finally {
      registerStrings('en', { 'booking.label': bookingStrings['booking.label'] });
    }
  });

  it('lets a clinic add a language; what it leaves out stays English, numbers and all', async () => {
    registerStrings('de', { 'picker.label': 'Sitzungsdauer' });
    document.documentElement.lang = 'de-DE';
    const picker = await fixture(html`<session-length-picker></session-length-picker>`);
    await until(() => textOf(picker).includes('Sitzungsdauer'), 'the German label');
    expect(topLanguage(picker)).to.equal('de');
  });

  it('warns once about a key that does not exist or a value of the wrong shape, and skips it', async () => {
    const warnings = await captureWarnings(() => {
      // The README once named this key; it never existed (it is booking.label).
      registerStrings('fr', { 'booking.book': 'Réserver' } as unknown as Partial<Translation>);
      registerStrings('fr', { 'booking.close': 42 } as unknown as Partial<Translation>);
    });
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.contain('booking.book');
    expect(warnings[1]).to.contain('booking.close');
    expect(translate('fr', 'booking.close')).to.equal(fr.strings['booking.close']);
  });

  describe('plurals, chosen with Intl.PluralRules', () => {
    before(() => Promise.all([loadStrings('es'), loadStrings('fr')]));

    it('English: one and other', () => {
      expect(translatePlural('en', 'stretch.times', 1)).to.equal('1 time');
      expect(translatePlural('en', 'stretch.times', 3)).to.equal('3 times');
      expect(translatePlural('en', 'symptom.duration.weeks', 1)).to.equal('1 week');
    });

    it('French says "one" for 0 and 1, and groups thousands its own way', () => {
      const times = fr.strings['stretch.times'];
      expect(translatePlural('fr', 'stretch.times', 0)).to.equal(times.one.replace('{n}', '0'));
      expect(translatePlural('fr', 'stretch.times', 1)).to.equal(times.one.replace('{n}', '1'));
      expect(translatePlural('fr', 'stretch.times', 2)).to.equal(times.other.replace('{n}', '2'));
      expect(translatePlural('fr', 'stretch.times', 1200)).to.contain('1\u202f200');
    });

    it('Spanish: one for 1 only', () => {
      const weeks = es.strings['symptom.duration.weeks'];
      expect(translatePlural('es', 'symptom.duration.weeks', 1)).to.equal(weeks.one.replace('{n}', '1'));
      expect(translatePlural('es', 'symptom.duration.weeks', 0)).to.equal(weeks.other.replace('{n}', '0'));
    });

    it("uses every category a clinic's language has (Polish: one, few, many)", () => {
      registerStrings('pl', {
        'stretch.times': { one: '{n} raz', few: '{n} razy', many: '{n} razów', other: '{n} razy' },
      });
      expect(translatePlural('pl', 'stretch.times', 1)).to.equal('1 raz');
      expect(translatePlural('pl', 'stretch.times', 3)).to.equal('3 razy');
      expect(translatePlural('pl', 'stretch.times', 5)).to.equal('5 razów');
      expect(translatePlural('pl', 'stretch.times', 22)).to.equal('22 razy');
    });
  });

  describe('regions', () => {
    const numberShown = (checker: Element) => /\b(911|112|999)\b/.exec(textOf(checker))?.[1];
    for (const [locale, number] of [
      ['es-MX', '911'],
      ['es-US', '911'],
      ['es-ES', '112'],
      ['es', '112'],
      ['fr-CA', '911'],
      ['fr-FR', '112'],
    ]) {
      it(`${locale} calls ${number}`, async () => {
        const provider = await fixture(
          html`<clinic-provider locale=${locale}><symptom-checker></symptom-checker></clinic-provider>`,
        );
        const checker = provider.querySelector('symptom-checker')!;
        await until(() => numberShown(checker) !== undefined, 'an emergency number on the start page');
        expect(numberShown(checker)).to.equal(number);
        expect(topLanguage(checker)).to.equal(locale.slice(0, 2));
      });
    }

    it("the clinic's emergency-number still wins", async () => {
      const provider = await fixture(
        html`<clinic-provider locale="es-MX" emergency-number="999">
          <symptom-checker></symptom-checker>
        </clinic-provider>`,
      );
      const checker = provider.querySelector('symptom-checker')!;
      await until(() => numberShown(checker) !== undefined, 'an emergency number');
      expect(numberShown(checker)).to.equal('999');
    });

    it("uses a region's own words for its services, and the language's elsewhere", async () => {
      for (const pack of [es, fr]) {
        for (const [region, words] of Object.entries(pack.regions ?? {})) {
          await loadStrings(region);
          for (const [key, text] of Object.entries(words as Record<string, string>)) {
            if (typeof text === 'string' && !text.includes('{')) {
              expect(translate(region, key as never), `${region} ${key}`).to.equal(text);
            }
          }
        }
      }
    });
  });
});
