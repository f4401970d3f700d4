import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../src/index.ts';
import { registerStrings, translate } from '../../src/core/i18n.ts';
import { stretchStrings } from '../../src/stretch-card/strings.ts';
import { bookingStrings } from '../../src/booking-button/strings.ts';
import es from '../../src/locales/es.ts';
import { textOf } from '../helpers/visible-text.ts';

/** The README's "Languages" examples, run as written. */
async function languageExamples(): Promise<{ page: string; code: string }> {
  const readme = await (await fetch('/README.md')).text();
  const section = readme.slice(readme.indexOf('## Languages'), readme.indexOf('## Privacy and security'));
  const page = /```html\n([\s\S]*?)```/.exec(section)?.[1];
  const code = /```js\n([\s\S]*?)```/.exec(section)?.[1];
  expect(page, 'an html example').to.be.a('string');
  expect(code, 'a js example').to.be.a('string');
  return { page: page!, code: code! };
}

/** Waits for a re-render that follows a language change (waitUntil fails with `what`). */
const until = (check: () => boolean, what: string) => waitUntil(check, what, { timeout: 2000 });

describe("the README's language examples (issue 14)", () => {
  let pageLanguage: string;
  before(() => {
    pageLanguage = document.documentElement.lang;
  });
  after(() => {
    document.documentElement.lang = pageLanguage;
    registerStrings('es', { 'booking.label': es.strings['booking.label'] });
    registerStrings('en', {
      'stretch.hamstring.frequency': stretchStrings['stretch.hamstring.frequency'],
      'stretch.hamstring.cautions': stretchStrings['stretch.hamstring.cautions'],
      'stretch.times': stretchStrings['stretch.times'],
      'booking.label': bookingStrings['booking.label'],
    });
  });

  it('a Spanish page needs nothing more than its lang', async () => {
    const { page } = await languageExamples();
    const lang = /<html lang="([^"]+)">/.exec(page)![1];
    document.documentElement.lang = lang;
    // The page's body: the <html> wrapper and the comment stand for the page around it.
    const body = page.replace(/<\/?html[^>]*>/g, '').replace(/<!--[\s\S]*?-->/g, '');
    const container = await fixture(`<div>${body}</div>`);
    const checker = container.querySelector('symptom-checker')!;
    const picker = container.querySelector('session-length-picker')!;
    const card = container.querySelector('stretch-card')!;
    // Each widget draws in its own turn (core/first-render.ts): wait for the last of them too.
    await until(() => textOf(checker).includes(es.strings['symptom.title']), 'the checker in Spanish');
    await until(() => textOf(card).includes(es.strings['stretch.hip-flexor.title']), 'the card in Spanish');
    expect(textOf(picker)).to.contain(es.strings['picker.label']);
    expect(textOf(picker), 'Mexican pesos, formatted in Spanish').to.match(/\$\s?95|MXN/);
    expect(textOf(card)).to.contain(es.strings['stretch.hip-flexor.title']);
    expect(textOf(checker), 'the Mexican emergency number').to.contain('911');
  });

  it('changing strings, the stretch catalog included, as the README shows', async () => {
    const { code } = await languageExamples();
    const run = new Function('registerStrings', code.replace(/^import .*$/m, ''));
    run(registerStrings);
    expect(translate('es', 'booking.label', { minutes: 90 })).to.equal('Reserve su masaje de 90 minutos');
    document.documentElement.lang = 'en';
    const card = await fixture('<stretch-card stretch="hamstring"></stretch-card>');
    await until(() => textOf(card).includes('Twice a day, morning and evening'), 'the new frequency');
    expect(textOf(card)).to.contain('3 reps on each side');
    expect(textOf(card), 'the new caution').to.contain('ask us for a seated version');
    expect(textOf(card), 'the shared cautions stay').to.contain(stretchStrings['stretch.stopIfWorse']);
  });
});
