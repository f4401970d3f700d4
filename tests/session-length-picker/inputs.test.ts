import { expect } from '@open-wc/testing';
import {
  disabledConverter,
  formName,
  isOn,
  nameConverter,
  readDescriptions,
} from '../../src/session-length-picker/inputs.ts';

describe('picker inputs', () => {
  it('formName keeps text as written and finite numbers; nothing else is a name', () => {
    expect(formName(' session ')).to.equal(' session ');
    expect(formName(42)).to.equal('42');
    for (const value of [null, undefined, NaN, Infinity, true, [], {}, () => 'x']) {
      expect(formName(value), String(value)).to.equal(undefined);
    }
    expect(nameConverter.toAttribute!({}, String)).to.equal(null);
    expect(nameConverter.toAttribute!('', String)).to.equal(null);
    expect(nameConverter.toAttribute!('length', String)).to.equal('length');
  });

  it('isOn reads like parseBoolean: true, or text other than "false"', () => {
    for (const value of [true, '', 'disabled', 'TRUE', ' yes ']) expect(isOn(value), String(value)).to.equal(true);
    for (const value of [false, 'false', ' False ', null, undefined, 0, 1, [], {}]) {
      expect(isOn(value), String(value)).to.equal(false);
    }
    expect(disabledConverter.toAttribute!('false', Boolean)).to.equal(null);
    expect(disabledConverter.toAttribute!(true, Boolean)).to.equal('');
    // The attribute follows HTML: present is disabled, as the browser's form disabling reads it.
    expect(disabledConverter.fromAttribute!('false', Boolean)).to.equal(true);
    expect(disabledConverter.fromAttribute!(null, Boolean)).to.equal(false);
  });

  it('readDescriptions keeps text values of whole-minute keys from a plain object', () => {
    expect(readDescriptions({ 60: 'Back', 90: 'More', 45: 7, abc: 'x', '060': 'y' })).to.deep.equal({
      60: 'Back',
      90: 'More',
    });
    expect(readDescriptions(Object.assign(Object.create(null), { 30: 'Short' }))).to.deep.equal({ 30: 'Short' });
    expect(readDescriptions(null)).to.deep.equal({});
    expect(readDescriptions(undefined)).to.deep.equal({});
  });

  it('readDescriptions gives undefined for anything but a plain object, and never throws', () => {
    const throwing = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('no');
        },
      },
    );
    for (const value of ['60: Back', 42, true, [], ['Back'], new Map(), new Date(), () => ({}), throwing]) {
      expect(readDescriptions(value), String(value)).to.equal(undefined);
    }
  });
});
