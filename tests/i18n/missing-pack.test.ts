import { expect, waitUntil } from '@open-wc/testing';

/**
 * A Spanish page whose site copied clinic-widgets.js without the locales/ folder beside it (issue 14):
 * the README promises English and one warning, never a blank widget or an uncaught error.
 */
describe('a language pack that cannot be loaded', () => {
  it('shows English, warns once, and breaks nothing', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/tests/fixtures/missing-pack.html';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const win = frame.contentWindow as Window & { warnings: string[]; uncaught: string[] };
    const picker = frame.contentDocument!.querySelector('session-length-picker')!;
    const card = frame.contentDocument!.querySelector('stretch-card')!;
    await waitUntil(() => picker.shadowRoot?.textContent?.includes('Session length'), 'the picker in English', {
      timeout: 5000,
    });
    await waitUntil(() => card.shadowRoot?.textContent?.includes('Hamstring stretch'), 'the card in English');
    const about = win.warnings.filter((warning) => warning.includes('"es" strings'));
    expect(about, win.warnings.join('\n')).to.have.length(1);
    expect(picker.shadowRoot!.firstElementChild!.getAttribute('lang'), 'marked as English').to.equal('en');
    expect(win.uncaught).to.deep.equal([]);
    frame.remove();
  });
});
