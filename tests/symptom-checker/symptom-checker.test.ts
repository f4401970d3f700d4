import { expect, fixture, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/clinic-provider/clinic-provider.ts';
import '../../src/symptom-checker/symptom-checker.ts';
// The result shows both as they are on a real page (the bundle registers every element).
import '../../src/stretch-card/stretch-card.ts';
import '../../src/booking-button/booking-button.ts';
import type { SymptomChecker, TriageCompleteDetail } from '../../src/symptom-checker/symptom-checker.ts';
import { getSessionChoice, setSessionChoice } from '../../src/core/session-choice.ts';
import { resetPageScheme, usePageScheme } from '../helpers/color-scheme.ts';
import { captureWarnings } from '../helpers/warnings.ts';
import {
  $,
  FEVER,
  ORDINARY,
  SCIATICA,
  answerByClicks,
  answerByKeyboard,
  clickButton,
  focused,
  headingText,
  root,
  run,
  setAnswers,
  state,
  step,
  tabUntil,
  type Keyboard,
  type Plan,
} from './harness.ts';

/** The test runner's real keyboard, for the keyboard-only runs. */
const keyboard: Keyboard = {
  press: (key) => sendKeys({ press: key }),
  type: (text) => sendKeys({ type: text }),
};

/** A checker inside a provider (60 and 90 minutes, emergency number 999, online booking at cal.com). */
async function checker(attributes = '', provider = 'booking-url="https://cal.com/harbour/massage" provider="calcom"') {
  const wrapper = await fixture<HTMLElement>(
    `<clinic-provider sessions="60:95, 90:135" locale="en-US" emergency-number="999" ${provider}><symptom-checker ${attributes}></symptom-checker></clinic-provider>`,
  );
  const el = wrapper.querySelector('symptom-checker')!;
  await el.updateComplete;
  return el;
}

async function startByClick(el: SymptomChecker) {
  await clickButton(el, 'Start now');
}

afterEach(async () => {
  await resetPageScheme();
  await setViewport({ width: 800, height: 600 });
  setSessionChoice(undefined);
  sessionStorage.clear();
});

describe('<symptom-checker> flow', () => {
  it('starts with what it is, that it is private, not a diagnosis and not for emergencies', async () => {
    const el = await checker();
    const text = root(el).textContent!;
    expect(headingText(el)).to.equal('Is massage right for your back pain?');
    expect(text).to.contain('stay on this device').and.contain('not a diagnosis').and.contain('call 999');
    expect(text).to.contain('3 minutes');
    expect(focused(el), 'no focus stolen on load').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('moves focus to each step heading and announces it politely', async () => {
    const el = await checker();
    await startByClick(el);
    expect(focused(el)).to.equal($(el, 'h2'));
    expect($(el, 'legend h2')).to.not.equal(null);
    expect($(el, '[aria-live=polite]').textContent).to.contain('new problems peeing');
    await answerByClicks(el, 'no');
    expect(step(el)).to.equal('bowel');
    expect($(el, '[aria-live=polite]').textContent).to.contain('bowel');
  });

  it('shows an error summary and an inline error when continuing without an answer', async () => {
    const el = await checker();
    await startByClick(el);
    await clickButton(el, 'Continue');
    const summary = $(el, '.error-summary');
    expect(focused(el)).to.equal(summary);
    expect(summary.textContent).to.contain('There is a problem').and.contain('Choose an answer');
    expect($(el, '#error').textContent).to.contain('Choose an answer');
    expect($(el, 'fieldset').getAttribute('aria-describedby')).to.contain('err');
    await expect(el).to.be.accessible();
    $(el, '.error-summary a').click();
    expect(focused(el)).to.equal($(el, 'input'));
    await answerByClicks(el, 'no');
    expect(step(el)).to.equal('bowel');
    expect($(el, '.error-summary')).to.equal(null);
  });

  it('rejects numbers out of range with a specific message', async () => {
    const el = await checker();
    await startByClick(el);
    await run(el, { ...ORDINARY, age: '300' }, async (node, value) => {
      if (step(node) === 'age') {
        await answerByClicks(node, value);
        expect($(node, '#error').textContent).to.contain('Enter a whole number from 1 to 120');
        expect($(node, 'input').getAttribute('aria-describedby')).to.contain('err');
        await answerByClicks(node, '35');
      } else await answerByClicks(node, value);
    });
    expect(step(el)).to.equal('check');
  });

  it('interrupts at once on the first emergency answer, names it, offers no booking, and allows going back', async () => {
    const el = await checker();
    await startByClick(el);
    setAnswers(el, { fever: true });
    setTimeout(() => answerByClicks(el, 'yes'));
    const { detail } = await oneEvent(el, 'triage-complete');
    await el.updateComplete;
    expect(detail).to.deep.equal({ urgency: 'emergency', timeframe: undefined, suggestion: undefined });
    const card = $(el, '.card');
    expect(card.className).to.contain('emergency');
    expect(headingText(el)).to.equal('Emergency: Call 999 now or go to the emergency department');
    expect($(el, '.card h2 .visually-hidden').textContent).to.contain('Emergency');
    expect(card.textContent).to.contain('New problems peeing').and.contain('not a diagnosis');
    expect(card.textContent, 'only the emergency is named').to.not.contain('temperature');
    expect($<HTMLAnchorElement>(el, 'a[href^="tel:"]').href).to.equal('tel:999');
    expect(root(el).textContent).to.not.match(/Book this|Choose this session|Stretches|Suggested approach/);
    expect(root(el).querySelector('a[href^="https"]')).to.equal(null);
    expect(focused(el)).to.equal($(el, 'h2'));
    await expect(el).to.be.accessible();
    await clickButton(el, 'Wrong answer? Go back');
    expect(step(el)).to.equal('bladder');
    await answerByClicks(el, 'no');
    expect(step(el)).to.equal('bowel');
  });

  it('treats "I\'m not sure" on an emergency question as an emergency, and says why', async () => {
    const el = await checker();
    await startByClick(el);
    await run(el, { ...ORDINARY, saddle: 'not-sure' });
    expect(state(el).view).to.equal('result');
    expect($(el, '.card').textContent).to.contain('not sure');
  });

  it('skips questions the answers make irrelevant, and asks follow-ups when they matter', async () => {
    const el = await checker();
    await startByClick(el);
    const seen: string[] = [];
    await run(el, ORDINARY, async (node, value) => {
      seen.push(step(node));
      await answerByClicks(node, value);
    });
    for (const skipped of ['pregWeeks', 'obstetric', 'first', 'ibp', 'cleared']) expect(seen).to.not.include(skipped);
    await clickButton(el, 'See my result');
    await clickButton(el, 'Start again');
    await startByClick(el);
    const pregnant: Plan = { ...ORDINARY, pregnant: 'yes', pregWeeks: '24', obstetric: 'no', cleared: 'yes' };
    seen.length = 0;
    await run(el, pregnant, async (node, value) => {
      seen.push(step(node));
      await answerByClicks(node, value);
    });
    expect(seen).to.include.members(['pregWeeks', 'obstetric', 'cleared']);
    await clickButton(el, 'See my result');
    expect($(el, '.card').className).to.contain('massage-ok');
    expect($(el, '.card').textContent).to.contain('Gentle Swedish massage').and.contain('pregnant');
  });
});

describe('<symptom-checker> check answers', () => {
  it('lists every answer with a Change link that returns to check answers', async () => {
    const el = await checker();
    await startByClick(el);
    await run(el, ORDINARY);
    expect(headingText(el)).to.equal('Check your answers');
    const rows = root(el).querySelectorAll('dl > div');
    expect(rows.length).to.equal(Object.keys(ORDINARY).length);
    const painRow = [...rows].find((row) => row.textContent!.includes('How bad is the pain'))!;
    expect(painRow.querySelector('dd')!.textContent).to.contain('4 / 10');
    expect(painRow.querySelector('button .visually-hidden')!.textContent).to.contain('How bad is the pain');
    await expect(el).to.be.accessible();

    painRow.querySelector('button')!.click();
    await el.updateComplete;
    expect(step(el)).to.equal('pain');
    expect($<HTMLInputElement>(el, 'input[value="4"]').checked, 'pre-filled').to.equal(true);
    await answerByClicks(el, '5');
    expect(step(el), 'back to check answers').to.equal('check');
    expect(root(el).textContent).to.contain('5 / 10');
    expect(focused(el)).to.equal($(el, 'h2'));
  });

  it('asks newly relevant questions after a change, then returns to check answers', async () => {
    const el = await checker();
    await startByClick(el);
    await run(el, ORDINARY);
    const row = [...root(el).querySelectorAll('dl > div')].find((r) => r.textContent!.includes('Are you pregnant'))!;
    row.querySelector('button')!.click();
    await el.updateComplete;
    await answerByClicks(el, 'yes');
    expect(step(el)).to.equal('pregWeeks');
    await answerByClicks(el, '12');
    expect(step(el)).to.equal('obstetric');
    await answerByClicks(el, 'no');
    expect(step(el)).to.equal('cleared');
    await answerByClicks(el, 'no');
    expect(step(el)).to.equal('check');
    await clickButton(el, 'See my result');
    expect(headingText(el)).to.contain('Check with your doctor or midwife before booking');
  });

  it('Back from a changed question returns to check answers', async () => {
    const el = await checker();
    await startByClick(el);
    await run(el, ORDINARY);
    (root(el).querySelector('dl > div button') as HTMLElement).click();
    await el.updateComplete;
    await clickButton(el, 'Back');
    expect(step(el)).to.equal('check');
  });
});

describe('<symptom-checker> results', () => {
  it('see a doctor: timeframe, reasons in plain words, safety net, no booking, technique or stretches', async () => {
    const el = await checker();
    await startByClick(el);
    await run(el, FEVER);
    setTimeout(() => clickButton(el, 'See my result'));
    const event = await oneEvent(el, 'triage-complete');
    await el.updateComplete;
    expect(event.composed).to.equal(true);
    expect(event.detail).to.deep.equal({ urgency: 'see-doctor', timeframe: 'today', suggestion: undefined });
    expect(headingText(el)).to.equal('Urgent: See a doctor today');
    const card = $(el, '.card');
    expect(card.textContent)
      .to.contain('A high temperature')
      .and.contain('Call 999 at once')
      .and.contain('not a diagnosis');
    expect(card.textContent).to.contain('Please do not book');
    expect(root(el).textContent).to.not.match(/Book this|Choose this session|Stretches|Suggested approach/);
    expect(root(el).querySelector('booking-button, stretch-card')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('massage-ok: approach, session length with a reason, stretch cards, advice, safety net and booking', async () => {
    const el = await checker();
    await startByClick(el);
    await run(el, SCIATICA);
    setTimeout(() => clickButton(el, 'See my result'));
    const { detail } = (await oneEvent(el, 'triage-complete')) as CustomEvent<TriageCompleteDetail>;
    await el.updateComplete;
    expect(Object.keys(detail).sort()).to.deep.equal(['suggestion', 'timeframe', 'urgency']);
    expect(detail.urgency).to.equal('massage-ok');
    expect(detail.suggestion).to.deep.include({ technique: 'nerve-friendly', minutes: 90 });
    expect(Object.keys(detail.suggestion!).sort(), 'no answers in the event').to.deep.equal([
      'minutes',
      'stretches',
      'technique',
      'why',
    ]);
    const text = $(el, '.card').textContent!;
    expect(headingText(el)).to.equal('Result: Massage is likely to help');
    expect(text).to.contain('Nerve-friendly massage').and.contain('90 minutes').and.contain('extra time');
    expect(text).to.contain('Keep moving').and.contain('Call 999 at once').and.contain('not a diagnosis');
    const cards = [...root(el).querySelectorAll('stretch-card')];
    expect(cards.map((card) => card.getAttribute('stretch'))).to.deep.equal([
      'sciatic-nerve-glide',
      'figure-four',
      'knee-to-chest',
    ]);
    expect(cards[0].shadowRoot!.textContent).to.contain('Sciatic nerve glide');

    // The call to action is the clinic's own booking button, for the suggested length.
    const booking = $(el, 'booking-button') as HTMLElement & { updateComplete: Promise<unknown> };
    await booking.updateComplete;
    const link = booking.shadowRoot!.querySelector<HTMLAnchorElement>('a[part=button]')!;
    // The checker's words are slotted into the button, in place of its default text.
    expect(booking.textContent).to.contain('Book this: 90 minutes, Nerve-friendly massage for sciatica');
    expect(
      link
        .querySelector('slot')!
        .assignedNodes()
        .map((node) => node.textContent)
        .join(''),
    ).to.contain('Book this');
    expect(link.textContent).to.not.contain('Book a 90-minute massage');
    expect(new URL(link.href).searchParams.get('duration')).to.equal('90');
    expect(getSessionChoice(), 'nothing is chosen before the visitor acts').to.not.deep.equal({
      minutes: 90,
      service: 'nerve-friendly',
    });
    const cancel = (event: Event) => event.preventDefault(); // the test page stays in the foreground
    document.addEventListener('booking-open', cancel);
    try {
      link.click();
    } finally {
      document.removeEventListener('booking-open', cancel);
    }
    expect(getSessionChoice()).to.deep.equal({ minutes: 90, service: 'nerve-friendly' });
    await expect(el).to.be.accessible();
  });

  it("without online booking the result still says what to book, and the clinic's phone", async () => {
    const el = await checker('', 'phone="(907) 555-0142"');
    await startByClick(el);
    await run(el, ORDINARY);
    await clickButton(el, 'See my result');
    const booking = $(el, 'booking-button') as HTMLElement & { updateComplete: Promise<unknown> };
    await booking.updateComplete;
    expect(booking.shadowRoot!.textContent).to.contain('Online booking is not available').and.contain('(907) 555-0142');
    expect($(el, '.card').textContent).to.contain('60 minutes').and.contain('Gentle Swedish massage');
  });

  it('a bad emergency-number warns and falls back to the provider', async () => {
    const warnings = await captureWarnings(async () => {
      const bad = await checker('emergency-number="call me"');
      expect(root(bad).textContent).to.contain('call 999');
    });
    expect(
      warnings.filter((w) => w.startsWith('<symptom-checker> attribute "emergency-number": "call me"')),
    ).to.have.length(1);
  });

  it('uses its own emergency-number over the provider', async () => {
    const el = await checker('emergency-number="112"');
    expect(root(el).textContent).to.contain('call 112');
  });

  it('Start again clears every answer and the result', async () => {
    const el = await checker();
    await startByClick(el);
    await run(el, ORDINARY);
    await clickButton(el, 'See my result');
    await clickButton(el, 'Start again');
    expect(headingText(el)).to.equal('Is massage right for your back pain?');
    expect(focused(el)).to.equal($(el, 'h2'));
    expect(state(el).answers).to.deep.equal({});
    await startByClick(el);
    expect(root(el).querySelector('input:checked')).to.equal(null);
  });
});

describe('<symptom-checker> privacy', () => {
  it('makes no network request of any kind during a full run', async () => {
    const requests: string[] = [];
    const saved = {
      fetch: window.fetch,
      open: XMLHttpRequest.prototype.open,
      beacon: navigator.sendBeacon,
      src: Object.getOwnPropertyDescriptor(HTMLImageElement.prototype, 'src')!,
      socket: window.WebSocket,
    };
    window.fetch = (input: RequestInfo | URL) => {
      requests.push(`fetch ${input}`);
      return Promise.reject(new Error('blocked'));
    };
    XMLHttpRequest.prototype.open = function (_method: string, url: string | URL) {
      requests.push(`xhr ${url}`);
    } as typeof XMLHttpRequest.prototype.open;
    navigator.sendBeacon = (url: string | URL) => (requests.push(`beacon ${url}`), true);
    Object.defineProperty(HTMLImageElement.prototype, 'src', {
      configurable: true,
      set(url: string) {
        requests.push(`img ${url}`);
      },
    });
    window.WebSocket = function (url: string) {
      requests.push(`socket ${url}`);
    } as unknown as typeof WebSocket;
    const resources: string[] = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => resources.push(e.name)));
    observer.observe({ type: 'resource' });
    try {
      for (const plan of [ORDINARY, FEVER, { ...ORDINARY, chest: 'yes' }]) {
        const el = await checker();
        await startByClick(el);
        await run(el, plan);
        if (state(el).view === 'check') await clickButton(el, 'See my result');
        expect(state(el).view).to.equal('result');
        await clickButton(el, 'Start again');
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      window.fetch = saved.fetch;
      XMLHttpRequest.prototype.open = saved.open;
      navigator.sendBeacon = saved.beacon;
      Object.defineProperty(HTMLImageElement.prototype, 'src', saved.src);
      window.WebSocket = saved.socket;
      observer.disconnect();
    }
    expect(requests).to.deep.equal([]);
    expect(resources).to.deep.equal([]);
  });

  it('stores nothing without remember', async () => {
    const writes: string[] = [];
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string) {
      writes.push(key);
    };
    try {
      const el = await checker();
      await startByClick(el);
      await run(el, ORDINARY);
      await clickButton(el, 'See my result');
    } finally {
      Storage.prototype.setItem = setItem;
    }
    expect(writes).to.deep.equal([]);
    expect(document.cookie).to.equal('');
  });

  it('with remember, keeps answers in sessionStorage only until Start again', async () => {
    const el = await checker('remember');
    await startByClick(el);
    await answerByClicks(el, 'no');
    await answerByClicks(el, 'no');
    expect(sessionStorage.length).to.equal(1);
    expect(localStorage.length).to.equal(0);
    const again = await checker('remember');
    expect(step(again), 'restored').to.equal('saddle');
    expect(state(again).answers).to.deep.equal({ bladder: false, bowel: false });
    await clickButton(again, 'Back');
    await clickButton(again, 'Back');
    await clickButton(again, 'Back');
    expect(step(again)).to.equal('start');
    await startByClick(again);
    await run(again, { ...ORDINARY, bladder: 'yes' });
    await clickButton(again, 'Start again');
    expect(sessionStorage.length).to.equal(0);
  });
});

describe('<symptom-checker> keyboard, small screens, light and dark', () => {
  for (const [name, plan, heading] of [
    ['emergency', { ...ORDINARY, legs: 'both' }, 'Call 999 now'],
    ['see a doctor', FEVER, 'See a doctor today'],
    ['massage suits', SCIATICA, 'Massage is likely to help'],
  ] as const) {
    it(`reaches the ${name} result by keyboard alone`, async () => {
      const el = await checker();
      await tabUntil(el, keyboard, (a) => a?.textContent?.trim() === 'Start now');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await run(el, plan, answerByKeyboard(keyboard));
      if (state(el).view === 'check') {
        await tabUntil(el, keyboard, (a) => a?.textContent?.trim() === 'See my result');
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
      }
      expect(headingText(el)).to.contain(heading);
      expect(focused(el)).to.equal($(el, 'h2'));
      await tabUntil(el, keyboard, (a) => a?.textContent?.trim() === 'Start again');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(step(el)).to.equal('start');
    });
  }

  const fits = (el: SymptomChecker) =>
    expect(el.scrollWidth, `${step(el)} fits 320px`).to.be.at.most(el.clientWidth + 1);
  const visit = async (el: SymptomChecker) => {
    await expect(el).to.be.accessible();
    fits(el);
  };
  const plans: [string, Plan][] = [
    [
      'massage-ok, pregnant and cleared',
      {
        ...ORDINARY,
        pregnant: 'yes',
        pregWeeks: '20',
        obstetric: 'no',
        age: '30',
        weeks: '30',
        ibp: [],
        cleared: 'yes',
      },
    ],
    ['today', FEVER],
    ['before booking', { ...ORDINARY, history: ['thinners'], cleared: 'no' }],
    ['within days', { ...ORDINARY, signs: ['skin'], age: '60', first: 'no' }],
    ['emergency', { ...ORDINARY, bowel: 'yes' }],
  ];
  for (const scheme of ['light', 'dark'] as const) {
    for (const [name, plan] of plans) {
      it(`passes axe on every step to the ${name} result (${scheme}), and fits 320px`, async function () {
        this.timeout(60_000);
        await usePageScheme(scheme);
        await setViewport({ width: 320, height: 640 });
        const el = await checker();
        await visit(el);
        await startByClick(el);
        await run(el, plan, answerByClicks, () => visit(el));
        if (state(el).view === 'check') {
          await visit(el);
          await clickButton(el, 'See my result');
        }
        await visit(el);
      });
    }
  }
});
