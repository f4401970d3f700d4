/**
 * Accessibility promises of issue 13 beyond axe: heading levels that nest, a visible boundary on every
 * button in forced colours, 44 px targets, and axe on every step and result with a heading level set.
 */
import { expect, fixture } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/clinic-provider/clinic-provider.ts';
import '../../src/symptom-checker/symptom-checker.ts';
import '../../src/stretch-card/stretch-card.ts';
import '../../src/booking-button/booking-button.ts';
import type { SymptomChecker } from '../../src/symptom-checker/symptom-checker.ts';
import { FEVER, ORDINARY, SCIATICA, clickButton, heading, root, run, viewOf, type Plan } from './harness.ts';

async function checker(attributes = ''): Promise<SymptomChecker> {
  const wrapper = await fixture<HTMLElement>(
    `<clinic-provider locale="en-US" emergency-number="999" booking-url="https://cal.com/harbour/massage" provider="calcom"><symptom-checker ${attributes}></symptom-checker></clinic-provider>`,
  );
  const el = wrapper.querySelector('symptom-checker')!;
  await el.updateComplete;
  return el;
}

async function toResult(el: SymptomChecker, plan: Plan) {
  await clickButton(el, 'Start now');
  await run(el, plan);
  if (viewOf(el) === 'check') await clickButton(el, 'See my result');
}

afterEach(async () => {
  await executeServerCommand('emulate-forced-colors', { active: false });
  await setViewport({ width: 800, height: 600 });
});

describe('<symptom-checker> heading-level', () => {
  it('defaults to h2, with the result sections at h3 and the stretch cards at level 4 below them', async () => {
    const el = await checker();
    expect(heading(el).localName).to.equal('h2');
    await toResult(el, SCIATICA);
    expect(heading(el).localName).to.equal('h2');
    expect(root(el).querySelectorAll('.card h3').length).to.be.greaterThan(2);
    for (const card of root(el).querySelectorAll('stretch-card'))
      expect(card.getAttribute('heading-level')).to.equal('4');
  });

  it('heading-level="3": h3 for every step, h4 for the result sections, 5 for the stretch cards', async () => {
    const el = await checker('heading-level="3"');
    expect(heading(el).localName).to.equal('h3');
    await clickButton(el, 'Start now');
    expect(heading(el).localName).to.equal('h3');
    await run(el, ORDINARY);
    expect(heading(el).localName).to.equal('h3');
    await clickButton(el, 'See my result');
    expect(heading(el).localName).to.equal('h3');
    expect(root(el).querySelector('h2, .card h3:not(.step-heading)')).to.equal(null);
    expect(root(el).querySelectorAll('.card h4').length).to.be.greaterThan(2);
    const cards = [...root(el).querySelectorAll('stretch-card')];
    expect(cards.length).to.be.greaterThan(0);
    for (const card of cards) expect(card.getAttribute('heading-level')).to.equal('5');
    await expect(el).to.be.accessible();
  });

  it('caps nested levels at 6, and a bad value warns and gives 2', async () => {
    const el = await checker('heading-level="6"');
    await toResult(el, ORDINARY);
    expect(heading(el).localName).to.equal('h6');
    expect(root(el).querySelectorAll('.card h6').length).to.be.greaterThan(2);
    const original = console.warn;
    const warnings: string[] = [];
    console.warn = (message: string) => warnings.push(message);
    try {
      el.headingLevel = '9';
      await el.updateComplete;
    } finally {
      console.warn = original;
    }
    expect(heading(el).localName).to.equal('h2');
    expect(warnings.some((w) => w.includes('"heading-level"'))).to.equal(true);
  });
});

describe('<symptom-checker> forced colours', () => {
  /**
   * Forced colours are emulated by the runner's `emulate-forced-colors` command (web-test-runner.config.mjs).
   * The rules inside `@media (forced-colors: active)` that apply to each real button must draw a visible
   * border or outline, and the computed style in the emulated mode must show it.
   */
  const forcedRules = (el: SymptomChecker): CSSStyleRule[] =>
    root(el)
      .adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
      .filter(
        (rule): rule is CSSMediaRule =>
          rule instanceof CSSMediaRule && /forced-colors:\s*active/.test(rule.conditionText),
      )
      .flatMap((rule) => [...rule.cssRules])
      .filter((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule);

  const boundaryInForcedColours = (el: SymptomChecker, button: Element) =>
    forcedRules(el).some((rule) => {
      if (!button.matches(rule.selectorText)) return false;
      const { borderTopStyle, borderTopWidth, outlineStyle, outlineWidth } = rule.style;
      return (
        (!!borderTopStyle && borderTopStyle !== 'none' && parseFloat(borderTopWidth) > 0) ||
        (!!outlineStyle && outlineStyle !== 'none' && parseFloat(outlineWidth) > 0)
      );
    });

  it('keeps a border on every button (Start now, Continue, Back, Change, See my result, Start again)', async () => {
    await executeServerCommand('emulate-forced-colors', { active: true });
    expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(true);
    const el = await checker();
    const seen = new Set<string>();
    const checkButtons = () => {
      for (const button of root(el).querySelectorAll('button, a.button')) {
        const name = button.textContent!.trim().split(/\s/)[0];
        seen.add(name);
        expect(boundaryInForcedColours(el, button), `${name}: a border in forced colours`).to.equal(true);
        const style = getComputedStyle(button);
        // Outside forced colours too the border is there, transparent: forced colours paint it.
        expect(parseFloat(style.borderTopWidth), `${name}: border width`).to.be.greaterThan(0);
        expect(style.borderTopStyle, name).to.not.equal('none');
      }
    };
    checkButtons();
    await clickButton(el, 'Start now');
    checkButtons();
    await run(el, FEVER, undefined, async () => checkButtons());
    checkButtons();
    await clickButton(el, 'See my result');
    checkButtons();
    expect([...seen]).to.include.members(['Start', 'Continue', 'Back', 'Change', 'See']);
  });
});

describe('<symptom-checker> target size', () => {
  it('makes every option, button, Back and Change link and disclosure at least 44 px tall at 320 px', async function () {
    this.timeout(30_000);
    await setViewport({ width: 320, height: 640 });
    const el = await checker();
    const measure = () => {
      for (const target of root(el).querySelectorAll<HTMLElement>('button, a.button, form label:has(input), summary')) {
        const { height } = target.getBoundingClientRect();
        expect(height, `${target.localName} "${target.textContent!.trim().slice(0, 30)}"`).to.be.at.least(44);
      }
    };
    measure();
    await clickButton(el, 'Start now');
    await run(el, SCIATICA, undefined, async () => measure());
    measure();
    await clickButton(el, 'See my result');
    measure();
  });
});

describe('<symptom-checker> axe with a heading level', () => {
  for (const [name, plan] of [
    ['massage-ok', SCIATICA],
    ['emergency', { ...ORDINARY, chest: 'yes' }],
  ] as const) {
    it(`passes on every step to the ${name} result with heading-level="4"`, async function () {
      this.timeout(30_000);
      const el = await checker('heading-level="4"');
      await expect(el).to.be.accessible();
      await clickButton(el, 'Start now');
      await run(el, plan, undefined, async () => {
        await expect(el).to.be.accessible();
      });
      if (viewOf(el) === 'check') {
        await expect(el).to.be.accessible();
        await clickButton(el, 'See my result');
      }
      await expect(el).to.be.accessible();
    });
  }
});
