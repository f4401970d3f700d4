import { expect } from '@open-wc/testing';
import { isStretchId, stretches, STRETCH_IDS, type StretchId } from '../../src/stretch-card/catalog.ts';
import { stretchStrings, stretchWords } from '../../src/stretch-card/strings.ts';

const STOP_IF_WORSE = stretchStrings['stretch.stopIfWorse'];

describe('stretches catalog', () => {
  it('has the ten stretches the issue names', () => {
    expect(STRETCH_IDS).to.have.members([
      'knee-to-chest',
      'lower-trunk-rotation',
      'pelvic-tilt',
      'child-pose',
      'cat-cow',
      'prone-press-up',
      'hamstring',
      'hip-flexor',
      'figure-four',
      'sciatic-nerve-glide',
    ]);
    expect(isStretchId('hamstring')).to.equal(true);
    expect(isStretchId('toString')).to.equal(false);
  });

  it('gives every entry its content, the shared first caution and a text alternative', () => {
    for (const [id, entry] of Object.entries(stretches)) {
      const words = stretchWords('en', id as StretchId);
      expect(words.title, id).to.not.equal('');
      expect(words.area, id).to.not.equal('');
      expect(words.steps.length, id).to.be.at.least(3);
      expect(words.cautions[0], id).to.equal(STOP_IF_WORSE);
      expect(words.cautions.length, id).to.be.at.least(2);
      expect(words.alt, id).to.match(/^A person /);
      expect(entry.art.d, id).to.match(/^M[\d. MLHVQ-]+$/);
    }
  });

  it('keeps static holds inside the documented 5–30 s and 3–10 reps', () => {
    for (const [id, entry] of Object.entries(stretches)) {
      if (entry.kind !== 'hold') continue;
      expect(entry.holdSeconds, id).to.be.within(5, 30);
      expect(entry.reps, id).to.be.within(3, 10);
    }
  });

  it('models the nerve glide as slow reps, not a hold (about 10 reps, about 30 s a leg)', () => {
    const glide = stretches['sciatic-nerve-glide'];
    expect(glide).to.include({ kind: 'slow-reps', reps: 10, sides: 'each' });
    expect(glide.holdSeconds * glide.reps).to.equal(30);
  });

  it('carries the precautions the facts name', () => {
    const all = (id: StretchId) => stretchWords('en', id).cautions.join(' ');
    expect(all('figure-four')).to.contain('hip replacement');
    expect(all('knee-to-chest')).to.contain('Osteoporosis');
    expect(all('prone-press-up')).to.contain('pregnancy');
    for (const id of [
      'knee-to-chest',
      'lower-trunk-rotation',
      'pelvic-tilt',
      'hamstring',
      'figure-four',
      'sciatic-nerve-glide',
    ] as const) {
      expect(all(id), id).to.contain('pregnant');
    }
    expect(all('hamstring')).to.contain('sciatic nerve glide');
  });
});
