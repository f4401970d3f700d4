/**
 * The shorter flow (issue 13): how many question screens typical visitors answer, that no red flag was
 * dropped on the way, and the start page's time estimate, measured on the real screens.
 */
import { expect, fixture } from '@open-wc/testing';
import '../../src/clinic-provider/clinic-provider.ts';
import '../../src/symptom-checker/symptom-checker.ts';
import type { SymptomChecker } from '../../src/symptom-checker/symptom-checker.ts';
import { ITEMS, SCREENS, TYPICAL_RUN } from '../../src/symptom-checker/questions.ts';
import { RULES } from '../../src/symptom-checker/rules.ts';
import { symptomStrings } from '../../src/symptom-checker/strings.ts';
import {
  ORDINARY,
  SCIATICA,
  answerByClicks,
  clickButton,
  root,
  run,
  shownItems,
  viewOf,
  type Plan,
  type Checker,
} from './harness.ts';

async function checker(): Promise<SymptomChecker> {
  const wrapper = await fixture<HTMLElement>(
    '<clinic-provider locale="en-US" emergency-number="999"><symptom-checker></symptom-checker></clinic-provider>',
  );
  const el = wrapper.querySelector('symptom-checker')!;
  await el.updateComplete;
  return el;
}

const IBP_NONE: Plan = Object.fromEntries(ITEMS.filter((i) => i.field.startsWith('ibp')).map((i) => [i.field, 'no']));

/** Visitors with no red flags, and the most screens any of them may see. */
const VISITORS: [name: string, plan: Plan, screens: number][] = [
  ['ordinary low back pain, 35', ORDINARY, TYPICAL_RUN.screens],
  ['sciatica in one leg', SCIATICA, 9],
  ['14 years old (no pregnancy question)', { ...ORDINARY, age: '14', first: 'no' }, 9],
  ['70 years old (no pregnancy question)', { ...ORDINARY, age: '70', first: 'no' }, 9],
  [
    'pregnant, with a go-ahead',
    { ...ORDINARY, age: '30', pregnant: 'yes', pregWeeks: '20', obstetric: 'no', okPregnancy: 'yes' },
    11,
  ],
  [
    // The longest path there is: every conditional screen (pregnancy, inflammatory signs, go-ahead).
    'pregnant, 2 years of pain, blood thinners',
    {
      ...ORDINARY,
      age: '30',
      pregnant: 'yes',
      pregWeeks: '20',
      obstetric: 'no',
      thinners: 'yes',
      durationAmount: '2',
      durationUnit: 'years',
      improving: 'same',
      ...IBP_NONE,
      assessed: 'yes',
      okPregnancy: 'yes',
      okThinners: 'no',
    },
    12,
  ],
];

describe('<symptom-checker> a shorter flow', () => {
  for (const [name, plan, screens] of VISITORS) {
    it(`${name}: ${screens} question screens (never more than 12) to a result`, async function () {
      this.timeout(20_000);
      const el = await checker();
      await clickButton(el, 'Start now');
      const seen = await run(el, plan);
      expect(viewOf(el)).to.equal('check');
      expect(seen.length, seen.join(', ')).to.equal(screens);
      expect(seen.length).to.be.at.most(12);
      await clickButton(el, 'See my result');
      expect(viewOf(el)).to.equal('result');
    });
  }

  it('asks no pregnancy or sexual-function question under 12, and no pregnancy question over 60', async () => {
    for (const [age, asked] of [
      ['11', []],
      ['12', ['sexual', 'pregnant']],
      ['60', ['sexual', 'pregnant']],
      ['61', ['sexual']],
    ] as const) {
      const el = await checker();
      await clickButton(el, 'Start now');
      const fields: string[] = [];
      await run(el, { ...ORDINARY, age, first: 'no' }, async (node, plan) => {
        fields.push(...shownItems(node).map((item) => item.field));
        await answerByClicks(node, plan);
      });
      for (const field of ['sexual', 'pregnant']) {
        expect(fields.includes(field), `age ${age}: ${field}`).to.equal((asked as readonly string[]).includes(field));
      }
      // Every other red flag is asked at every age.
      for (const field of ['bladder', 'bowel', 'saddle', 'chest', 'legs', 'numb', 'weak', 'onset', 'calf']) {
        expect(fields, `age ${age}`).to.include(field);
      }
    }
  });

  it('asks every red flag as its own item, in its own words, each with "I\'m not sure" where it is yes or no', () => {
    // Every field an E- or D- or C- rule reads through `field` is an item of its own.
    for (const rule of RULES.filter((rule) => rule.field)) {
      const item = ITEMS.find((i) => i.field === rule.field);
      expect(item, rule.id).to.not.equal(undefined);
      expect(item!.kind, rule.id).to.equal('yes-no');
    }
    expect(new Set(ITEMS.map((item) => item.field)).size).to.equal(ITEMS.length);
    const errors = ITEMS.map((item) => symptomStrings[`symptom.e.${item.field}` as keyof typeof symptomStrings]);
    expect(new Set(errors).size, 'an error per question').to.equal(ITEMS.length);
  });

  it('asks the duration in days, weeks, months or years', async () => {
    const el = await checker();
    await clickButton(el, 'Start now');
    await run(el, { ...ORDINARY, durationAmount: '2', durationUnit: 'years', improving: 'better', ...IBP_NONE });
    const row = [...root(el).querySelectorAll('dl > div')].find((r) => r.textContent!.includes('How long'))!;
    expect(row.querySelector('dd')!.textContent).to.contain('2 years');
    expect(SCREENS.find((s) => s.id === 'duration')!.items[1].options).to.deep.equal([
      'days',
      'weeks',
      'months',
      'years',
    ]);
  });

  it("the start page's time estimate: measured on the typical visit", async function () {
    this.timeout(20_000);
    // A reading model, deliberately slow for someone in pain on a phone: 180 words a minute for what is
    // on each screen, 3 seconds to pick each answer, 2 seconds to press Continue. Check answers is
    // skimmed (half its words).
    const WORDS_PER_SECOND = 180 / 60;
    const words = (el: Checker) => root(el).textContent!.split(/\s+/).filter(Boolean).length;
    const el = await checker();
    let seconds = words(el) / WORDS_PER_SECOND + 2;
    await clickButton(el, 'Start now');
    const seen = await run(el, ORDINARY, async (node, plan) => {
      const items = shownItems(node).length;
      seconds += words(node) / WORDS_PER_SECOND + items * 3 + 2;
      await answerByClicks(node, plan);
    });
    seconds += words(el) / WORDS_PER_SECOND / 2 + 2;
    const minutes = seconds / 60;
    expect(seen.length).to.equal(TYPICAL_RUN.screens);
    // "About N minutes": N is the measured time rounded to the nearest whole minute.
    expect(Math.round(minutes), `measured ${minutes.toFixed(1)} minutes`).to.equal(TYPICAL_RUN.minutes);
    expect(root(el).textContent).to.not.contain('3 minutes');
  });
});
