import { expect, waitUntil } from '@open-wc/testing';

// The demo page's own links and controls (the clinic's site around the widgets) are touch targets as big
// as the widgets' own: 44 px tall at a phone's narrowest width.
describe('demo page targets at 320 px', () => {
  it('the skip link, the menu links and the language menu are at least 44 px tall', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 320px; height: 800px; border: 0';
    frame.src = '/index.html';
    document.body.append(frame);
    try {
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const page = frame.contentDocument!;
      await waitUntil(() => page.readyState === 'complete', 'the demo page loads');
      const skip = page.querySelector<HTMLAnchorElement>('.skip-link')!;
      skip.focus();
      const targets = [skip, ...page.querySelectorAll<HTMLElement>('nav a, #demo-language')];
      expect(targets.length, 'skip link, four menu links, the language menu').to.equal(6);
      for (const target of targets) {
        const name = target.textContent!.trim().split('\n')[0];
        expect(target.getBoundingClientRect().height, name).to.be.at.least(44);
      }
    } finally {
      frame.remove();
    }
  });
});
