import { expect, waitUntil } from '@open-wc/testing';

// demo/language.js: the demo page's language menu shows the language the widgets are in.
async function menuFor(query: string): Promise<{ menu: HTMLSelectElement; lang: string }> {
  const frame = document.createElement('iframe');
  frame.src = `/index.html${query}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const page = frame.contentDocument!;
  const menu = page.getElementById('demo-language') as HTMLSelectElement;
  // The menu's module runs once the page has parsed.
  await waitUntil(() => page.readyState === 'complete', 'the demo page loads');
  const result = { menu, lang: page.documentElement.lang };
  frame.remove();
  return result;
}

describe('demo language menu', () => {
  for (const [query, lang, shown] of [
    ['', 'en-US', 'en-US'],
    ['?lang=fr-FR', 'fr-FR', 'fr-FR'],
    ['?lang=es', 'es', 'es-MX'],
    ['?lang=FR', 'FR', 'fr-CA'],
    ['?lang=de', 'de', 'en-US'],
  ]) {
    it(`shows ${shown} for the address ${query || 'with no ?lang'}`, async () => {
      const { menu, lang: pageLang } = await menuFor(query);
      expect(pageLang, 'the page language the widgets follow').to.equal(lang);
      expect(menu.value).to.equal(shown);
    });
  }
});
