import { aTimeout, expect, oneEvent } from '@open-wc/testing';
import type { SessionLengthPicker } from '../../src/session-length-picker/session-length-picker.ts';

async function pickerIn(frame: HTMLIFrameElement): Promise<SessionLengthPicker> {
  const win = frame.contentWindow as Window & typeof globalThis;
  await win.customElements.whenDefined('session-length-picker');
  const picker = win.document.querySelector('session-length-picker')!;
  await picker.updateComplete;
  return picker;
}

describe('<session-length-picker> back/forward navigation', () => {
  it('gets its value back when the visitor returns to the page', async () => {
    const frame = document.createElement('iframe');
    frame.src = new URL('./restore-page.html', import.meta.url).href;
    const loaded = oneEvent(frame, 'load');
    document.body.append(frame);
    await loaded;
    try {
      const picker = await pickerIn(frame);
      expect(picker.value).to.equal('60');
      picker.shadowRoot!.querySelectorAll('input')[1].click();
      expect(picker.value).to.equal('90');

      const left = oneEvent(frame, 'load');
      // A navigation before the page has completely loaded would replace its history entry.
      await aTimeout(100);
      frame.contentWindow!.location.href = `${frame.src}?elsewhere`;
      await left;
      await aTimeout(100);
      const back = oneEvent(frame, 'load');
      frame.contentWindow!.history.back();
      await back;

      // A new document (iframes get no back/forward cache), so the browser restored the saved form state.
      const restored = await pickerIn(frame);
      expect(restored).not.to.equal(picker);
      expect(restored.value).to.equal('90');
    } finally {
      frame.remove();
    }
  });
});
