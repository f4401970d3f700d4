import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../src/clinic-provider/clinic-provider.ts';
import '../../src/stretch-card/stretch-card.ts';
import type { StretchCard } from '../../src/stretch-card/stretch-card.ts';
import { stretches, STRETCH_IDS, type StretchId } from '../../src/stretch-card/catalog.ts';
import { stretchStrings, stretchWords } from '../../src/stretch-card/strings.ts';

const STOP_IF_WORSE = stretchStrings['stretch.stopIfWorse'];
import { captureWarnings } from '../helpers/warnings.ts';
import { resetPageScheme, usePageScheme } from '../helpers/color-scheme.ts';
import { clocked, dose, fakeAudio, part, setHidden, text, timerView } from './helpers.ts';

describe('<stretch-card> catalog rendering', () => {
  for (const id of STRETCH_IDS) {
    it(`renders art, steps, dose and cautions for ${id}`, async () => {
      const entry = stretches[id];
      const words = stretchWords('en', id);
      const card = await fixture<StretchCard>(html`<stretch-card stretch=${id}></stretch-card>`);
      const art = part(card, 'svg[role="img"]')!;
      expect(art.getAttribute('aria-label')).to.equal(words.alt);
      expect(art.querySelector('circle')).to.not.equal(null);
      expect(art.querySelectorAll('path').length).to.be.greaterThan(1);
      expect(text(part(card, '[role="heading"]'))).to.equal(words.title);
      const steps = [...card.shadowRoot!.querySelectorAll('ol li')].map(text);
      expect(steps).to.deep.equal(words.steps);
      const dose = text(part(card, 'dl'));
      expect(dose).to.contain(`${entry.holdSeconds} seconds`);
      expect(dose).to.contain(`${entry.reps} times${entry.sides === 'each' ? ' on each side' : ''}`);
      expect(dose).to.contain(words.frequency);
      const cautions = [...card.shadowRoot!.querySelectorAll('.cautions li')].map(text);
      expect(cautions[0]).to.equal(STOP_IF_WORSE);
      for (const caution of words.cautions) expect(cautions).to.include(caution);
      if (entry.kind === 'slow-reps') expect(dose).to.contain('moving slowly (no hold)');
    });
  }

  it('shows the clinic’s emergency number in the red-flag caution', async () => {
    const provider = await fixture(
      html`<clinic-provider locale="en-GB"><stretch-card stretch="hamstring"></stretch-card></clinic-provider>`,
    );
    const card = provider.querySelector('stretch-card')!;
    await card.updateComplete;
    expect(text(part(card, '.cautions'))).to.contain('call 999 now');
  });
});

describe('<stretch-card> hold timer', () => {
  afterEach(() => setHidden(false));

  it('runs a whole set with a pause and a hidden-tab gap, announcing only phase changes', async () => {
    const { card, at, click } = await clocked(
      html`<stretch-card stretch="hamstring" hold="2" reps="2"></stretch-card>`,
    );
    // The set: L1 hold 0–2 s, rest 2–7, L2 hold 7–9, switch 9–14, R1 hold 14–16, rest 16–21, R2 hold 21–23.
    expect(timerView(card)).to.deep.equal({
      where: 'Rep 1 of 2, left side',
      phase: 'Ready',
      time: '0:02',
      said: '',
      main: 'Start',
      reset: false,
    });

    await click('.main');
    expect(timerView(card)).to.deep.include({
      phase: 'Hold',
      time: '0:02',
      main: 'Pause',
      reset: true,
      said: 'Hold for 2 seconds. Rep 1 of 2, left side.',
    });

    await at(1000);
    expect(timerView(card)).to.deep.include({ time: '0:01', said: 'Hold for 2 seconds. Rep 1 of 2, left side.' });

    await at(2500);
    expect(timerView(card)).to.deep.include({
      where: 'Rep 2 of 2, left side',
      phase: 'Rest',
      time: '0:05',
      said: 'Rest for 5 seconds.',
    });

    await at(3000);
    await click('.main');
    expect(timerView(card)).to.deep.include({ phase: 'Paused', main: 'Resume', said: 'Paused', time: '0:04' });
    await at(60_000);
    expect(timerView(card)).to.deep.include({ phase: 'Paused', time: '0:04' });
    await click('.main');
    expect(timerView(card)).to.deep.include({
      phase: 'Rest',
      main: 'Pause',
      time: '0:04',
      said: 'Rest for 5 seconds.',
    });

    // 57 s were paused. The tab goes to the background during the rest and comes back 12.5 s later,
    // in the right-side hold: the card shows exactly that, and announces only where it is now.
    setHidden(true);
    await at(57_000 + 4000);
    setHidden(false);
    expect(timerView(card).phase).to.equal('Rest');
    await at(57_000 + 15_500);
    expect(timerView(card)).to.deep.include({
      where: 'Rep 1 of 2, right side',
      phase: 'Hold',
      time: '0:01',
      said: 'Hold for 2 seconds. Rep 1 of 2, right side.',
    });

    await at(57_000 + 18_000);
    expect(timerView(card)).to.deep.include({ where: 'Rep 2 of 2, right side', phase: 'Rest' });

    const complete = oneEvent(card, 'stretch-complete');
    await at(57_000 + 23_000);
    const event = await complete;
    expect(event.detail).to.deep.equal({ stretch: 'hamstring', hold: 2, reps: 2, sides: 'each' });
    expect(event.composed && event.bubbles).to.equal(true);
    expect(timerView(card)).to.deep.include({
      phase: 'All done, well done!',
      said: 'All done, well done!',
      time: '0:00',
      main: 'Start again',
    });

    await click('.reset');
    await card.updateComplete;
    expect(timerView(card)).to.deep.include({ phase: 'Ready', time: '0:02', reset: false, said: '' });
    expect(card.shadowRoot!.activeElement).to.equal(part(card, '.main'));
  });

  it('recomputes when the tab becomes visible again', async () => {
    const { card, at, click } = await clocked(html`<stretch-card stretch="pelvic-tilt"></stretch-card>`);
    await click('.main');
    setHidden(true);
    await at(0);
    // Time passes while hidden; the visibilitychange alone brings the card up to date.
    (card as unknown as { now: () => number }).now = () => 11_000;
    setHidden(false);
    await card.updateComplete;
    expect(timerView(card)).to.deep.include({ where: 'Rep 2 of 5', phase: 'Hold', time: '0:04' });
  });

  it('counts slow reps without holds for the nerve glide', async () => {
    const { card, at, click } = await clocked(html`<stretch-card stretch="sciatic-nerve-glide"></stretch-card>`);
    await click('.main');
    expect(timerView(card)).to.deep.include({
      phase: 'Move slowly',
      time: '0:30',
      said: 'Move slowly, 10 times. Rep 1 of 10, left side.',
    });
    await at(9500);
    expect(timerView(card)).to.deep.include({
      where: 'Rep 4 of 10, left side',
      said: 'Move slowly, 10 times. Rep 1 of 10, left side.',
    });
    await at(31_000);
    expect(timerView(card)).to.deep.include({
      phase: 'Switch sides',
      where: 'Rep 1 of 10, right side',
      said: 'Switch sides.',
    });
  });

  it('starts again from "Start again" and fires stretch-complete only once per set', async () => {
    const { card, at, click } = await clocked(
      html`<stretch-card stretch="pelvic-tilt" hold="1" reps="1"></stretch-card>`,
    );
    let completions = 0;
    card.addEventListener('stretch-complete', () => completions++);
    await click('.main');
    await at(1000);
    await at(5000);
    expect(completions).to.equal(1);
    await click('.main');
    expect(timerView(card)).to.deep.include({ phase: 'Hold', main: 'Pause' });
    await at(6000);
    expect(completions).to.equal(2);
  });

  it('makes no sound unless asked, and beeps softly after a Start click when `sound` is set', async () => {
    const { calls: made, restore } = fakeAudio();
    try {
      const silent = await clocked(html`<stretch-card stretch="pelvic-tilt"></stretch-card>`);
      await silent.click('.main');
      await silent.at(6000);
      expect(made).to.deep.equal([]);

      const { card, at, click } = await clocked(html`<stretch-card stretch="pelvic-tilt" sound></stretch-card>`);
      expect(made).to.deep.equal([]); // nothing before a user gesture
      await click('.main');
      expect(made).to.deep.equal(['context', 'beep']);
      await at(1000);
      expect(made.length).to.equal(2); // not every second
      await at(5500);
      expect(made).to.deep.equal(['context', 'beep', 'beep']);
      expect(card.sound).to.equal(true);
    } finally {
      restore();
    }
  });

  it('draws the progress bar without animation under reduced motion', async () => {
    const { card, at, click } = await clocked(html`<stretch-card stretch="pelvic-tilt"></stretch-card>`);
    await click('.main');
    await at(2500);
    const bar = part(card, '.bar span')!;
    expect(bar.style.inlineSize).to.equal('50%');
    expect(getComputedStyle(bar).transitionDuration).to.equal('0.3s');
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      // The transition only applies to prefers-reduced-motion: no-preference.
      expect(parseFloat(getComputedStyle(bar).transitionDuration)).to.be.below(0.001);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});

describe('<stretch-card> overrides, slots and bad input', () => {
  it('takes the title, dose and how often from attributes', async () => {
    const card = await fixture<StretchCard>(
      html`<stretch-card
        stretch="hamstring"
        heading="Back of thigh stretch"
        hold="30"
        reps="4"
        sides="both"
        frequency="Twice a day"
        heading-level="2"
      ></stretch-card>`,
    );
    const heading = part(card, '[role="heading"]')!;
    expect(text(heading)).to.equal('Back of thigh stretch');
    expect(heading.getAttribute('aria-level')).to.equal('2');
    expect(dose(card)).to.deep.equal(['Hold: 30 seconds', 'Repeat: 4 times', 'How often: Twice a day']);
    expect(timerView(card)).to.deep.include({ where: 'Rep 1 of 4', time: '0:30' });
    expect(card.hasAttribute('title')).to.equal(false);
  });

  it('shows a clinic’s own exercise from slots and attributes, without a warning', async () => {
    let card!: StretchCard;
    const warnings = await captureWarnings(async () => {
      card = await fixture<StretchCard>(
        html`<stretch-card heading="Wall calf stretch" hold="15" reps="2" sides="each">
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
    });
    expect(warnings).to.deep.equal([]);
    expect(text(part(card, '[role="heading"]'))).to.equal('Wall calf stretch');
    const picture = part(card, 'slot[name="picture"]') as HTMLSlotElement;
    const steps = part(card, 'slot[name="steps"]') as HTMLSlotElement;
    expect(picture.assignedElements()[0].localName).to.equal('img');
    expect(steps.assignedElements()[0].querySelectorAll('li').length).to.equal(2);
    expect(part(card, 'svg')).to.equal(null);
    expect(dose(card)).to.deep.equal(['Hold: 15 seconds', 'Repeat: 2 times on each side']);
    expect(text(part(card, '.cautions li'))).to.equal(STOP_IF_WORSE);
    expect(timerView(card).where).to.equal('Rep 1 of 2, left side');
  });

  it('lets a slot replace the steps and the picture of a catalog stretch', async () => {
    const card = await fixture<StretchCard>(
      html`<stretch-card stretch="hip-flexor">
        <svg slot="picture" role="img" aria-label="Our own drawing"></svg>
        <ol slot="steps">
          <li>Our own words.</li>
        </ol>
      </stretch-card>`,
    );
    const slotted = (name: string) => (part(card, `slot[name="${name}"]`) as HTMLSlotElement).assignedElements();
    expect(slotted('picture')[0].getAttribute('aria-label')).to.equal('Our own drawing');
    expect(text(slotted('steps')[0])).to.equal('Our own words.');
    expect(text(part(card, 'dl'))).to.contain('20 seconds');
    await expect(card).to.be.accessible();
  });

  it('shows a friendly message for an unknown id and warns once with the valid ids', async () => {
    let card!: StretchCard;
    const warnings = await captureWarnings(async () => {
      card = await fixture<StretchCard>(html`<stretch-card stretch="toe-touch"></stretch-card>`);
      card.requestUpdate();
      await card.updateComplete;
    });
    expect(warnings.length).to.equal(1);
    expect(warnings[0]).to.contain('<stretch-card> attribute "stretch": "toe-touch"');
    for (const id of STRETCH_IDS) expect(warnings[0]).to.contain(id);
    expect(text(part(card, 'article'))).to.contain('we couldn’t find the stretch “toe-touch”');
    expect(part(card, '.timer')).to.equal(null);
    await expect(card).to.be.accessible();
  });

  it('accepts ids in any case and with spaces around them', async () => {
    const card = await fixture<StretchCard>(html`<stretch-card stretch=" Figure-Four "></stretch-card>`);
    expect(text(part(card, '[role="heading"]'))).to.equal(stretchWords('en', 'figure-four').title);
  });

  it('warns once for a bad dose or sides and uses the catalog’s', async () => {
    let card!: StretchCard;
    const warnings = await captureWarnings(async () => {
      card = await fixture<StretchCard>(
        html`<stretch-card stretch="knee-to-chest" hold="ten" reps="0" sides="left" heading-level="9"></stretch-card>`,
      );
      card.requestUpdate();
      await card.updateComplete;
    });
    expect(warnings.length).to.equal(4);
    expect(warnings.join('\n')).to.contain('"hold": "ten"').and.contain('"reps": "0"').and.contain('"sides": "left"');
    expect(text(part(card, 'dl')))
      .to.contain('20 seconds')
      .and.contain('3 times on each side');
    expect(part(card, '[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
  });

  it('starts the timer over when the dose changes', async () => {
    const { card, click } = await clocked(html`<stretch-card stretch="pelvic-tilt"></stretch-card>`);
    await click('.main');
    card.reps = 2;
    await card.updateComplete;
    expect(timerView(card)).to.deep.include({ phase: 'Ready', where: 'Rep 1 of 2' });
  });
});

describe('<stretch-card> layout and accessibility', () => {
  afterEach(async () => {
    await resetPageScheme();
    await emulateMedia({ media: 'screen' });
    await setViewport({ width: 800, height: 600 });
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`passes axe in ${scheme} mode, full and compact, ready and running`, async () => {
      await usePageScheme(scheme);
      const { card, at, click } = await clocked(html`<stretch-card stretch="figure-four"></stretch-card>`);
      await expect(card).to.be.accessible();
      await click('.main');
      await at(1000);
      await expect(card).to.be.accessible();
      card.compact = true;
      await card.updateComplete;
      await expect(card).to.be.accessible();
    });
  }

  it('fits 320px wide without horizontal scrolling, full and compact', async () => {
    await setViewport({ width: 320, height: 800 });
    for (const compact of [false, true]) {
      const card = await fixture<StretchCard>(
        html`<div style="margin:0;padding:0">
          <stretch-card stretch="lower-trunk-rotation" ?compact=${compact}></stretch-card>
        </div>`,
      ).then((wrapper) => wrapper.querySelector('stretch-card')!);
      await card.updateComplete;
      const article = part(card, 'article')!;
      expect(card.getBoundingClientRect().width).to.be.at.most(320);
      expect(article.scrollWidth, `compact ${compact}`).to.be.at.most(article.clientWidth);
      for (const button of card.shadowRoot!.querySelectorAll('button:not([hidden])')) {
        const box = button.getBoundingClientRect();
        expect(box.height).to.be.at.least(24);
        expect(box.width).to.be.at.least(24);
      }
    }
  });

  it('puts the picture beside the text in the compact variant', async () => {
    const card = await fixture<StretchCard>(
      html`<div style="width:400px"><stretch-card stretch="cat-cow" compact></stretch-card></div>`,
    ).then((wrapper) => wrapper.querySelector('stretch-card')!);
    const figure = part(card, 'figure')!.getBoundingClientRect();
    const heading = part(card, '[role="heading"]')!.getBoundingClientRect();
    expect(heading.left).to.be.greaterThan(figure.right - 1);
    expect(Math.abs(heading.top - figure.top)).to.be.lessThan(4);
  });

  it('mirrors in a right-to-left page', async () => {
    const wrapper = await fixture(
      html`<div dir="rtl" style="width:400px"><stretch-card stretch="cat-cow" compact></stretch-card></div>`,
    );
    const card = wrapper.querySelector('stretch-card')!;
    await card.updateComplete;
    const cautions = getComputedStyle(part(card, '.cautions')!);
    expect(cautions.borderRightWidth).to.equal('4px');
    expect(cautions.borderLeftWidth).to.equal('0px');
    const figure = part(card, 'figure')!.getBoundingClientRect();
    const heading = part(card, '[role="heading"]')!.getBoundingClientRect();
    expect(figure.left).to.be.greaterThan(heading.right - 1);
  });

  it('skips layout far below the fold and lays out at its real height near the viewport (issue 17)', async () => {
    await setViewport({ width: 400, height: 600 });
    const wrapper = await fixture(
      html`<div>
        <div style="height:3000px"></div>
        <stretch-card stretch="hamstring"></stretch-card>
      </div>`,
    );
    const card = wrapper.querySelector<StretchCard>('stretch-card')!;
    await card.updateComplete;
    const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await frames();
    const remSize = parseFloat(getComputedStyle(document.documentElement).fontSize);
    expect(part(card, 'article')!.checkVisibility({ contentVisibilityAuto: true }), 'skipped while far away').to.be
      .false;
    expect(card.getBoundingClientRect().height, 'a typical card').to.equal(86 * remSize);
    expect(text(part(card, '[role="heading"]')), 'drawn all the same').to.not.equal('');

    card.scrollIntoView();
    await frames();
    expect(part(card, 'article')!.checkVisibility({ contentVisibilityAuto: true })).to.be.true;
    expect(card.getBoundingClientRect().height).to.equal(part(card, 'article')!.getBoundingClientRect().height);
    // Paint containment clips at the host: every focus ring (3 px + 2 px offset) stays inside it.
    const host = card.getBoundingClientRect();
    for (const control of card.shadowRoot!.querySelectorAll('button:not([hidden]), a, [tabindex]')) {
      const box = control.getBoundingClientRect();
      expect(box.left - 5, control.outerHTML).to.be.at.least(host.left);
      expect(box.right + 5, control.outerHTML).to.be.at.most(host.right);
    }
    window.scrollTo(0, 0);
  });

  it('focus inside a card far below the fold lays it out', async () => {
    const wrapper = await fixture(
      html`<div>
        <div style="height:3000px"></div>
        <stretch-card stretch="hamstring"></stretch-card>
      </div>`,
    );
    const card = wrapper.querySelector<StretchCard>('stretch-card')!;
    await card.updateComplete;
    part(card, '.main')!.focus({ preventScroll: true });
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(part(card, 'article')!.checkVisibility({ contentVisibilityAuto: true })).to.be.true;
    expect(card.getBoundingClientRect().height).to.equal(part(card, 'article')!.getBoundingClientRect().height);
  });

  it('prints the art, dose and steps but not the timer', async () => {
    const card = await fixture<StretchCard>(html`<stretch-card stretch="hip-flexor"></stretch-card>`);
    await emulateMedia({ media: 'print' });
    const shown = (selector: string) => getComputedStyle(part(card, selector)!).display !== 'none';
    expect(shown('.timer')).to.equal(false);
    expect(shown('svg')).to.equal(true);
    expect(shown('dl')).to.equal(true);
    expect(shown('ol')).to.equal(true);
    expect(shown('.cautions')).to.equal(true);
  });
});

// Type check of the catalog export: every id maps to an entry.
const _ids: StretchId[] = STRETCH_IDS;
void _ids;
