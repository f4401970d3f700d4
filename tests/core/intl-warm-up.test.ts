import { expect, fixture, html, waitUntil } from '@open-wc/testing';

// core/intl-warm-up.ts: the browser's ICU set-up paid in a worker before the first renders (issue 17).
// What is tested here is that the worker starts, answers and goes away, and that every page where it
// cannot start still gets its widgets; how much main-thread time it saves is `npm run bench`'s job.

type WorkerRecord = {
  url: string;
  name?: string;
  sent: unknown[];
  messages: unknown[];
  answeredAt: number;
  terminated: boolean;
  afterDefinitions: boolean;
};
type ProbedWindow = Window & { workers: WorkerRecord[]; cspViolations: string[]; pageErrors: string[] };
type Widget = HTMLElement & { updateComplete: Promise<unknown> };

const WIDGETS = 'session-length-picker, booking-button, stretch-card';

const WIDGETS_BODY = (timeZone: string) => `<clinic-provider sessions="60:95, 90:135" currency="USD"
    booking-url="https://cal.com/x" timezone="${timeZone}">
    <session-length-picker></session-length-picker><booking-button></booking-button>
    <stretch-card stretch="hamstring"></stretch-card></clinic-provider>`;

/** The built bundle in an iframe under `policy` (none: no CSP), with the CSP and worker probes. */
async function bundlePage(
  policy?: string,
  timeZone = 'America/Anchorage',
  body = WIDGETS_BODY(timeZone),
): Promise<{ win: ProbedWindow; widgets: Widget[]; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:400px;height:600px';
  frame.srcdoc = `<!doctype html><html lang="en-US"><head>
    ${policy ? `<meta http-equiv="Content-Security-Policy" content="${policy}">` : ''}
    <script src="/tests/fixtures/csp-probe.js"></script>
    <script src="/tests/fixtures/worker-probe.js"></script>
    <script type="module" src="/dist/clinic-widgets.js"></script>
    </head><body>${body}</body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as ProbedWindow;
  await waitUntil(() => win.customElements.get('stretch-card'), 'the bundle registers its elements', {
    timeout: 5000,
  });
  const widgets = [...frame.contentDocument!.querySelectorAll(WIDGETS)] as Widget[];
  await Promise.all(widgets.map((widget) => widget.updateComplete));
  // Policy violations are reported in a task of their own.
  await new Promise((resolve) => setTimeout(resolve, 300));
  return { win, widgets, frame };
}

function expectRendered(widgets: Widget[]): void {
  expect(widgets).to.have.length(3);
  for (const widget of widgets) {
    expect(widget.shadowRoot?.childElementCount, `${widget.localName} renders`).to.be.greaterThan(0);
  }
}

describe('ICU warm-up worker (source)', () => {
  let created: WorkerRecord[];

  before(async () => {
    // The same recorder as on the bundle's pages, before the first widget of this test page.
    const probe = document.createElement('script');
    probe.src = '/tests/fixtures/worker-probe.js';
    document.head.append(probe);
    await new Promise((resolve) => probe.addEventListener('load', resolve, { once: true }));
    created = (window as unknown as ProbedWindow).workers;
  });

  it('starts one worker for the first render of the page, which answers before any widget draws', async () => {
    await import('../../src/session-length-picker/session-length-picker.ts');
    const { whenIntlWarm } = await import('../../src/core/intl-warm-up.ts');
    const pickers = [1, 2].map(() => document.createElement('session-length-picker') as Widget);
    document.body.append(...pickers);
    const drawnAt = await Promise.all(pickers.map((picker) => picker.updateComplete.then(() => performance.now())));
    await whenIntlWarm();
    expect(created, 'one worker for the whole page').to.have.length(1);
    const [worker] = created;
    expect(new URL(worker.url).origin).to.equal(location.origin);
    expect(worker.url).to.match(/intl-warm-up\.worker\.ts$/);
    expect(worker.name).to.equal('clinic-widgets ICU warm-up');
    expect(worker.messages).to.deep.equal(['warm']);
    expect(Math.min(...drawnAt), 'no picker drew before the answer').to.be.at.least(worker.answeredAt);
    await waitUntil(() => worker.terminated, 'the worker is terminated once it has answered');
    for (const picker of pickers) expect(picker.shadowRoot!.querySelectorAll('input[type="radio"]')).to.have.length(2);
    for (const picker of pickers) picker.remove();
  });

  it('is not started again by later widgets', async () => {
    await fixture(html`<session-length-picker></session-length-picker>`);
    expect(created).to.have.length(1);
  });
});

describe('ICU warm-up worker (the built bundle)', () => {
  it('on a page with no policy: one worker from workers/ beside the bundle, answered and terminated', async () => {
    const { win, widgets, frame } = await bundlePage();
    expectRendered(widgets);
    expect(win.workers).to.have.length(1);
    expect(win.workers[0].url).to.match(/\/dist\/workers\/intl-warm-up\.worker-[\w-]+\.js$/);
    // The page's language, the visitor's, English, and the clinic's zone (its formatters load that zone).
    expect(win.workers[0].sent).to.have.length(1);
    const [request] = win.workers[0].sent as Array<{ locales: string[]; timeZones: string[] }>;
    expect(request.locales[0]).to.equal('en-US');
    expect(request.timeZones).to.deep.equal(['America/Anchorage']);
    expect(win.workers[0].messages).to.deep.equal(['warm']);
    expect(win.workers[0].terminated).to.equal(true);
    // Started as the bundle evaluates, so that it works while the elements upgrade.
    expect(win.workers[0].afterDefinitions, 'started after the definitions').to.equal(false);
    expect(win.pageErrors).to.deep.equal([]);
    frame.remove();
  });

  it('on a page with no widget: no worker until a widget is added, then one for its first render', async () => {
    const { win, frame } = await bundlePage(undefined, undefined, '<p>No widget here.</p>');
    expect(win.workers, 'workers on a page with no widget').to.deep.equal([]);
    const picker = frame.contentDocument!.createElement('session-length-picker') as Widget;
    frame.contentDocument!.body.append(picker);
    await picker.updateComplete;
    expect(win.workers).to.have.length(1);
    expect(win.workers[0].messages).to.deep.equal(['warm']);
    expect(picker.shadowRoot!.querySelectorAll('input[type="radio"]')).to.have.length(2);
    frame.remove();
  });

  it('answers, and the widgets render, when the page names a time zone the browser does not know', async () => {
    const { win, widgets, frame } = await bundlePage(undefined, 'Mars/Olympus_Mons');
    expectRendered(widgets);
    expect((win.workers[0].sent[0] as { timeZones: string[] }).timeZones).to.deep.equal(['Mars/Olympus_Mons']);
    expect(win.workers[0].messages).to.deep.equal(['warm']);
    expect(win.pageErrors).to.deep.equal([]);
    frame.remove();
  });

  it("under a policy that forbids workers: the widgets render at once, the only report is the policy's own", async () => {
    const { win, widgets, frame } = await bundlePage("script-src 'self'; worker-src 'none'");
    expectRendered(widgets);
    // The browser refuses the script, not the constructor: the worker never answers, and is let go.
    expect(win.workers.map(({ messages, terminated }) => ({ messages, terminated }))).to.deep.equal([
      { messages: [], terminated: true },
    ]);
    expect(win.pageErrors).to.deep.equal([]);
    expect(win.cspViolations).to.have.length.greaterThan(0);
    expect(win.cspViolations.every((violation) => violation.startsWith('worker-src'))).to.equal(true);
    frame.remove();
  });

  it('with Trusted Types that do not allow the clinic-widgets policy: no worker, the widgets still render', async () => {
    const { win, widgets, frame } = await bundlePage(
      "script-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'",
    );
    expectRendered(widgets);
    expect(win.workers).to.deep.equal([]);
    expect(win.pageErrors).to.deep.equal([]);
    expect(win.cspViolations).to.have.length.greaterThan(0);
    expect(win.cspViolations.every((violation) => violation.startsWith('trusted-types'))).to.equal(true);
    frame.remove();
  });
});
