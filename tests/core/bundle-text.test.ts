import { expect, fixture, html } from '@open-wc/testing';

// The shipped file, not the sources: a bundler drops modules it believes have no side effects, and each
// element's English copy is such a module (imported only to register its strings). Tests on the sources
// cannot see that; a visitor would see "booking.label" on the button.
const BUNDLE = '/dist/clinic-widgets.js';
type Bundle = typeof import('../../src/index.ts');

/** A string key left untranslated: `booking.label`, `symptom.q.bladder`... */
const RAW_KEY = /\b(booking|picker|stretch|symptom)\.[a-z][\w.-]*/i;

/** Text and accessible names inside an element's shadow root (and nested ones). */
function visibleText(root: ShadowRoot | Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element) {
      for (const name of ['aria-label', 'title', 'alt']) parts.push(node.getAttribute(name) ?? '');
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    node.childNodes.forEach(walk);
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ');
}

describe('the bundle speaks English', () => {
  let bundle: Bundle;
  before(async () => {
    bundle = await import(BUNDLE);
  });

  it('every element shows its English copy, not string keys', async () => {
    const page = await fixture<HTMLElement>(html`
      <clinic-provider
        clinic-name="Harbour"
        booking-url="https://cal.com/harbour/massage"
        provider="calcom"
        hours="Mo-Su 08:00-20:00"
        currency="USD"
        sessions="60:95, 90:135"
        phone="(907) 555-0142"
      >
        <session-length-picker></session-length-picker>
        <booking-button></booking-button>
        <stretch-card stretch="hamstring"></stretch-card>
        <symptom-checker></symptom-checker>
      </clinic-provider>
    `);
    const widgets = [...page.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('*')];
    await Promise.all(widgets.map((widget) => widget.updateComplete));

    const expected: Record<string, string> = {
      'session-length-picker': 'Session length',
      'booking-button': 'Book a 60-minute massage',
      'stretch-card': 'Hold',
      'symptom-checker': 'Is massage right for your back pain?',
    };
    for (const [tag, text] of Object.entries(expected)) {
      const shown = visibleText(page.querySelector(tag)!.shadowRoot!);
      expect(shown, tag).to.contain(text);
      expect(shown.match(RAW_KEY)?.[0], `${tag} shows a string key`).to.equal(undefined);
    }

    // The questions register their copy in a module of their own.
    const checker = page.querySelector('symptom-checker')!;
    checker.shadowRoot!.querySelector('button')!.click();
    await (checker as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const question = visibleText(checker.shadowRoot!);
    // The flow asks age first (issue 13), so later questions can be skipped when they do not apply.
    expect(question).to.contain('How old are you?');
    expect(question.match(RAW_KEY)?.[0]).to.equal(undefined);
  });

  it('triage() from the bundle explains itself in words', () => {
    const emergency = bundle.triage({ bladder: true });
    expect(emergency.reasons[0].text).to.match(/^New problems peeing/);
    const ok = bundle.triage({ legs: 'no', weeks: 1, pain: 3, age: 40 });
    expect(ok.urgency).to.equal('massage-ok');
    for (const note of [...ok.advice, ok.suggestion!.why]) expect(note.text).to.not.match(RAW_KEY).and.not.equal('');
  });
});
