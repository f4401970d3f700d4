import { expect } from '@open-wc/testing';
import { HoldTimer, segmentsFor } from '../../src/stretch-card/hold-timer.ts';

const shape = (plan: Parameters<typeof segmentsFor>[0]) =>
  segmentsFor(plan).map((s) => `${s.phase}:${s.side}:${s.rep}:${s.ms / 1000}`);

describe('segmentsFor', () => {
  it('runs every rep on one side with rests, switches sides, then the other side', () => {
    expect(shape({ hold: 20, reps: 2, sides: 'each' })).to.deep.equal([
      'hold:left:1:20',
      'rest:left:2:5',
      'hold:left:2:20',
      'switch:right:1:5',
      'hold:right:1:20',
      'rest:right:2:5',
      'hold:right:2:20',
    ]);
  });

  it('has no switch when both sides work together, and takes custom rest times', () => {
    expect(shape({ hold: 5, reps: 3, sides: 'both', rest: 2 })).to.deep.equal([
      'hold:both:1:5',
      'rest:both:2:2',
      'hold:both:2:5',
      'rest:both:3:2',
      'hold:both:3:5',
    ]);
  });

  it('makes slow reps one continuous moving segment per side', () => {
    expect(shape({ hold: 3, reps: 10, sides: 'each', slow: true })).to.deep.equal([
      'slow:left:1:30',
      'switch:right:1:5',
      'slow:right:1:30',
    ]);
  });
});

describe('HoldTimer', () => {
  it('is ready before start and shows the first hold', () => {
    const timer = new HoldTimer({ hold: 20, reps: 3, sides: 'each' });
    const snap = timer.at(123);
    expect(snap.status).to.equal('ready');
    expect(snap.segment.phase).to.equal('hold');
    expect(snap.msLeft).to.equal(20_000);
    expect(timer.total).to.equal((20 * 3 * 2 + 5 * 2 * 2 + 5) * 1000);
  });

  it('computes the phase from timestamps, however long between readings', () => {
    const timer = new HoldTimer({ hold: 20, reps: 2, sides: 'each' });
    timer.start(1000);
    expect(timer.at(1000 + 19_999)).to.include({ status: 'running', index: 0, msLeft: 1 });
    // One reading after a long silence (a background tab) lands straight in the right-side hold.
    const snap = timer.at(1000 + 20_000 + 5000 + 20_000 + 5000 + 7000);
    expect(snap.segment).to.include({ phase: 'hold', side: 'right', rep: 1 });
    expect(snap.msLeft).to.equal(13_000);
    expect(timer.at(1000 + timer.total).status).to.equal('done');
    expect(timer.at(1000 + timer.total + 60_000).status).to.equal('done');
  });

  it('does not count paused time, and ignores pause when not running', () => {
    const timer = new HoldTimer({ hold: 10, reps: 1, sides: 'both' });
    timer.pause(0);
    expect(timer.at(0).status).to.equal('ready');
    timer.start(0);
    timer.pause(4000);
    expect(timer.at(50_000)).to.include({ status: 'paused', msLeft: 6000 });
    timer.resume(50_000);
    expect(timer.at(55_000)).to.include({ status: 'running', msLeft: 1000 });
    timer.resume(55_000); // not paused: no effect
    expect(timer.at(56_000).status).to.equal('done');
    timer.pause(56_000); // done: stays done
    expect(timer.at(90_000).status).to.equal('done');
  });

  it('derives the rep within a slow segment', () => {
    const timer = new HoldTimer({ hold: 3, reps: 10, sides: 'each', slow: true });
    timer.start(0);
    expect(timer.at(0).rep).to.equal(1);
    expect(timer.at(3000).rep).to.equal(2);
    expect(timer.at(29_999).rep).to.equal(10);
    expect(timer.at(30_000).segment.phase).to.equal('switch');
    expect(timer.at(36_500)).to.deep.include({ rep: 1, msLeft: 28_500 });
  });

  it('resets to ready, and start restarts from the beginning', () => {
    const timer = new HoldTimer({ hold: 5, reps: 2, sides: 'both' });
    timer.start(0);
    timer.pause(3000);
    timer.reset();
    expect(timer.at(10_000).status).to.equal('ready');
    timer.start(10_000);
    expect(timer.at(11_000)).to.include({ status: 'running', index: 0, msLeft: 4000 });
    expect(timer.at(11_000).done).to.equal(0.2);
  });
});
