import { expect } from '@open-wc/testing';
import {
  RULES,
  durationCategory,
  chooseMinutes,
  triage,
  type Answers,
  type TriageResult,
} from '../../src/symptom-checker/triage.ts';
import { QUESTIONS } from '../../src/symptom-checker/questions.ts';
import { isAsked, relevantAnswers } from '../../src/symptom-checker/flow.ts';
import { registerStrings } from '../../src/core/i18n.ts';

const has = (result: TriageResult, rule: string) => result.reasons.some((r) => r.rule === rule);

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
      expect(yes.reasons.find((r) => r.rule === rule)!.text)
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

  it('lets a clinician\'s go-ahead clear "check before booking" precautions, never urgent ones', () => {
    expect(triage({ ...calm, thinners: true, cleared: true }).urgency).to.equal('massage-ok');
    expect(triage({ ...calm, thinners: true, cleared: 'not-sure' }).urgency).to.equal('see-doctor');
    const urgent = triage({ ...calm, thinners: true, fever: true, cleared: true });
    expect(urgent.urgency).to.equal('see-doctor');
    expect(has(urgent, 'C-ANTICOAG')).to.equal(false);
    expect(triage({ ...calm, age: 15, cleared: true }).urgency).to.equal('see-doctor');
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

  it('leaves out the nerve glide while symptoms are getting worse', () => {
    const { suggestion } = triage({ ...calm, legs: 'below', improving: 'worse', cleared: true });
    expect(suggestion!.stretches).to.not.include('sciatic-nerve-glide');
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
    for (const key of ['thinners', 'bones', 'pregnant', 'surgery'] as const) {
      const result = triage({ ...calm, weeks: 20, age: 50, pain: 2, onset: 'posture', [key]: true, cleared: true });
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
    const later = triage({ ...calm, pregnant: true, pregWeeks: 24, cleared: true }).suggestion!.stretches;
    expect(later).to.have.length.greaterThan(1);
    expect(later.filter((s) => supine.includes(s) || s === 'prone-press-up')).to.deep.equal([]);
    expect(triage({ ...calm, pregnant: true, cleared: true }).suggestion!.stretches).to.deep.equal(later);
    const early = triage({ ...calm, pregnant: true, pregWeeks: 10, cleared: true }).suggestion!.stretches;
    expect(early).to.include('knee-to-chest').and.not.include('prone-press-up');
  });

  it('avoids flexion and twisting with fragile bones, and deep hip bends after an operation', () => {
    const bones = triage({ ...calm, bones: true, onset: 'posture', cleared: true }).suggestion!.stretches;
    expect(bones).to.not.include.members(['knee-to-chest', 'child-pose', 'cat-cow', 'lower-trunk-rotation']);
    const surgery = triage({ ...calm, surgery: true, cleared: true }).suggestion!.stretches;
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
  const index = (id: string) => QUESTIONS.findIndex((q) => q.id === id);

  it('asks the emergency questions before the see-a-doctor ones', () => {
    expect(index('bladder')).to.equal(0);
    expect(index('saddle')).to.be.lessThan(index('signs'));
    expect(index('chest')).to.be.lessThan(index('signs'));
  });

  it('skips pregnancy weeks unless pregnant, and drops stale answers', () => {
    expect(isAsked(index('pregWeeks'), { pregnant: false })).to.equal(false);
    expect(isAsked(index('pregWeeks'), { pregnant: true })).to.equal(true);
    expect(isAsked(index('obstetric'), { pregnant: 'not-sure' })).to.equal(true);
    expect(relevantAnswers({ pregnant: false, pregWeeks: 30, obstetric: true })).to.deep.equal({ pregnant: false });
  });

  it('asks about inflammatory features only for long pain that started before 45', () => {
    expect(isAsked(index('ibp'), { age: 30, weeks: 20 })).to.equal(true);
    expect(isAsked(index('ibp'), { age: 30, weeks: 12 })).to.equal(false);
    expect(isAsked(index('ibp'), { age: 60, weeks: 20 })).to.equal(false);
  });

  it("asks about a clinician's go-ahead only when it could change the result", () => {
    expect(isAsked(index('cleared'), { ...calm, pregnant: true })).to.equal(true);
    expect(isAsked(index('cleared'), { ...calm, pregnant: true, fever: true })).to.equal(false);
    expect(isAsked(index('cleared'), calm)).to.equal(false);
  });
});
