import { expect, waitUntil } from '@open-wc/testing';
import es from '../../src/locales/es.ts';

const TAGS = ['clinic-provider', 'session-length-picker', 'booking-button', 'symptom-checker', 'stretch-card'];

describe('the bundle under a strict Content-Security-Policy', () => {
  it('renders and reacts to clicks with no violation (no unsafe-inline, no eval, Trusted Types required)', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/tests/fixtures/csp.html';
    frame.style.cssText = 'width:400px;height:800px';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const win = frame.contentWindow as Window & { cspViolations: string[] };
    const doc = frame.contentDocument!;

    await waitUntil(() => TAGS.every((tag) => win.customElements.get(tag)), 'every element registers', {
      timeout: 5000,
    });
    const widgets = [...doc.querySelectorAll(TAGS.slice(1).join(','))] as Array<
      HTMLElement & { updateComplete: Promise<unknown> }
    >;
    await Promise.all(widgets.map((widget) => widget.updateComplete));
    for (const widget of widgets) {
      expect(widget.shadowRoot?.childElementCount, `${widget.localName} renders`).to.be.greaterThan(0);
    }

    // Exercise each widget once: the first control in its shadow root (opens the popup, starts the
    // checker and the timer, picks a length), so code that only runs on interaction is covered too.
    // A link-mode booking would open a new window, which would then hold the foreground for the rest of
    // the test run: take over as a host page may (booking-open is cancelable).
    doc.addEventListener('booking-open', (event) => {
      if ((event as CustomEvent<{ mode: string }>).detail.mode === 'link') event.preventDefault();
    });
    for (const widget of widgets) {
      (widget.shadowRoot!.querySelector('button, input, a[href^="http"]') as HTMLElement | null)?.click();
      await widget.updateComplete;
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(win.cspViolations).to.deep.equal([]);

    // A switch to Spanish loads locales/es.js beside the bundle: a module from 'self', no violation either.
    doc.documentElement.lang = 'es';
    const picker = doc.querySelector('session-length-picker')!;
    await waitUntil(
      () => picker.shadowRoot!.textContent!.includes(es.strings['picker.label']),
      'Spanish under the policy',
      {
        timeout: 5000,
      },
    );
    expect(win.cspViolations).to.deep.equal([]);
    frame.remove();
  });
});

describe("the README's Content-Security-Policy with Trusted Types", () => {
  it('runs two copies of the bundle on one page (a theme and a plugin) with no violation and no error', async () => {
    const readme = await (await fetch('/README.md')).text();
    const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(readme)?.[1];
    expect(policy, 'the README shows a policy').to.be.a('string');
    expect(policy).to.contain('trusted-types lit-html');

    const frame = document.createElement('iframe');
    frame.style.cssText = 'width:400px;height:600px';
    frame.srcdoc = `<!doctype html><html lang="en-US"><head>
      <meta http-equiv="Content-Security-Policy" content="${policy}">
      <script src="/tests/fixtures/csp-probe.js"></script>
      <script type="module" src="/dist/clinic-widgets.js"></script>
      <script type="module" src="/dist/clinic-widgets.js?copy=2"></script>
      </head><body><clinic-provider booking-url="https://cal.com/x" provider="calcom">
      <session-length-picker></session-length-picker><booking-button></booking-button>
      <stretch-card stretch="hamstring"></stretch-card></clinic-provider></body></html>`;
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const win = frame.contentWindow as Window & { cspViolations: string[]; pageErrors: string[] };
    await waitUntil(() => TAGS.every((tag) => win.customElements.get(tag)), 'every element registers', {
      timeout: 5000,
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const widgets = [...frame.contentDocument!.querySelectorAll('session-length-picker, booking-button, stretch-card')];
    for (const widget of widgets) expect(widget.shadowRoot?.childElementCount, widget.localName).to.be.greaterThan(0);
    expect(win.pageErrors).to.deep.equal([]);
    expect(win.cspViolations).to.deep.equal([]);
    frame.remove();
  });
});
