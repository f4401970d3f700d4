import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/clinic-provider/clinic-provider.ts';
import '../src/session-length-picker/session-length-picker.ts';
import '../src/booking-button/booking-button.ts';
import '../src/symptom-checker/symptom-checker.ts';
import '../src/stretch-card/stretch-card.ts';
import es from '../src/locales/es.ts';
import fr from '../src/locales/fr.ts';
import type { LanguagePack } from '../src/locales/translation.ts';
import { WEDNESDAY_MORNING, referenceClinic } from './helpers.ts';
import { answer, expectShowing, seeResult, start, type Checker } from '../tests/symptom-checker/harness.ts';

/** How long the widgets may take to show their language: the pack loads on first use. */
const PACK_TIMEOUT = 5_000;

const PACKS: Record<string, LanguagePack> = { es, fr };

/** The page's own words around the widgets, in each language (a clinic writes these itself). */
const PAGE_WORDS: Record<string, { title: string; intro: string; book: string; form: string; stretches: string }> = {
  es: {
    title: 'Masaje para el dolor de espalda',
    intro: 'Empezamos con suavidad y le damos un par de estiramientos para hacer en casa.',
    book: 'Elija su sesión',
    form: 'Solicitar una sesión',
    stretches: 'Estiramientos entre sesiones',
  },
  fr: {
    title: 'Massage pour le mal de dos',
    intro: 'Nous commençons en douceur, et vous repartez avec quelques étirements à faire chez vous.',
    book: 'Choisissez votre séance',
    form: 'Demander une séance',
    stretches: 'Étirements entre les séances',
  },
};

const PAGE_STYLES = html`<style>
  .language-page {
    max-width: 60rem;
    margin: 0 auto;
    padding: 1rem;
  }
  .language-page section {
    padding-block: 1.5rem;
    border-top: 1px solid #68727d;
  }
  .language-page h1 {
    font-size: clamp(1.5rem, 4vw, 2.25rem);
    line-height: 1.2;
  }
  .language-page .two-col {
    display: grid;
    gap: 1.5rem;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr));
  }
</style>`;

const languageOf = (locale: string) => locale.split('-')[0];

/**
 * Every widget on one page in the story's language: the locale comes from the story's `globals` (the
 * toolbar's Locale, which sets `<html lang>`), and the reference clinic's provider follows it.
 */
const meta: Meta = {
  title: 'Pages/Languages',
  // Whole pages, one per language: no generated Docs page.
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen' },
  render: (_args, context: StoryContext) => {
    const words = PAGE_WORDS[languageOf(String(context.globals.locale))] ?? PAGE_WORDS.es;
    return html`
      ${PAGE_STYLES}
      ${referenceClinic(
        html`
          <div class="language-page">
            <main>
              <h1>${words.title}</h1>
              <p>${words.intro}</p>
              <section aria-labelledby="book-title">
                <h2 id="book-title">${words.book}</h2>
                <form aria-label=${words.form}>
                  <session-length-picker name="session" value="60" required></session-length-picker>
                  <p>
                    <booking-button .now=${WEDNESDAY_MORNING} .visitorZone=${'America/Anchorage'}></booking-button>
                  </p>
                </form>
              </section>
              <section>
                <symptom-checker></symptom-checker>
              </section>
              <section aria-labelledby="stretches-title">
                <h2 id="stretches-title">${words.stretches}</h2>
                <div class="two-col">
                  <stretch-card stretch="hamstring"></stretch-card>
                </div>
              </section>
            </main>
          </div>
        `,
        '(907) 555-0142',
      )}
    `;
  },
};
export default meta;

type Story = StoryObj;
type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** A pack's text for `locale`: the region's word when it has its own, else the language's; `{name}` filled. */
function packText(locale: string, key: string, values: Record<string, string | number> = {}): string {
  const pack = PACKS[languageOf(locale)];
  const regional = pack.regions?.[locale] as Record<string, unknown> | undefined;
  const message = regional?.[key] ?? (pack.strings as Record<string, unknown>)[key];
  if (typeof message !== 'string') throw new Error(`The ${languageOf(locale)} pack has no text "${key}".`);
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}

/**
 * The text of a node with runs of ordinary white space (source indentation) as one space. No-break spaces
 * are kept, so French typography ("dos ?", "« … »") is checked as the pack writes it.
 */
const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' ').replace(/^ | $/g, '');

/** Polls `read` until it returns `expected` (or `PACK_TIMEOUT` passes, then fails naming `what`). */
async function waitForText(what: string, read: () => string, expected: string): Promise<void> {
  const until = Date.now() + PACK_TIMEOUT;
  let actual = read();
  while (actual !== expected && Date.now() < until) {
    await new Promise((done) => setTimeout(done, 50));
    actual = read();
  }
  if (actual !== expected) throw new Error(`Expected ${what} to be "${expected}", got "${actual}".`);
}

function expect(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** Each widget's top-level content names the language its text is in. */
function expectLanguage(widget: Widget, language: string): void {
  const tops = [...widget.shadowRoot!.children].filter((child) => child.localName !== 'style');
  expect(tops.length > 0, `<${widget.localName}> rendered nothing.`);
  for (const top of tops)
    expect(
      top.getAttribute('lang') === language,
      `Expected <${top.localName}> at the top of <${widget.localName}> to have lang="${language}", got "${top.getAttribute('lang')}".`,
    );
}

/** The checks every language story runs; the emergency number is the region's (the provider follows lang). */
const checkLanguage =
  (emergencyNumber: string) =>
  async ({ canvasElement, globals }: StoryContext): Promise<void> => {
    const locale = String(globals.locale);
    const language = languageOf(locale);
    expect(
      document.documentElement.lang === locale,
      `Expected the story's globals to set <html lang="${locale}">, got "${document.documentElement.lang}".`,
    );
    const widget = (tag: string) => {
      const found = canvasElement.querySelector<Widget>(tag);
      expect(found, `<${tag}> is missing.`);
      return found;
    };
    const picker = widget('session-length-picker');
    const booking = widget('booking-button');
    const checker = widget('symptom-checker') as Checker;
    const stretch = widget('stretch-card');

    // (a) The widgets draw once the pack is in.
    await waitForText(
      'the picker label',
      () => text(picker.shadowRoot?.querySelector('legend')),
      packText(locale, 'picker.label'),
    );
    await Promise.all([picker, booking, checker, stretch].map((each) => each.updateComplete));

    // (b) The checker's start page, its emergency number, the stretch card and the booking button.
    await waitForText(
      'the checker title',
      () => text(checker.shadowRoot?.querySelector('.step-heading')),
      packText(locale, 'symptom.title'),
    );
    const notFor = packText(locale, 'symptom.notfor', { number: emergencyNumber });
    const startItems = [...checker.shadowRoot!.querySelectorAll('li')].map((item) => text(item));
    expect(
      startItems.includes(notFor),
      `Expected the checker's start page to say "${notFor}" (emergency number ${emergencyNumber}); it lists: ${startItems.join(' | ')}`,
    );
    await waitForText(
      'the stretch card title',
      () => text(stretch.shadowRoot?.querySelector('[part=heading]')),
      packText(locale, 'stretch.hamstring.title'),
    );
    const bookLabel = packText(locale, 'booking.label', { minutes: (60).toLocaleString(locale) });
    const bookText = text(booking.shadowRoot?.querySelector('[part=button]'));
    expect(bookText.includes(bookLabel), `Expected the booking button to say "${bookLabel}", got "${bookText}".`);

    // (c) Every widget marks its content with the language of its text.
    for (const each of [picker, booking, checker, stretch]) expectLanguage(each, language);

    // (d) Through the checker to a result, which is in the same language (and the region's words).
    await start(checker);
    await answer(checker, { legs: 'below', numb: 'one' });
    if (checker.shadowRoot!.querySelector('dl')) await seeResult(checker);
    expectShowing(checker, '.card.massage-ok', 'the massage-ok card');
    const heading = text(checker.shadowRoot!.querySelector('.step-heading'));
    const massageOk = packText(locale, 'symptom.massage-ok');
    expect(heading.includes(massageOk), `Expected the result heading to contain "${massageOk}", got "${heading}".`);
    const safety = packText(locale, 'symptom.safety', { number: emergencyNumber });
    const headings = [...checker.shadowRoot!.querySelectorAll('.card :is(h2, h3, h4, h5, h6)')].map((each) =>
      text(each),
    );
    expect(
      headings.includes(safety),
      `Expected the result's safety-net heading "${safety}"; its headings are: ${headings.join(' | ')}`,
    );
    expectLanguage(checker, language);
    // The result's booking button and stretch cards are widgets too, drawn in the same language.
    const nested = [...checker.shadowRoot!.querySelectorAll<Widget>('booking-button, stretch-card')];
    expect(nested.length > 0, 'Expected the result to offer a booking button and stretches.');
    await Promise.all(nested.map((each) => each.updateComplete));
    for (const each of nested) expectLanguage(each, language);
  };

/** Spain: Spanish with Spain's words for care services ("urgencias"), euro-style numbers, 112. */
export const SpanishSpain: Story = {
  name: 'Español (España)',
  globals: { locale: 'es-ES' },
  play: checkLanguage('112'),
};

/** Mexico: neutral Spanish with "manejar" and "partera", 911. */
export const SpanishMexico: Story = {
  name: 'Español (México)',
  globals: { locale: 'es-MX' },
  play: checkLanguage('911'),
};

/** France: French with the EU emergency number, 112. */
export const FrenchFrance: Story = {
  name: 'Français (France)',
  globals: { locale: 'fr-FR' },
  play: checkLanguage('112'),
};

/** Québec: French with Canada's words for care services ("l'urgence"), 911. */
export const FrenchCanada: Story = {
  name: 'Français (Canada)',
  globals: { locale: 'fr-CA' },
  play: checkLanguage('911'),
};
