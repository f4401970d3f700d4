import { expect } from '@open-wc/testing';
import '../../src/index.ts';
import { firstRenderTurn } from '../../src/core/first-render.ts';

// First renders take turns across tasks (core/first-render.ts, issue 17). What that could break: a widget
// that never draws, `updateComplete` resolving before the first render, a widget that errors in its turn
// stopping the others, or the order of the page.

const TAGS = ['session-length-picker', 'booking-button', 'symptom-checker', 'stretch-card'];

function addWidgets(count: number): HTMLElement[] {
  const host = document.createElement('div');
  document.body.append(host);
  const widgets = Array.from({ length: count }, (_, i) => {
    const el = document.createElement(TAGS[i % TAGS.length]);
    if (el.localName === 'stretch-card') el.setAttribute('stretch', 'hamstring');
    return el;
  });
  host.append(...widgets);
  return widgets;
}

const drawn = (el: Element) => !!el.shadowRoot?.childElementCount;
// One turn of the page's task queue, with the priority the first-render queue itself yields at.
const turn = (): Promise<unknown> =>
  (globalThis as any).scheduler?.yield?.() ??
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = resolve;
    channel.port2.postMessage(null);
  });

describe('first renders take turns', () => {
  afterEach(() => {
    for (const el of document.querySelectorAll('body > div')) el.remove();
  });

  it('renders every widget, and updateComplete resolves only once it has', async () => {
    const widgets = addWidgets(40);
    expect(widgets.some(drawn), 'nothing is drawn in the task that added them').to.be.false;
    await Promise.all(
      widgets.map(async (el) => {
        await (el as unknown as { updateComplete: Promise<boolean> }).updateComplete;
        expect(drawn(el), el.localName).to.be.true;
      }),
    );
  });

  it('spreads them over several tasks, in page order', async () => {
    const widgets = addWidgets(120);
    const order: number[] = [];
    widgets.forEach((el, i) =>
      (el as unknown as { updateComplete: Promise<boolean> }).updateComplete.then(() => order.push(i)),
    );
    await Promise.resolve();
    await turn();
    const first = widgets.filter(drawn).length;
    expect(first, 'the first task draws some').to.be.above(0);
    expect(first, 'but not all of them').to.be.below(widgets.length);
    // The test's own turns queue up behind the queue's: count what each of them sees drawn.
    const perTurn: number[] = [first];
    while (!widgets.every(drawn)) {
      await turn();
      perTurn.push(widgets.filter(drawn).length);
      expect(perTurn.length, 'all drawn within a few hundred turns').to.be.below(500);
    }
    expect(new Set(perTurn).size, 'drawn over several tasks, not all in one').to.be.above(2);
    await Promise.resolve();
    expect(order).to.deep.equal([...order].sort((a, b) => a - b));
  });

  it('a hidden page, which draws no frames, still renders them all', async () => {
    const visibility = Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState')!;
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    const requestFrame = window.requestAnimationFrame;
    window.requestAnimationFrame = () => 0; // as in a background tab: never called back
    try {
      const widgets = addWidgets(40);
      await Promise.all(widgets.map((el) => (el as unknown as { updateComplete: Promise<boolean> }).updateComplete));
      expect(widgets.every(drawn)).to.be.true;
    } finally {
      window.requestAnimationFrame = requestFrame;
      delete (document as { visibilityState?: unknown }).visibilityState;
      expect(document.visibilityState).to.equal(visibility.get!.call(document));
    }
  });

  it('updateComplete waits for a first render that waits for its language pack', async () => {
    const host = document.createElement('div');
    host.innerHTML = '<clinic-provider locale="fr"><session-length-picker></session-length-picker></clinic-provider>';
    document.body.append(host);
    const picker = host.querySelector('session-length-picker') as unknown as HTMLElement & {
      updateComplete: Promise<boolean>;
    };
    expect(await picker.updateComplete, 'no update left pending').to.be.true;
    expect(drawn(picker)).to.be.true;
    expect(picker.shadowRoot!.firstElementChild!.getAttribute('lang')).to.equal('fr');
  });

  it('one render that throws does not stop the ones after it', async () => {
    let ran = 0;
    const failing = firstRenderTurn('failing-kind', () => {
      throw new Error('boom');
    }).catch(() => 'rejected');
    const after = firstRenderTurn('failing-kind', () => void ran++);
    expect(await failing).to.equal('rejected');
    await after;
    expect(ran).to.equal(1);
  });

  it('gives the first widget of each kind a turn of its own (the next ones of a kind share)', async () => {
    const ran: string[] = [];
    const queued = [
      firstRenderTurn('kind-one', () => void ran.push('one #1')),
      firstRenderTurn('kind-one', () => void ran.push('one #2')),
      firstRenderTurn('kind-two', () => void ran.push('two #1')),
    ];
    await queued[1];
    expect(ran, 'one turn: both of the first kind, not the first of the next').to.deep.equal(['one #1', 'one #2']);
    await queued[2];
    expect(ran).to.deep.equal(['one #1', 'one #2', 'two #1']);
  });

  it('never waits for a frame between turns (the browser draws when it has to)', async () => {
    // The queue's one-time waits (the ICU worker, the template warm-up) are over after one turn.
    await firstRenderTurn('warm-up', () => {});
    const requestFrame = window.requestAnimationFrame;
    let asked = 0;
    window.requestAnimationFrame = (callback) => {
      asked++;
      return requestFrame(callback);
    };
    try {
      // Six kinds of 12 ms each: six tasks, 72 ms, where the queue used to wait for frames.
      const busy = () => {
        for (const start = performance.now(); performance.now() - start < 12;);
      };
      await Promise.all(
        ['busy-1', 'busy-2', 'busy-3', 'busy-4', 'busy-5', 'busy-6'].map((kind) => firstRenderTurn(kind, busy)),
      );
    } finally {
      window.requestAnimationFrame = requestFrame;
    }
    expect(asked, 'requestAnimationFrame calls').to.equal(0);
  });

  it('a widget removed before its turn renders when it is put back', async () => {
    const [picker] = addWidgets(1);
    const parent = picker.parentElement!;
    picker.remove();
    await turn();
    parent.append(picker);
    await (picker as unknown as { updateComplete: Promise<boolean> }).updateComplete;
    expect(drawn(picker)).to.be.true;
  });
});
