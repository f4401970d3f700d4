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
  heading,
  headingText,
  pick,
  pressContinue,
  root,
  run,
  setAnswers,
  state,
  step,
  tabUntil,
  type Plan,
} from './harness.ts';
import { keyboard } from '../helpers/keyboard.ts';

/** The test runner's real keyboard, for the keyboard-only runs. */

/** A checker inside a provider (60 and 90 minutes, emergency number 999, online booking at cal.com). */
async function checker(attributes = '', provider = 'booking-url="https://cal.com/harbour/massage" provider="calcom"') {
  const wrapper = await fixture<HTMLElement>(
    `<clinic-provider sessions="60:95, 90:135" locale="en-US" emergency-number="999" ${provider}><symptom-checker ${attributes}></symptom-checker></clinic-provider>`,
  );
  const el = wrapper.querySelector('symptom-checker')!;
  await el.updateComplete;
  return el;
}

/** "No" to every inflammatory back pain item. */
const IBP_NONE: Plan = Object.fromEntries(
  ['ibpNight', 'ibpButtock', 'ibpMoving', 'ibpNsaid', 'ibpFamily', 'ibpPsoriasis', 'ibpArthritis', 'ibpHeel'].map(
    (f) => [f, 'no'],
  ),
);

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
  it('starts with what it is, that it is private, not a diagnosis, does not replace a doctor, not for emergencies', async () => {
    const el = await checker();
    const text = root(el).textContent!;
    expect(headingText(el)).to.equal('Is massage right for your back pain?');
    expect(text).to.contain('stay on this device').and.contain('call 999');
    expect(text).to.contain('This is not a diagnosis and does not replace a doctor or physiotherapist.');
    expect(text).to.contain('about 7 minutes').and.contain('9 short pages');
    expect(focused(el), 'no focus stolen on load').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('moves focus to each step heading, with no live region repeating it', async () => {
    const el = await checker();
    await startByClick(el);
    expect(focused(el)).to.equal(heading(el));
    expect($(el, 'legend .step-heading, label')).to.not.equal(null);
    expect(root(el).querySelector('[aria-live]'), 'spoken once: by focus').to.equal(null);
    await answerByClicks(el, ORDINARY);
    expect(step(el)).to.equal('ces');
    expect(focused(el)).to.equal(heading(el));
    expect(headingText(el)).to.contain('have you had any of these');
  });

  it('shows progress as words inside the heading ("Section 2 of 4: Warning signs"), never "2 / 4"', async () => {
    const el = await checker();
    await startByClick(el);
    expect($(el, '.step-heading .caption').textContent!.trim()).to.equal('Section 1 of 4: About you');
    await answerByClicks(el, ORDINARY);
    expect($(el, '.step-heading .caption').textContent!.trim()).to.equal('Section 2 of 4: Warning signs');
    expect(root(el).textContent).to.not.match(/\d\s*\/\s*\d/);
  });

  it('says per question what is missing, GOV.UK style, in the summary and beside each item', async () => {
    const el = await checker();
    await startByClick(el);
    await pressContinue(el);
    expect($(el, '.error-summary').textContent).to.contain('There is a problem').and.contain('Enter your age, like 42');
    await pick(el, 'age', '35');
    await pressContinue(el);
    await pick(el, 'bladder', 'no');
    await pressContinue(el);
    const summary = $(el, '.error-summary');
    expect(focused(el)).to.equal(summary);
    const links = [...summary.querySelectorAll('a')].map((a) => a.textContent!.trim());
    expect(links).to.deep.equal([
      'Select if you have had new problems with your bowels',
      'Select if you have numbness or tingling around your genitals, back passage or inner thighs',
      'Select if you have noticed a new change in sexual function',
    ]);
    expect($(el, '#e-bowel').textContent).to.contain('Select if you have had new problems with your bowels');
    expect($(el, '#e-bladder'), 'no error on the answered item').to.equal(null);
    const fieldset = $(el, '#e-bowel').closest('fieldset')!;
    expect(fieldset.getAttribute('aria-describedby')).to.contain('e-bowel');
    expect(summary.getAttribute('role'), 'the alert is inside, not on the focusable summary').to.equal(null);
    expect(summary.querySelector('[role=alert]')).to.not.equal(null);
    await expect(el).to.be.accessible();
    (summary.querySelector('a[href="#f-saddle"]') as HTMLElement).click();
    expect(focused(el)).to.equal($(el, '#f-saddle'));
  });

  it('Continue twice without an answer keeps focus on the error summary; picking an answer then never moves focus', async () => {
    const el = await checker();
    await startByClick(el);
    await answerByClicks(el, ORDINARY);
    await tabUntil(el, keyboard, (a) => a?.textContent?.trim() === 'Continue');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const summary = $(el, '.error-summary');
    expect(focused(el), 'first Continue').to.equal(summary);
    // The visitor goes back to Continue and presses it again, still without answering.
    await tabUntil(el, keyboard, (a) => a?.textContent?.trim() === 'Continue');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(focused(el), 'second Continue').to.equal($(el, '.error-summary'));
    // Now answering by keyboard: focus stays on the radio picked (WCAG 3.2.2, 2.4.3).
    await tabUntil(el, keyboard, (a) => (a as HTMLInputElement)?.name === 'bladder');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    await el.updateComplete;
    expect((focused(el) as HTMLInputElement).name).to.equal('bladder');
    expect((focused(el) as HTMLInputElement).value).to.equal('no');
    await pick(el, 'bowel', 'no');
    expect((focused(el) as HTMLInputElement | null)?.name).to.not.equal(undefined);
    expect(focused(el)?.classList.contains('error-summary')).to.equal(false);
    // Continue again: the summary lists what is still missing and takes focus.
    await pressContinue(el);
    expect(focused(el)).to.equal($(el, '.error-summary'));
    expect($(el, '.error-summary').textContent).to.not.contain('bowels');
  });

  it('rejects numbers out of range with a message for that question', async () => {
    const el = await checker();
    await startByClick(el);
    await pick(el, 'age', '300');
    await pressContinue(el);
    expect($(el, '#e-age').textContent).to.contain('Enter your age in whole years, from 1 to 120');
    expect($(el, 'input').getAttribute('aria-describedby')).to.contain('e-age');
    await answerByClicks(el, { age: '35' });
    expect(step(el)).to.equal('ces');
  });

  it('interrupts at Continue on an emergency answer, even with the rest of the screen unanswered', async () => {
    const el = await checker();
    await startByClick(el);
    await answerByClicks(el, ORDINARY);
    setAnswers(el, { ...state(el).answers, fever: true });
    await pick(el, 'bladder', 'yes');
    setTimeout(() => pressContinue(el));
    const { detail } = await oneEvent(el, 'triage-complete');
    await el.updateComplete;
    expect(detail).to.deep.equal({ urgency: 'emergency', timeframe: undefined, suggestion: undefined });
    const card = $(el, '.card');
    expect(card.className).to.contain('emergency');
    expect(headingText(el)).to.equal('Emergency: Call 999 now or go to the emergency department');
    expect($(el, '.card .step-heading .visually-hidden').textContent).to.contain('Emergency');
    expect(card.textContent).to.contain('New problems peeing').and.contain('not a diagnosis');
    expect(card.textContent).to.contain('Do not drive yourself').and.contain('Do not wait');
    expect(card.textContent, 'only the emergency is named').to.not.contain('temperature');
    expect($<HTMLAnchorElement>(el, 'a[href^="tel:"]').href).to.equal('tel:999');
    expect(root(el).textContent).to.not.match(/Book this|Stretches|What to expect/);
    expect(root(el).querySelector('a[href^="https"]')).to.equal(null);
    expect(focused(el)).to.equal(heading(el));
    await expect(el).to.be.accessible();
    await clickButton(el, 'Wrong answer? Go back');
    expect(step(el)).to.equal('ces');
    await answerByClicks(el, ORDINARY);
    expect(step(el)).to.equal('legs');
  });

  it('sends a pregnancy emergency to labor and delivery or the emergency number', async () => {
    const el = await checker();
    await startByClick(el);
    await run(el, { ...ORDINARY, age: '30', pregnant: 'yes', pregWeeks: '30', obstetric: 'yes' });
    expect(headingText(el)).to.contain('Call 999 now, or call labor and delivery at your hospital');
  });

  it('treats "I\'m not sure" on an emergency question as an emergency, and says why', async () => {
    const el = await checker();
    await startByClick(el);
    await run(el, { ...ORDINARY, saddle: 'not-sure' });
    expect(state(el).view).to.equal('result');
    expect($(el, '.card').textContent).to.contain('not sure');
  });

  it('skips items the answers make irrelevant, and asks follow-ups when they matter', async () => {
    const el = await checker();
    await startByClick(el);
    const seen = await run(el, ORDINARY);
    for (const skipped of ['pregnancy', 'ibp', 'goAhead']) expect(seen).to.not.include(skipped);
    await clickButton(el, 'See my result');
    await clickButton(el, 'Start again');
    await startByClick(el);
    const pregnant: Plan = { ...ORDINARY, pregnant: 'yes', pregWeeks: '24', obstetric: 'no', okPregnancy: 'yes' };
    expect(await run(el, pregnant)).to.include.members(['pregnancy', 'goAhead']);
    await clickButton(el, 'See my result');
    expect($(el, '.card').className).to.contain('massage-ok');
    expect($(el, '.card').textContent).to.contain('Gentle Swedish massage').and.contain('pregnant');
  });

  it('asks a go-ahead for each precaution that applies, naming it', async () => {
    const el = await checker();
    await startByClick(el);
    await run(el, { ...ORDINARY, thinners: 'yes', surgery: 'yes', okThinners: 'yes', okSurgery: 'no' });
    expect(root(el).textContent).to.contain('Has your surgeon said massage is safe after your operation?');
    expect(root(el).textContent).to.contain('blood thinners or bleeding disorder?');
    expect(root(el).textContent).to.not.contain('pregnancy?');
    await clickButton(el, 'See my result');
    expect(headingText(el)).to.contain('Check with your doctor, physio or midwife before booking');
    expect($(el, '.card').textContent).to.contain('Ask your surgeon').and.not.contain('Blood thinners or');
  });
});

describe('<symptom-checker> check answers', () => {
  it('lists every answer with a Change link that returns to check answers', async () => {
    const el = await checker();
    await startByClick(el);
    await run(el, ORDINARY);
    expect(headingText(el)).to.equal('Check your answers');
    const rows = root(el).querySelectorAll('dl > div');
    // One row per answer; the duration's amount and unit are one answer, "1 weeks".
    expect(rows.length).to.equal(Object.keys(ORDINARY).length - 1);
    const durationRow = [...rows].find((row) => row.textContent!.includes('How long have you had this pain'))!;
    expect(durationRow.querySelector('dd')!.textContent).to.contain('1 week').and.not.contain('1 weeks');
    const painRow = [...rows].find((row) => row.textContent!.includes('How bad is the pain'))!;
    expect(painRow.querySelector('dd')!.textContent).to.contain('4 out of 10');
    expect(painRow.querySelector('button .visually-hidden')!.textContent).to.contain('How bad is the pain');
    await expect(el).to.be.accessible();

    painRow.querySelector('button')!.click();
    await el.updateComplete;
    expect(step(el)).to.equal('now');
    expect($<HTMLInputElement>(el, 'input[name="pain"][value="4"]').checked, 'pre-filled').to.equal(true);
    await answerByClicks(el, { ...ORDINARY, pain: '5' });
    expect(step(el), 'back to check answers').to.equal('check');
    expect(root(el).textContent).to.contain('5 out of 10');
    expect(focused(el)).to.equal(heading(el));
  });

  it('asks newly relevant questions after a change, then returns to check answers', async () => {
    const el = await checker();
    await startByClick(el);
    await run(el, ORDINARY);
    const row = [...root(el).querySelectorAll('dl > div')].find((r) => r.textContent!.includes('You are pregnant'))!;
    row.querySelector('button')!.click();
    await el.updateComplete;
    await answerByClicks(el, { ...ORDINARY, pregnant: 'yes' });
    expect(step(el)).to.equal('pregnancy');
    await answerByClicks(el, { pregWeeks: '12', obstetric: 'no' });
    expect(step(el)).to.equal('goAhead');
    await answerByClicks(el, { okPregnancy: 'no' });
    expect(step(el)).to.equal('check');
    await clickButton(el, 'See my result');
    expect(headingText(el)).to.contain('Check with your doctor, physio or midwife before booking');
    expect($(el, '.card').textContent).to.contain('Ask your midwife or doctor if massage is safe in your pregnancy');
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

/** The text under the result card's sub-heading `name`, up to the next sub-heading. */
function section(el: SymptomChecker, name: string): string {
  const headings = [...root(el).querySelectorAll('.card h3')];
  const start = headings.find((h) => h.textContent!.trim().startsWith(name));
  if (!start) return '';
  let text = '';
  for (let node = start.nextElementSibling; node && node.localName !== 'h3'; node = node.nextElementSibling) {
    text += node.textContent;
  }
  return text.replace(/\s+/g, ' ');
}

describe('<symptom-checker> results', () => {
  it('see a doctor: care for today, keep active, reasons apart from advice, safety net, no booking or stretches', async () => {
    const el = await checker();
    await startByClick(el);
    await run(el, FEVER);
    setTimeout(() => clickButton(el, 'See my result'));
    const event = await oneEvent(el, 'triage-complete');
    await el.updateComplete;
    expect(event.composed).to.equal(true);
    expect(event.detail).to.deep.equal({ urgency: 'see-doctor', timeframe: 'today', suggestion: undefined });
    expect(headingText(el)).to.equal('Urgent: See a doctor today');
    const todo = section(el, 'What to do now');
    expect(todo).to.contain('same-day appointment').and.contain('urgent care').and.contain('Do not wait');
    expect(todo).to.contain('Please do not book').and.contain('keep moving gently').and.contain('bed rest makes');
    const reasons = section(el, 'You told us about');
    expect(reasons).to.contain('A high temperature').and.not.contain('Please do not book');
    expect(reasons.match(/temperature|fever/gi), 'the fever once').to.have.length(1);
    const net = section(el, 'Call 999 or go to the emergency department at once');
    for (const symptom of [
      'peeing',
      'bowels',
      'genitals',
      'sexual function',
      'both legs',
      'getting worse',
      'Chest pain',
      'swollen calf',
      'serious accident',
    ]) {
      expect(net, symptom).to.contain(symptom);
    }
    expect(net).to.not.contain('labor and delivery');
    expect($(el, '.card').textContent).to.contain(
      'This is not a diagnosis and does not replace a doctor or physiotherapist.',
    );
    expect(root(el).textContent).to.not.match(/Book this|Stretches|What to expect/);
    expect(root(el).querySelector('booking-button, stretch-card')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('a pregnant visitor’s safety net adds bleeding, tummy pain or tightenings, and the maternity unit', async () => {
    const el = await checker();
    await startByClick(el);
    await run(el, { ...ORDINARY, age: '30', pregnant: 'yes', pregWeeks: '20', obstetric: 'no', okPregnancy: 'no' });
    await clickButton(el, 'See my result');
    expect(section(el, 'Call 999'))
      .to.contain('Bleeding, severe tummy pain or tightenings')
      .and.contain('labor and delivery');
    expect(section(el, 'What to do now')).to.contain('midwife');
  });

  it('massage-ok: booking first, then what to do, the safety net, compact stretches and what to expect', async () => {
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
    expect(text).to.contain('Keep moving').and.contain('Call 999').and.contain('not a diagnosis');
    expect(section(el, 'What to expect in your session'))
      .to.contain('short talk')
      .and.contain('how you stand and move')
      .and.contain('on your side in pregnancy')
      .and.contain('never unbearable')
      .and.contain('Tell your therapist');
    expect(text).to.contain('referral for massage').and.contain('insurance benefits');
    // The order on a phone: booking, what to do, safety net, stretches.
    const order = ['booking-button', 'h3:nth-of-type(1)', 'details'].map((selector) => $(el, `.card ${selector}`));
    for (let i = 1; i < order.length; i++) {
      expect(
        order[i - 1].compareDocumentPosition(order[i]) & Node.DOCUMENT_POSITION_FOLLOWING,
        `order ${i}`,
      ).to.not.equal(0);
    }
    const subheadings = [...root(el).querySelectorAll('.card h3')].map((h) => h.textContent!.trim());
    expect(subheadings.slice(0, 3)).to.deep.equal([
      'What to do now',
      'Call 999 or go to the emergency department at once if you get:',
      'Stretches to do at home',
    ]);
    const cards = [...root(el).querySelectorAll('details stretch-card')];
    expect(cards.map((card) => card.getAttribute('stretch'))).to.deep.equal([
      'sciatic-nerve-glide',
      'figure-four',
      'knee-to-chest',
    ]);
    expect(cards.every((card) => card.hasAttribute('compact'))).to.equal(true);
    expect(root(el).querySelector('details[open]'), 'closed until opened').to.equal(null);
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

  it('massage-ok on a 320 × 640 phone: the booking button starts within the first screen of the card', async () => {
    await setViewport({ width: 320, height: 640 });
    for (const plan of [ORDINARY, SCIATICA, { ...ORDINARY, thinners: 'yes', okThinners: 'yes' }]) {
      const el = await checker();
      await startByClick(el);
      await run(el, plan);
      await clickButton(el, 'See my result');
      const booking = $(el, 'booking-button') as HTMLElement & { updateComplete: Promise<unknown> };
      await booking.updateComplete;
      const top = $(el, '.card').getBoundingClientRect().top;
      expect(booking.getBoundingClientRect().top - top).to.be.below(640);
      expect(booking.getBoundingClientRect().bottom - top, 'the whole button').to.be.below(640);
    }
  });

  it('insurance-note: off hides the referral and insurance line, other words replace it', async () => {
    for (const [value, expected] of [
      ['off', undefined],
      ['false', undefined],
      ['Ask us about direct billing.', 'Ask us about direct billing.'],
    ] as const) {
      const el = await checker(`insurance-note="${value}"`);
      await startByClick(el);
      await run(el, ORDINARY);
      await clickButton(el, 'See my result');
      const text = $(el, '.card').textContent!;
      expect(text, value).to.not.contain('insurance benefits');
      if (expected) expect(text).to.contain(expected);
    }
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
    await answerByClicks(el, ORDINARY);
    await answerByClicks(el, ORDINARY);
    expect(sessionStorage.length).to.equal(1);
    expect(localStorage.length).to.equal(0);
    const again = await checker('remember');
    expect(step(again), 'restored').to.equal('legs');
    expect(state(again).answers).to.deep.equal({ age: 35, bladder: false, bowel: false, saddle: false, sexual: false });
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
        durationAmount: '30',
        ...IBP_NONE,
        okPregnancy: 'yes',
      },
    ],
    ['today', FEVER],
    ['before booking', { ...ORDINARY, thinners: 'yes', okThinners: 'no' }],
    ['within days', { ...ORDINARY, skin: 'yes', age: '60', first: 'no' }],
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
