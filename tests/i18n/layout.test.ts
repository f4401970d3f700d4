import { expect, fixture, html, aTimeout } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/index.ts';
import { loadStrings } from '../../src/core/i18n.ts';
import es from '../../src/locales/es.ts';
import fr from '../../src/locales/fr.ts';
import {
  SCIATICA,
  answerByKeyboard,
  focused,
  headingText,
  run,
  tabUntil,
  viewOf,
  type Checker,
} from '../symptom-checker/harness.ts';
import { keyboard } from '../helpers/keyboard.ts';

/** Longer words at 320 px (issue 14): what the Spanish and French pages showed in screenshots. */
describe('translated text at 320 px', () => {
  let pageLanguage: string;
  before(async () => {
    pageLanguage = document.documentElement.lang;
    await setViewport({ width: 320, height: 640 });
    await Promise.all([loadStrings('es'), loadStrings('fr')]);
  });
  after(async () => {
    document.documentElement.lang = pageLanguage;
    await setViewport({ width: 800, height: 600 });
  });

  it('never breaks the phone number across lines (French, in a narrow column)', async () => {
    document.documentElement.lang = 'fr';
    const column = await fixture(
      html`<div style="width: 220px">
        <booking-button booking-url="https://example.com/r" phone="(907) 555-0142"></booking-button>
      </div>`,
    );
    const button = column.querySelector('booking-button')!;
    await button.updateComplete;
    await aTimeout(0);
    const number = button.shadowRoot!.querySelector('[part="phone"] .phone-number')!;
    expect(number.textContent).to.equal('(907) 555-0142');
    const lines = new Set([...number.getClientRects()].map((rect) => Math.round(rect.top)));
    expect(lines.size, 'the number on one line').to.equal(1);
  });

  for (const language of ['en-US', 'es', 'fr']) {
    it(`keeps the space between "or call" and the number (${language})`, async () => {
      document.documentElement.lang = language;
      const button = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
        html`<booking-button booking-url="https://example.com/r" phone="(907) 555-0142"></booking-button>`,
      );
      await button.updateComplete;
      const link = button.shadowRoot!.querySelector('[part="phone"]')!;
      const number = link.querySelector('.phone-number')!;
      const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
      let words: Node | null = walker.nextNode();
      while (words && !words.textContent!.trim()) words = walker.nextNode();
      expect(words!.textContent, 'the words come first').to.match(/\S $/);
      // The words without their last character, the space: what is between them and the number.
      const range = document.createRange();
      range.setStart(words!, 0);
      range.setEnd(words!, words!.textContent!.length - 1);
      const gap = number.getBoundingClientRect().left - range.getBoundingClientRect().right;
      expect(gap, 'the space is drawn').to.be.at.least(2);
    });
  }

  it('keeps most of a stretch card for the dose values when a label is long (Spanish)', async () => {
    document.documentElement.lang = 'es';
    const card = await fixture(html`<stretch-card stretch="hamstring"></stretch-card>`);
    await (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const dose = card.shadowRoot!.querySelector('[part="dose"]')!;
    expect(dose.textContent).to.contain(es.strings['stretch.often']);
    const label = dose.querySelector('dt')!.getBoundingClientRect().width;
    const value = dose.querySelector('dd')!.getBoundingClientRect().width;
    expect(value, `values ${value} px, labels ${label} px`).to.be.greaterThan(label);
  });

  for (const [language, pack] of [
    ['es', es],
    ['fr', fr],
  ] as const) {
    it(`takes a ${language} visitor to a result by keyboard alone, within 320 px`, async () => {
      document.documentElement.lang = language;
      const checker = await fixture<Checker>(html`<symptom-checker></symptom-checker>`);
      await checker.updateComplete;
      const named = (key: keyof typeof pack.strings) => (button: HTMLElement | null) =>
        button?.textContent?.trim() === pack.strings[key];
      await tabUntil(checker, keyboard, named('symptom.start'));
      await sendKeys({ press: 'Enter' });
      await checker.updateComplete;
      await run(checker, SCIATICA, async (el, plan) => {
        expect(el.scrollWidth, `${viewOf(el)} fits`).to.be.at.most(el.clientWidth + 1);
        await answerByKeyboard(keyboard)(el, plan);
      });
      await tabUntil(checker, keyboard, named('symptom.see'));
      await sendKeys({ press: 'Enter' });
      await checker.updateComplete;
      expect(headingText(checker)).to.contain(pack.strings['symptom.massage-ok']);
      expect(focused(checker)?.classList.contains('step-heading'), 'focus on the result heading').to.equal(true);
      expect(checker.scrollWidth, 'the result fits').to.be.at.most(checker.clientWidth + 1);
    });
  }

  it("shows the disclosure's triangle on the result's stretches", async () => {
    const checker = await fixture(html`<symptom-checker></symptom-checker>`);
    // The rule as shipped, read from the element's own stylesheet (flex would hide the triangle).
    const sheets = (checker.shadowRoot!.adoptedStyleSheets ?? []).flatMap((sheet) => [...sheet.cssRules]);
    const summary = sheets.find(
      (rule) => rule instanceof CSSStyleRule && rule.selectorText === 'summary',
    ) as CSSStyleRule;
    expect(summary?.style.display).to.equal('list-item');
  });
});
