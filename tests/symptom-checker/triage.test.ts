import { expect } from '@open-wc/testing';
import {
  RULES,
  durationCategory,
  chooseMinutes,
  STRETCH_DEMANDS,
  triage,
  type Answers,
  type TriageResult,
} from '../../src/symptom-checker/triage.ts';
import { SCREENS } from '../../src/symptom-checker/questions.ts';
import { askedItems, relevantAnswers } from '../../src/symptom-checker/flow.ts';
import { registerStrings } from '../../src/core/i18n.ts';

const has = (result: TriageResult, rule: string) => result.reasons.some((r) => r.rules.includes(rule));

/** A visitor with ordinary back pain: nothing that argues against massage. */
const calm: Answers = {
  bladder: false,
  bowel: false,
  saddle: false,
  sexual: false,
  chest: false,
  legs: 'no',
  numb: 'no',
  weak: 'no',
  onset: 'lifting',
  cancer: false,
  pregnant: false,
  fever: false,
  where: 'low',
  age: 35,
  weeks: 1,
  pain: 4,
  improving: 'better',
};

/**
 * Every rule ID: answers that trigger it, answers that don't, and the level it gives on its own
 * (emergency, or the see-doctor timeframe).
 */
const cases: [rule: string, positive: Answers, negative: Answers, level: string][] = [
  ['E-CES-BLADDER', { bladder: true }, { bladder: false }, 'emergency'],
  ['E-CES-BOWEL', { bowel: true }, { bowel: false }, 'emergency'],
  ['E-CES-SADDLE', { saddle: true }, { saddle: false, numb: 'one' }, 'emergency'],
  ['E-CES-SEXUAL', { sexual: true }, { sexual: false }, 'emergency'],
  ['E-BILATERAL-LEG', { legs: 'both' }, { legs: 'below', numb: 'one' }, 'emergency'],
  ['E-PROGRESSIVE-DEFICIT', { weak: 'worse' }, { weak: 'no', numb: 'one' }, 'emergency'],
  ['E-MAJOR-TRAUMA', { onset: 'accident' }, { onset: 'fall' }, 'emergency'],
  ['E-CHEST-PAIN', { chest: true }, { chest: false }, 'emergency'],
  ['E-MSCC', { cancer: true, numb: 'one' }, { cancer: true, numb: 'no', weak: 'no' }, 'emergency'],
  ['E-PE', { calf: true, chest: true }, { calf: true, chest: false }, 'emergency'],
  ['E-OBSTETRIC', { pregnant: true, obstetric: true }, { pregnant: false, obstetric: true }, 'emergency'],
  ['D-FEVER', { fever: true }, { fever: false }, 'today'],
  ['D-WEIGHT-LOSS', { weightLoss: true }, { weightLoss: false }, 'today'],
  ['D-LUMP-DEFORMITY', { lump: true }, { lump: false }, 'today'],
  ['D-NIGHT-REST-PAIN', { night: true }, { night: false }, 'today'],
  ['D-COUGH-SNEEZE-STRAIN', { cough: true }, { cough: false }, 'today'],
  ['D-THORACIC', { where: 'upper' }, { where: 'low' }, 'today'],
  ['D-CANCER-HISTORY', { cancer: true }, { cancer: false }, 'today'],
  ['D-FRAGILITY-FRACTURE', { bones: true, onset: 'sneeze' }, { bones: true, onset: 'posture', pain: 3 }, 'today'],
  ['D-INFECTION-RISK', { immune: true }, { immune: false }, 'days'],
  ['D-AGE-NEW-ONSET', { first: true, age: 60, onset: 'none' }, { first: true, age: 60, onset: 'lifting' }, 'days'],
  [
    'D-INFLAMMATORY',
    { age: 30, weeks: 30, ibpNight: true, ibpMoving: true },
    { age: 50, weeks: 30, ibpNight: true, ibpMoving: true },
    'before-booking',
  ],
  ['D-UNDER-16', { age: 15 }, { age: 16 }, 'before-booking'],
  ['D-NOT-IMPROVING', { improving: 'same', weeks: 3 }, { improving: 'same', weeks: 1 }, 'before-booking'],
  ['D-SEVERE-PAIN', { pain: 7 }, { pain: 6 }, 'days'],
  ['D-ONE-LEG-WEAKNESS', { weak: 'one' }, { weak: 'no' }, 'today'],
  ['C-DVT', { calf: true }, { calf: false }, 'today'],
  ['C-ANTICOAG', { thinners: true }, { thinners: false }, 'before-booking'],
  ['C-FRACTURE', { bones: true, onset: 'posture' }, { bones: false }, 'before-booking'],
  ['C-PREGNANCY', { pregnant: true }, { pregnant: false }, 'before-booking'],
  ['C-RECENT-SURGERY', { surgery: true }, { surgery: false }, 'before-booking'],
  ['C-SKIN-LOCAL', { skin: true }, { skin: false }, 'days'],
  ['C-CANCER', { cancer: true }, { cancer: false }, 'today'],
  ['C-FEVER', { fever: true }, { fever: false }, 'today'],
];

describe('triage rules', () => {
  it('covers every rule ID of the clinical notes exactly once', () => {
    expect(cases.map((c) => c[0]).sort()).to.deep.equal(RULES.map((r) => r.id).sort());
  });

  for (const [rule, positive, negative, level] of cases) {
    it(`${rule}: matches when it should, and only then`, () => {
      const yes = triage({ ...calm, ...positive });
      expect(has(yes, rule), 'positive').to.equal(true);
      expect(yes.timeframe ?? yes.urgency).to.equal(level);
      expect(yes.reasons.find((r) => r.rules.includes(rule))!.text)
        .to.be.a('string')
        .and.have.length.greaterThan(0);
      expect(has(triage({ ...calm, ...negative }), rule), 'negative').to.equal(false);
    });
  }

  it('gives massage-ok with no reasons for ordinary back pain, and when nothing is reported', () => {
    expect(triage(calm)).to.include({ urgency: 'massage-ok' });
    expect(triage(calm).reasons).to.deep.equal([]);
    expect(triage({}).urgency).to.equal('massage-ok');
  });
});

describe('triage: caution', () => {
  it('treats "not sure" on an emergency question as an emergency, and says so', () => {
    const result = triage({ ...calm, saddle: 'not-sure' });
    expect(result.urgency).to.equal('emergency');
    expect(result.reasons[0]).to.include({ rule: 'E-CES-SADDLE', unsure: true });
    expect(result.reasons[0].text).to.match(/not sure/);
    expect(triage({ ...calm, saddle: true }).reasons[0].unsure).to.equal(false);
  });

  it('treats "not sure" as yes elsewhere too (pregnancy, first episode)', () => {
    expect(has(triage({ ...calm, pregnant: 'not-sure' }), 'C-PREGNANCY')).to.equal(true);
    expect(has(triage({ ...calm, first: 'not-sure', age: 70, onset: 'none' }), 'D-AGE-NEW-ONSET')).to.equal(true);
  });

  it('lets the most urgent level win, and the most urgent timeframe among see-doctor reasons', () => {
    const all = triage({ ...calm, bladder: true, fever: true, thinners: true });
    expect(all.urgency).to.equal('emergency');
    expect(all.timeframe).to.equal(undefined);
    expect(all.reasons.map((r) => r.rule)).to.include.members(['E-CES-BLADDER', 'D-FEVER', 'C-ANTICOAG']);
    expect(all.reasons[0].rule).to.equal('E-CES-BLADDER');
    expect(triage({ ...calm, thinners: true, skin: true, fever: true }).timeframe).to.equal('today');
    expect(triage({ ...calm, thinners: true, skin: true }).timeframe).to.equal('days');
    expect(triage({ ...calm, immune: true, fever: true }).timeframe).to.equal('today');
  });

  it('never gives a technique, stretches or session for emergency or see-doctor', () => {
    for (const answers of [{ bladder: true }, { fever: true }, { thinners: true }, { age: 15 }] as Answers[]) {
      const result = triage({ ...calm, ...answers });
      expect(result.urgency).to.not.equal('massage-ok');
      expect(result.suggestion).to.equal(undefined);
    }
  });

  it('lets a go-ahead lift only its own "check before booking" precaution, never an urgent one', () => {
    expect(triage({ ...calm, thinners: true, okThinners: true }).urgency).to.equal('massage-ok');
    expect(triage({ ...calm, thinners: true, okThinners: 'not-sure' }).urgency).to.equal('see-doctor');
    const urgent = triage({ ...calm, thinners: true, fever: true, okThinners: true });
    expect(urgent.urgency).to.equal('see-doctor');
    expect(has(urgent, 'C-ANTICOAG')).to.equal(false);
    expect(triage({ ...calm, age: 15, assessed: true }).urgency).to.equal('see-doctor');
  });
});

describe('triage: boundaries', () => {
  it('sorts duration at 3, 4, 12 and 13 weeks', () => {
    expect([3, 4, 12, 13].map(durationCategory)).to.deep.equal(['acute', 'subacute', 'subacute', 'chronic']);
    expect(durationCategory(undefined)).to.equal(undefined);
    expect(triage({ ...calm, weeks: 13 }).durationCategory).to.equal('chronic');
  });

  it('applies age limits at 15, 16, 20, 50 and 51', () => {
    const first = { ...calm, first: true, onset: 'none' } as Answers;
    expect(has(triage({ ...calm, age: 15 }), 'D-UNDER-16')).to.equal(true);
    expect(has(triage({ ...calm, age: 16 }), 'D-UNDER-16')).to.equal(false);
    expect(has(triage({ ...first, age: 19 }), 'D-AGE-NEW-ONSET')).to.equal(true);
    expect(has(triage({ ...first, age: 20 }), 'D-AGE-NEW-ONSET')).to.equal(false);
    expect(has(triage({ ...first, age: 50 }), 'D-AGE-NEW-ONSET')).to.equal(false);
    expect(has(triage({ ...first, age: 51 }), 'D-AGE-NEW-ONSET')).to.equal(true);
  });

  it('reads severe pain as 7 out of 10 and "not improving" as 2 weeks or more', () => {
    expect(triage({ ...calm, pain: 6 }).urgency).to.equal('massage-ok');
    expect(has(triage({ ...calm, improving: 'same', weeks: 2 }), 'D-NOT-IMPROVING')).to.equal(true);
    expect(has(triage({ ...calm, improving: 'worse', weeks: 0 }), 'D-NOT-IMPROVING')).to.equal(true);
  });
});

describe('triage: the massage suggestion', () => {
  it('suggests gentle Swedish massage, an hour and three back stretches for new back pain', () => {
    const { suggestion, advice } = triage(calm, { sessions: [60, 90] });
    expect(suggestion).to.deep.include({
      technique: 'swedish',
      minutes: 60,
      stretches: ['knee-to-chest', 'lower-trunk-rotation', 'child-pose'],
    });
    expect(suggestion!.why.id).to.equal('time');
    expect(advice.map((a) => a.id))
      .to.include.members(['active', 'exercise', 'settle', 'stop'])
      .and.not.include('heatNumb');
  });

  it('suggests nerve-friendly work, 90 minutes and the nerve glide for one-sided sciatica', () => {
    const { suggestion, advice } = triage({ ...calm, legs: 'below', numb: 'one' }, { sessions: [60, 90] });
    expect(suggestion).to.deep.include({ technique: 'nerve-friendly', minutes: 90 });
    expect(suggestion!.why.id).to.equal('leg');
    expect(suggestion!.stretches[0]).to.equal('sciatic-nerve-glide');
    expect(suggestion!.stretches).to.not.include('hamstring');
    expect(advice.map((a) => a.id)).to.include.members(['settle', 'heatNumb']);
  });

  it('suggests no stretch (no nerve glide) while symptoms are getting worse: D-NOT-IMPROVING is then never lifted', () => {
    const result = triage({ ...calm, legs: 'below', improving: 'worse', assessed: true });
    expect(result.urgency).to.equal('see-doctor');
    expect(has(result, 'D-NOT-IMPROVING')).to.equal(true);
    expect(result.suggestion).to.equal(undefined);
  });

  it('uses myofascial release for subacute pain and deep tissue only when nothing argues against it', () => {
    expect(triage({ ...calm, weeks: 6 }).suggestion!.technique).to.equal('myofascial');
    expect(triage({ ...calm, weeks: 20, age: 50, pain: 3 }).suggestion!.technique).to.equal('deep-tissue');
    expect(triage({ ...calm, weeks: 20, age: 50, pain: 5 }).suggestion!.technique).to.equal('myofascial');
    expect(triage({ ...calm, weeks: 20, age: 50, pain: 3, legs: 'above' }).suggestion!.technique).to.equal(
      'myofascial',
    );
  });

  it('never suggests deep work with blood thinners, fragile bones, pregnancy or surgery (once cleared)', () => {
    for (const [key, ok] of [
      ['thinners', 'okThinners'],
      ['bones', 'okBones'],
      ['pregnant', 'okPregnancy'],
      ['surgery', 'okSurgery'],
    ] as const) {
      const result = triage({ ...calm, weeks: 20, age: 50, pain: 2, onset: 'posture', [key]: true, [ok]: true });
      expect(result.suggestion!.technique, key).to.equal('swedish');
      expect(
        result.advice.map((a) => a.id),
        key,
      ).to.include('gentle');
    }
  });

  it('keeps pregnant visitors off their front, and off their back from 16 weeks or when weeks are unknown', () => {
    const supine = [
      'knee-to-chest',
      'lower-trunk-rotation',
      'pelvic-tilt',
      'hamstring',
      'figure-four',
      'sciatic-nerve-glide',
    ];
    const later = triage({ ...calm, pregnant: true, pregWeeks: 24, okPregnancy: true }).suggestion!.stretches;
    expect(later).to.have.length.greaterThan(1);
    expect(later.filter((s) => supine.includes(s) || s === 'prone-press-up')).to.deep.equal([]);
    expect(triage({ ...calm, pregnant: true, okPregnancy: true }).suggestion!.stretches).to.deep.equal(later);
    const early = triage({ ...calm, pregnant: true, pregWeeks: 10, okPregnancy: true }).suggestion!.stretches;
    expect(early).to.include('knee-to-chest').and.not.include('prone-press-up');
  });

  it('avoids flexion and twisting with fragile bones, and deep hip bends after an operation', () => {
    const bones = triage({ ...calm, bones: true, onset: 'posture', okBones: true }).suggestion!.stretches;
    expect(bones).to.not.include.members(['knee-to-chest', 'child-pose', 'cat-cow', 'lower-trunk-rotation']);
    const surgery = triage({ ...calm, surgery: true, okSurgery: true }).suggestion!.stretches;
    expect(surgery).to.not.include.members(['knee-to-chest', 'figure-four', 'hamstring']);
  });

  it('chooses the session length from what the clinic offers', () => {
    expect(chooseMinutes(60, [60, 90])).to.deep.equal({ minutes: 60, near: false });
    expect(chooseMinutes(90, [60])).to.deep.equal({ minutes: 60, near: true });
    expect(chooseMinutes(60, [75, 45])).to.deep.equal({ minutes: 45, near: true });
    expect(chooseMinutes(60, [])).to.deep.equal({ minutes: 60, near: false });
    expect(triage({ ...calm, legs: 'below' }, { sessions: [30, 60] }).suggestion).to.deep.include({ minutes: 60 });
    expect(triage({ ...calm, legs: 'below' }, { sessions: [30, 60] }).suggestion!.why.id).to.equal('near');
  });
});

describe('triage text', () => {
  it('explains itself in English by default, marking what only an unsure answer triggered', () => {
    const result = triage({ ...calm, fever: 'not-sure' });
    const fever = result.reasons.find((r) => r.rule === 'D-FEVER')!;
    expect(fever.text).to.equal(
      'A high temperature or feeling hot and shivery (you were not sure, so we treat it as a yes)',
    );
    expect(fever.unsure).to.equal(true);
  });

  it('writes reasons and advice in the requested locale, falling back to English per string', () => {
    registerStrings('fr', {
      'symptom.r.E-CES-BLADDER': 'Nouveaux problèmes pour uriner',
      'symptom.a.active': 'Restez actif.',
    });
    expect(triage({ bladder: true }, { locale: 'fr-CA' }).reasons[0].text).to.equal('Nouveaux problèmes pour uriner');
    const advice = triage(calm, { locale: 'fr' }).advice;
    expect(advice.find((n) => n.id === 'active')!.text).to.equal('Restez actif.');
    expect(advice.find((n) => n.id === 'exercise')!.text).to.match(/^Massage works best/);
  });
});

describe('questions', () => {
  const screen = (id: string) => SCREENS.findIndex((s) => s.id === id);
  const asks = (id: string, field: string, answers: Answers) =>
    askedItems(screen(id), answers).some((item) => item.field === field);

  it('asks age first, then the emergency questions before the see-a-doctor ones', () => {
    expect(SCREENS[0].id).to.equal('age');
    expect(screen('ces')).to.equal(1);
    expect(screen('ces')).to.be.lessThan(screen('back'));
    expect(screen('body')).to.be.lessThan(screen('back'));
    expect(screen('body')).to.be.lessThan(screen('history'));
  });

  it('skips pregnancy weeks unless pregnant, and drops stale answers', () => {
    expect(asks('pregnancy', 'pregWeeks', { age: 30, pregnant: false })).to.equal(false);
    expect(asks('pregnancy', 'pregWeeks', { age: 30, pregnant: true })).to.equal(true);
    expect(asks('pregnancy', 'obstetric', { age: 30, pregnant: 'not-sure' })).to.equal(true);
    expect(relevantAnswers({ age: 30, pregnant: false, pregWeeks: 30, obstetric: true })).to.deep.equal({
      age: 30,
      pregnant: false,
    });
  });

  it('asks about inflammatory features only for long pain that started before 45', () => {
    const long = { durationAmount: 20, durationUnit: 'weeks' } as const;
    expect(asks('ibp', 'ibpNight', { age: 30, ...long })).to.equal(true);
    expect(asks('ibp', 'ibpNight', { age: 30, durationAmount: 12, durationUnit: 'weeks' })).to.equal(false);
    expect(asks('ibp', 'ibpNight', { age: 60, ...long })).to.equal(false);
  });

  it("asks for a precaution's go-ahead only when it could change the result", () => {
    const adult = { ...calm, durationAmount: 1, durationUnit: 'weeks' } as const;
    expect(asks('goAhead', 'okPregnancy', { ...adult, pregnant: true })).to.equal(true);
    expect(asks('goAhead', 'okPregnancy', { ...adult, pregnant: true, fever: true })).to.equal(false);
    expect(asks('goAhead', 'okPregnancy', adult)).to.equal(false);
  });
});

describe('triage: each go-ahead lifts exactly its own precaution', () => {
  // [precaution, the answers that trigger it, its own go-ahead]
  const precautions: [rule: string, trigger: Answers, goAhead: keyof Answers][] = [
    ['C-FRACTURE', { bones: true, onset: 'posture' }, 'okBones'],
    ['C-ANTICOAG', { thinners: true }, 'okThinners'],
    ['C-PREGNANCY', { pregnant: true, pregWeeks: 10 }, 'okPregnancy'],
    ['C-RECENT-SURGERY', { surgery: true }, 'okSurgery'],
    ['D-NOT-IMPROVING', { improving: 'same', weeks: 8 }, 'assessed'],
  ];
  const goAheads = precautions.map(([, , goAhead]) => goAhead);

  for (const [rule, trigger, own] of precautions) {
    it(`${rule}: lifted by ${own} = yes, and by no other answer`, () => {
      expect(has(triage({ ...calm, ...trigger }), rule), 'applies').to.equal(true);
      const lifted = triage({ ...calm, ...trigger, [own]: true });
      expect(has(lifted, rule), 'lifted').to.equal(false);
      expect(lifted.urgency).to.equal('massage-ok');
      for (const value of [false, 'not-sure'] as const) {
        expect(has(triage({ ...calm, ...trigger, [own]: value }), rule), `${own} = ${value}`).to.equal(true);
      }
      for (const other of goAheads.filter((goAhead) => goAhead !== own)) {
        const result = triage({ ...calm, ...trigger, [other]: true });
        expect(has(result, rule), `${other} does not lift ${rule}`).to.equal(true);
        expect(result.urgency, other).to.equal('see-doctor');
      }
    });
  }

  it('two precautions need both go-aheads', () => {
    const both = { ...calm, thinners: true, surgery: true } as Answers;
    expect(triage({ ...both, okThinners: true }).reasons.map((r) => r.rule)).to.deep.equal(['C-RECENT-SURGERY']);
    expect(triage({ ...both, okSurgery: true }).reasons.map((r) => r.rule)).to.deep.equal(['C-ANTICOAG']);
    expect(triage({ ...both, okThinners: true, okSurgery: true }).urgency).to.equal('massage-ok');
  });

  it("the issue's visitors: an assessment of the back lifts no precaution for massage", () => {
    // A GP assessed a long-standing ache, but the visitor has osteoporosis (C-FRACTURE).
    const osteoporosis = triage({
      ...calm,
      weeks: 30,
      improving: 'same',
      bones: true,
      onset: 'posture',
      assessed: true,
    });
    expect(osteoporosis.urgency).to.equal('see-doctor');
    expect(osteoporosis.reasons.map((r) => r.rule)).to.deep.equal(['C-FRACTURE']);
    // Spinal surgery a month ago, checked by the surgeon, who said nothing about massage.
    const surgery = triage({ ...calm, surgery: true, assessed: true, okSurgery: false });
    expect(surgery.urgency).to.equal('see-doctor');
    expect(has(surgery, 'C-RECENT-SURGERY')).to.equal(true);
    // Assessed by a physio, steady chronic pain not improving, never told anything about massage.
    const physio = triage({ ...calm, weeks: 40, age: 50, improving: 'same', assessed: true });
    expect(physio.urgency).to.equal('massage-ok');
  });

  it('D-NOT-IMPROVING: pain getting worse is never lifted by an earlier assessment', () => {
    expect(has(triage({ ...calm, improving: 'worse', assessed: true }), 'D-NOT-IMPROVING')).to.equal(true);
    expect(has(triage({ ...calm, improving: 'same', weeks: 3, assessed: true }), 'D-NOT-IMPROVING')).to.equal(false);
  });
});

describe('triage: reasons', () => {
  it('lists an answer that triggers two rules once (D-FEVER with C-FEVER, D-CANCER-HISTORY with C-CANCER)', () => {
    const fever = triage({ ...calm, fever: true });
    expect(fever.reasons).to.have.length(1);
    expect(fever.reasons[0]).to.deep.include({ rule: 'D-FEVER', rules: ['D-FEVER', 'C-FEVER'] });
    const cancer = triage({ ...calm, cancer: true });
    expect(cancer.reasons.map((r) => r.rules)).to.deep.equal([['D-CANCER-HISTORY', 'C-CANCER']]);
    const texts = triage({ ...calm, fever: true, cancer: true, thinners: true, skin: true }).reasons.map((r) => r.text);
    expect(new Set(texts).size).to.equal(texts.length);
  });
});

describe('triage: what to do now, and the safety net', () => {
  const ids = (notes: { id: string }[]) => notes.map((note) => note.id);
  const SAFETY = ['bladder', 'bowel', 'saddle', 'sexual', 'legs', 'worse', 'chest', 'calf', 'accident'];

  it('emergency: call the emergency number, do not drive, do not wait, no massage; no safety net needed', () => {
    const result = triage({ ...calm, bladder: true }, { emergencyNumber: '999' });
    expect(ids(result.advice)).to.deep.equal(['emergency', 'noDrive', 'noWait', 'noMassage']);
    expect(result.advice[0].text).to.equal('Call 999 now or go to the emergency department.');
    expect(result.safetyNet).to.deep.equal([]);
  });

  it('E-OBSTETRIC: labor and delivery (maternity unit in en-GB) or the emergency number', () => {
    const obstetric = { ...calm, pregnant: true, obstetric: true } as Answers;
    const us = triage(obstetric, { emergencyNumber: '911' });
    expect(ids(us.advice)[0]).to.equal('maternity');
    expect(us.advice[0].text).to.contain('labor and delivery').and.contain('911');
    const uk = triage(obstetric, { locale: 'en-GB' });
    expect(uk.advice[0].text).to.contain('maternity unit').and.contain('999');
    // With another emergency too, the emergency department comes first.
    expect(ids(triage({ ...obstetric, bladder: true }).advice)[0]).to.equal('emergency');
  });

  it('today: urgent same-day care, do not wait, keep active; in en-GB the NHS words', () => {
    const result = triage({ ...calm, fever: true });
    expect(ids(result.advice)).to.deep.equal(['careToday', 'noWait', 'noMassage', 'keepActive']);
    expect(result.advice[0].text).to.contain('same-day').and.contain('urgent care');
    expect(triage({ ...calm, fever: true }, { locale: 'en-GB' }).advice[0].text).to.contain('NHS 111');
  });

  it('within days: a doctor in the next few days, keep active', () => {
    expect(ids(triage({ ...calm, skin: true }).advice)).to.deep.equal(['careDays', 'noMassage', 'keepActive']);
  });

  it('before booking: the doctor or physio, and who to ask about each precaution', () => {
    expect(ids(triage({ ...calm, age: 15 }).advice)).to.deep.equal(['careBefore', 'noMassage', 'keepActive']);
    const all = triage({ ...calm, pregnant: true, surgery: true, thinners: true, bones: true, onset: 'posture' });
    expect(ids(all.advice)).to.deep.equal([
      'careBefore',
      'askMidwife',
      'askSurgeon',
      'askThinners',
      'askBones',
      'noMassage',
      'keepActive',
    ]);
  });

  it('never advises bed rest or waiting to see on any result', () => {
    for (const answers of [{ bladder: true }, { fever: true }, { skin: true }, { age: 15 }, {}] as Answers[]) {
      for (const note of triage({ ...calm, ...answers }).advice) {
        expect(note.text, note.id).to.not.match(/\b(stay|rest) in bed\b|wait and see|see if it (passes|goes)/i);
      }
    }
  });

  it('every other result carries the whole safety net, with the pregnancy signs for pregnant visitors', () => {
    for (const answers of [{ fever: true }, { skin: true }, { thinners: true }, {}] as Answers[]) {
      expect(ids(triage({ ...calm, ...answers }).safetyNet)).to.deep.equal(SAFETY);
    }
    for (const pregnant of [true, 'not-sure'] as const) {
      expect(ids(triage({ ...calm, pregnant }).safetyNet)).to.deep.equal([...SAFETY, 'pregnancy']);
    }
    const net = triage(calm, { emergencyNumber: '112' }).safetyNet.map((note) => note.text);
    expect(net).to.include('A new change in sexual function');
    expect(net).to.include('A swollen calf or thigh with breathlessness or chest pain');
    expect(net).to.include('A serious accident or a fall from a height');
  });
});

describe('triage: stretches follow every precaution (clinical notes, section 4)', () => {
  const stretchesFor = (answers: Answers) => triage({ ...calm, ...answers }).suggestion!.stretches;
  const demands = (answers: Answers) => stretchesFor(answers).map((id) => STRETCH_DEMANDS[id]);

  it('C-RECENT-SURGERY (any operation, maybe spinal or hip): no twisting, flexion, deep hip bends or arching', () => {
    const after = demands({ surgery: true, okSurgery: true });
    expect(after).to.have.length.greaterThan(0);
    for (const stretch of after) {
      expect(stretch).to.include({
        twisting: false,
        flexion: false,
        hipFlexion: false,
        extension: false,
        hipExtension: false,
      });
    }
    expect(stretchesFor({ surgery: true, okSurgery: true })).to.deep.equal(['pelvic-tilt']);
    expect(triage({ ...calm, surgery: true, okSurgery: true }).advice.map((a) => a.id)).to.include.members([
      'surgeryExercise',
      'scar',
    ]);
  });

  it('C-FRACTURE: no loaded flexion or twisting', () => {
    for (const stretch of demands({ bones: true, onset: 'posture', okBones: true })) {
      expect(stretch).to.include({ flexion: false, twisting: false });
    }
  });

  it('C-PREGNANCY: never on the front; not on the back from 16 weeks', () => {
    for (const stretch of demands({ pregnant: true, pregWeeks: 30, okPregnancy: true })) {
      expect(stretch.position).to.equal('kneeling');
    }
    for (const stretch of demands({ pregnant: true, pregWeeks: 8, okPregnancy: true })) {
      expect(stretch.position).to.not.equal('front');
    }
  });

  it('C-ANTICOAG: the stretches are those for anyone, with gentle pressure only', () => {
    expect(stretchesFor({ thinners: true, okThinners: true })).to.deep.equal(stretchesFor({}));
    expect(triage({ ...calm, thinners: true, okThinners: true }).advice.map((a) => a.id)).to.include('gentle');
  });

  it('sciatica: no towel hamstring stretch (it tensions the sciatic nerve)', () => {
    for (const stretch of demands({ legs: 'below', numb: 'one' })) expect(stretch.nerveTension).to.equal(false);
  });

  it('pregnant after an operation: no stretch at all rather than an unsafe one', () => {
    expect(
      stretchesFor({ pregnant: true, pregWeeks: 30, okPregnancy: true, surgery: true, okSurgery: true }),
    ).to.deep.equal([]);
  });
});
