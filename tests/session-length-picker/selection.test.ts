import { expect } from '@open-wc/testing';
import { offeredLength } from '../../src/session-length-picker/selection.ts';

describe('offeredLength', () => {
  const sessions = [{ minutes: 60, price: 95 }, { minutes: 90 }];

  it('finds an offered length given as text or number', () => {
    expect(offeredLength(sessions, '90')).to.equal(90);
    expect(offeredLength(sessions, ' 60 ')).to.equal(60);
    expect(offeredLength(sessions, 60)).to.equal(60);
  });

  it('gives undefined for nothing, non-numbers, fractions, negatives and lengths not offered', () => {
    for (const value of [undefined, null, '', 'abc', '60.5', '-5', '6e1', '45', 120]) {
      expect(offeredLength(sessions, value), String(value)).to.equal(undefined);
    }
  });
});
