/**
 * `<stretch-card>` over time and in the page: when the timer wakes (visible and hidden tab), that no
 * timer, listener or audio context outlives removal, a card moved in the page, the timer buttons'
 * names, and axe for every kind of card.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/stretch-card/stretch-card.ts';
import type { StretchCard } from '../../src/stretch-card/stretch-card.ts';
import { stretchWords } from '../../src/stretch-card/strings.ts';
import { captureWarnings } from '../helpers/warnings.ts';
import { clocked, fakeAudio, part, setHidden, text, timerView, trackTimers } from './helpers.ts';

describe('<stretch-card> timer wake-ups', () => {
  let timers: ReturnType<typeof trackTimers>;
  afterEach(() => {
    timers?.restore();
    setHidden(false);
  });

  it('schedules nothing until Start', async () => {
    timers = trackTimers();
    const { card } = await clocked(html`<stretch-card stretch="pelvic-tilt"></stretch-card>`);
    card.requestUpdate();
    await card.updateComplete;
    expect(timers.live()).to.deep.equal([]);
  });

  it('wakes when the shown second changes while visible, and only at the next phase change while hidden', async () => {
    const { card, at, click } = await clocked(html`<stretch-card stretch="pelvic-tilt"></stretch-card>`);
    timers = trackTimers();
    await click('.main');
    await at(1500);
    // 3.5 s left in the 5 s hold: the display changes from 0:04 to 0:03 in 0.5 s (plus a small margin).
    expect(timers.live()).to.deep.equal([520]);

    setHidden(true);
    await card.updateComplete;
    expect(timers.live()).to.deep.equal([3520]);
    await at(2000);
    expect(timers.live()).to.deep.equal([3020]);

    setHidden(false);
    await card.updateComplete;
    expect(timers.live()).to.deep.equal([20 + 1000]);
  });

  it('stops waking when paused or done', async () => {
    const { card, at, click } = await clocked(
      html`<stretch-card stretch="pelvic-tilt" hold="1" reps="1"></stretch-card>`,
    );
    timers = trackTimers();
    await click('.main');
    expect(timers.live().length).to.equal(1);
    await click('.main');
    expect(timers.live()).to.deep.equal([]);
    await click('.main');
    await at(5000);
    expect(timerView(card).phase).to.equal('All done, well done!');
    expect(timers.live()).to.deep.equal([]);
  });

  it('really ticks on the page clock: the shown second changes by itself', async () => {
    const card = await fixture<StretchCard>(html`<stretch-card stretch="pelvic-tilt"></stretch-card>`);
    part(card, '.main')!.click();
    await card.updateComplete;
    expect(text(part(card, '.time'))).to.equal('0:05');
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(text(part(card, '.time'))).to.equal('0:04');
  });
});

describe('<stretch-card> removal leaves nothing running', () => {
  let timers: ReturnType<typeof trackTimers> | undefined;
  let audio: ReturnType<typeof fakeAudio> | undefined;
  afterEach(() => {
    timers?.restore();
    audio?.restore();
    timers = audio = undefined;
  });

  it('keeps no timer when the card is removed in the same task as Start', async () => {
    const card = await fixture<StretchCard>(html`<stretch-card stretch="pelvic-tilt"></stretch-card>`);
    timers = trackTimers();
    part(card, '.main')!.click();
    card.remove();
    await card.updateComplete;
    // The update after Start did run (on the detached card), but scheduled no tick.
    expect(text(part(card, '.main'))).to.equal('Pause');
    expect(timers.live()).to.deep.equal([]);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(card.isUpdatePending).to.equal(false);
    expect(timers.live()).to.deep.equal([]);
  });

  it('keeps no timer, visibility listener or audio context after a running card is removed', async () => {
    audio = fakeAudio();
    const card = await fixture<StretchCard>(html`<stretch-card stretch="pelvic-tilt" sound></stretch-card>`);
    timers = trackTimers();
    part(card, '.main')!.click();
    await card.updateComplete;
    expect(timers.live().length).to.equal(1);
    expect(audio.calls).to.deep.equal(['context', 'beep']);

    card.remove();
    expect(timers.live()).to.deep.equal([]);
    expect(audio.calls).to.deep.equal(['context', 'beep', 'close']);
    setHidden(true);
    setHidden(false);
    expect(card.isUpdatePending, 'visibilitychange still heard').to.equal(false);
  });

  it('makes no audio context for a Start clicked from code after removal', async () => {
    audio = fakeAudio();
    const card = await fixture<StretchCard>(html`<stretch-card stretch="pelvic-tilt" sound></stretch-card>`);
    card.remove();
    part(card, '.main')!.click();
    await card.updateComplete;
    expect(audio.calls).to.deep.equal([]);
  });

  it('catches up with the clock when a running card is put back in the page', async () => {
    const { card, click } = await clocked(html`<stretch-card stretch="pelvic-tilt"></stretch-card>`);
    const parent = card.parentElement!;
    await click('.main');
    card.remove();
    card.now = () => 2500;
    timers = trackTimers();
    parent.append(card);
    await card.updateComplete;
    expect(timerView(card)).to.deep.include({ phase: 'Hold', time: '0:03' });
    expect(timers.live()).to.deep.equal([520]);
  });
});

describe('<stretch-card> timer buttons', () => {
  it('names each button by its visible text and the stretch, so cards on one page are told apart', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <stretch-card stretch="knee-to-chest"></stretch-card>
        <stretch-card stretch="hamstring" heading="Our thigh stretch"></stretch-card>
        <stretch-card></stretch-card>
      </div>`,
    );
    const [knee, thigh, own] = [...page.querySelectorAll('stretch-card')];
    await Promise.all([knee.updateComplete, thigh.updateComplete, own.updateComplete]);
    const name = (card: StretchCard, selector: string) => part(card, selector)!.getAttribute('aria-label');
    expect(name(knee, '.main')).to.equal(`Start: ${stretchWords('en', 'knee-to-chest').title}`);
    expect(name(thigh, '.main')).to.equal('Start: Our thigh stretch');
    expect(name(own, '.main')).to.equal('Start: Stretch');

    part(knee, '.main')!.click();
    await knee.updateComplete;
    expect(name(knee, '.main')).to.equal('Pause: Knee to chest');
    expect(name(knee, '.reset')).to.equal('Reset: Knee to chest');
    part(knee, '.main')!.click();
    await knee.updateComplete;
    expect(name(knee, '.main')).to.equal('Resume: Knee to chest');
    // WCAG 2.5.3: the accessible name starts with the words on the button.
    for (const button of knee.shadowRoot!.querySelectorAll('button')) {
      expect(button.getAttribute('aria-label')!.startsWith(text(button)), text(button)).to.equal(true);
    }
  });

  it('keeps 44 px targets and a visible focus ring', async () => {
    const card = await fixture<StretchCard>(html`<stretch-card stretch="hamstring"></stretch-card>`);
    const main = part(card, '.main')!;
    expect(main.getBoundingClientRect().height).to.be.at.least(44);
    // Whether :focus-visible matches after a programmatic focus depends on the last input: check the rule.
    const rules = [...card.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])].map(
      (rule) => rule.cssText,
    );
    expect(rules.some((rule) => rule.startsWith(':focus-visible') && rule.includes('outline: 3px solid'))).to.equal(
      true,
    );
  });
});

describe('<stretch-card> axe', () => {
  it('passes for a catalog card', async () => {
    const card = await fixture<StretchCard>(html`<stretch-card stretch="knee-to-chest"></stretch-card>`);
    await expect(card).to.be.accessible();
  });

  it('passes for a clinic’s own exercise', async () => {
    const card = await fixture<StretchCard>(
      html`<stretch-card heading="Wall calf stretch" hold="30" sides="each">
        <img
          slot="picture"
          alt="A person leaning on a wall, one leg back"
          src="data:image/gif;base64,R0lGODlhAQABAAAAACw="
        />
        <ol slot="steps">
          <li>Face a wall.</li>
          <li>Step one foot back.</li>
        </ol>
      </stretch-card>`,
    );
    await expect(card).to.be.accessible();
  });

  it('passes compact', async () => {
    const card = await fixture<StretchCard>(html`<stretch-card stretch="cat-cow" compact></stretch-card>`);
    await expect(card).to.be.accessible();
  });

  it('passes for an unknown id', async () => {
    let card!: StretchCard;
    await captureWarnings(async () => {
      card = await fixture<StretchCard>(html`<stretch-card stretch="toe-touch"></stretch-card>`);
    });
    await expect(card).to.be.accessible();
  });

  it('passes with the timer running, and with two running cards on one page', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <stretch-card stretch="hamstring"></stretch-card>
        <stretch-card stretch="hip-flexor"></stretch-card>
      </div>`,
    );
    for (const card of page.querySelectorAll('stretch-card')) {
      await card.updateComplete;
      part(card, '.main')!.click();
      await card.updateComplete;
    }
    await expect(page).to.be.accessible();
  });
});
