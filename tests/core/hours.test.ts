import { expect } from '@open-wc/testing';
import { bookingWindow, parseOpeningHours, type WeeklyHours } from '../../src/core/hours.ts';
import { civilDateOf, offsetAt, zonedInstant } from '../../src/core/zoned-time.ts';
import { formatTime } from '../../src/core/i18n.ts';

const ANCHORAGE = 'America/Anchorage';
const HOURS = 'Mo-Fr 09:00-19:00; Sa 10:00-16:00';
const everyDay = parseOpeningHours('Mo-Su 09:00-19:00')!;
const at = (iso: string) => new Date(iso);
const window = (now: string, hours: WeeklyHours, extra: Partial<Parameters<typeof bookingWindow>[0]> = {}) =>
  bookingWindow({ now: at(now), timeZone: ANCHORAGE, hours, leadMinutes: 180, ...extra });

describe('parseOpeningHours', () => {
  it('reads day ranges, single days and several intervals, Monday first', () => {
    const week = parseOpeningHours('Mo-Fr 09:00-12:00,13:00-17:30; Sa 10:00-16:00')!;
    expect(week[0]).to.deep.equal([
      { open: 540, close: 720 },
      { open: 780, close: 1050 },
    ]);
    expect(week[4]).to.deep.equal(week[0]);
    expect(week[5]).to.deep.equal([{ open: 600, close: 960 }]);
    expect(week[6]).to.deep.equal([]);
  });

  it('lets a later rule replace an earlier one, and accepts off/closed, lists and wrapping ranges', () => {
    const week = parseOpeningHours('Mo-Sa 09:00-17:00; Sa off\nFr-Mo 10:00-14:00; We, Th closed')!;
    expect(week.map((day) => day.length)).to.deep.equal([1, 1, 0, 0, 1, 1, 1]);
    expect(week[0]).to.deep.equal([{ open: 600, close: 840 }]); // Fr-Mo wraps over the weekend
    expect(week[5]).to.deep.equal([{ open: 600, close: 840 }]);
  });

  it('applies a rule without days to every day, and accepts 24:00 as a closing time', () => {
    const week = parseOpeningHours('08:00-24:00')!;
    expect(week.every((day) => day[0].open === 480 && day[0].close === 1440)).to.be.true;
  });

  for (const bad of ['', 'Mo-Fr 9-5', '24/7', 'Mo-Fr 19:00-09:00', 'Xx 09:00-17:00', 'Mo-Fr 09:00-25:00', 'Mo-']) {
    it(`rejects ${JSON.stringify(bad)} as a whole`, () => {
      expect(parseOpeningHours(bad)).to.equal(undefined);
    });
  }
});

describe('zoned time', () => {
  it('converts wall times with the offset of that day, across both Anchorage DST changes', () => {
    // 2026-03-08: clocks go from 02:00 AKST (UTC-9) to 03:00 AKDT (UTC-8).
    expect(zonedInstant({ year: 2026, month: 3, day: 8 }, 60, ANCHORAGE).toISOString()).to.equal(
      '2026-03-08T10:00:00.000Z',
    );
    expect(zonedInstant({ year: 2026, month: 3, day: 8 }, 9 * 60, ANCHORAGE).toISOString()).to.equal(
      '2026-03-08T17:00:00.000Z',
    );
    // 2026-11-01: clocks go from 02:00 AKDT back to 01:00 AKST.
    expect(zonedInstant({ year: 2026, month: 11, day: 1 }, 9 * 60, ANCHORAGE).toISOString()).to.equal(
      '2026-11-01T18:00:00.000Z',
    );
  });

  it('resolves a skipped wall time past the jump and a repeated one to its first occurrence', () => {
    expect(zonedInstant({ year: 2026, month: 3, day: 8 }, 150, ANCHORAGE).toISOString()).to.equal(
      '2026-03-08T11:30:00.000Z',
    );
    expect(zonedInstant({ year: 2026, month: 11, day: 1 }, 90, ANCHORAGE).toISOString()).to.equal(
      '2026-11-01T09:30:00.000Z',
    );
  });

  it('knows the visitor zone Europe/London separately from the clinic zone', () => {
    const summer = at('2026-07-01T12:00:00Z').getTime();
    expect(offsetAt(summer, 'Europe/London')).to.equal(60 * 60_000);
    expect(offsetAt(summer, ANCHORAGE)).to.equal(-8 * 60 * 60_000);
    // Just after midnight in London it is still the previous afternoon in Anchorage.
    expect(civilDateOf(at('2026-07-01T23:30:00Z').getTime(), 'Europe/London').day).to.equal(2);
    expect(civilDateOf(at('2026-07-01T23:30:00Z').getTime(), ANCHORAGE).day).to.equal(1);
  });
});

describe('bookingWindow', () => {
  const hours = parseOpeningHours(HOURS)!;

  it('while open: earliest start is now + lead time, and same-day booking closes three hours before closing', () => {
    // Tuesday 2026-06-16 12:07 AKDT
    const result = window('2026-06-16T20:07:00Z', hours);
    expect(result.openToday).to.be.true;
    expect(result.daysAhead).to.equal(0);
    expect(result.earliestStart!.toISOString()).to.equal('2026-06-16T23:07:00.000Z'); // 15:07 AKDT
    expect(result.bookBy!.toISOString()).to.equal('2026-06-17T00:00:00.000Z'); // 16:00 AKDT
    expect(formatTime('en-US', ANCHORAGE, result.bookBy!)).to.equal('4:00 PM');
  });

  it('leaves room for the session before closing when its length is given', () => {
    const result = window('2026-06-16T20:07:00Z', hours, { sessionMinutes: 90 });
    expect(formatTime('en-US', ANCHORAGE, result.bookBy!)).to.equal('2:30 PM');
  });

  it('before opening: the first start is opening time', () => {
    const result = window('2026-06-16T13:00:00Z', hours); // 05:00 AKDT
    expect(result.earliestStart!.toISOString()).to.equal('2026-06-16T17:00:00.000Z');
    expect(result.daysAhead).to.equal(0);
  });

  it('exactly at the cut-off a same-day start is still bookable; a minute later it is not', () => {
    expect(window('2026-06-17T00:00:00Z', hours).daysAhead).to.equal(0); // 16:00 AKDT
    const late = window('2026-06-17T00:01:00Z', hours);
    expect(late.daysAhead).to.equal(1);
    expect(late.bookBy).to.equal(undefined);
    expect(late.openToday).to.be.true;
    expect(late.earliestStart!.toISOString()).to.equal('2026-06-17T17:00:00.000Z'); // Wednesday 09:00
  });

  it('on a closed day points to the next opening (Sunday → Monday; Saturday after cut-off → Monday)', () => {
    const sunday = window('2026-06-21T19:00:00Z', hours);
    expect(sunday.openToday).to.be.false;
    expect(sunday.daysAhead).to.equal(1);
    expect(sunday.earliestStart!.toISOString()).to.equal('2026-06-22T17:00:00.000Z');
    const saturday = window('2026-06-20T22:30:00Z', hours); // 14:30 AKDT, closes 16:00
    expect(saturday.daysAhead).to.equal(2);
  });

  it('uses the gap between intervals and the last interval for the cut-off', () => {
    const split = parseOpeningHours('Mo-Fr 09:00-12:00,13:00-17:00')!;
    const result = window('2026-06-16T18:30:00Z', split); // 10:30 → 13:30 is in the afternoon block
    expect(result.earliestStart!.toISOString()).to.equal('2026-06-16T21:30:00.000Z');
    expect(formatTime('en-US', ANCHORAGE, result.bookBy!)).to.equal('2:00 PM');
  });

  it('on the spring DST day (2026-03-08) closes booking at 16:00 AKDT, not an hour off', () => {
    const result = window('2026-03-08T21:00:00Z', everyDay); // 13:00 AKDT
    expect(result.bookBy!.toISOString()).to.equal('2026-03-09T00:00:00.000Z');
    expect(formatTime('en-US', ANCHORAGE, result.bookBy!, true)).to.equal('4:00 PM AKDT');
  });

  it('counts the lead time in real hours across the spring change (00:30 AKST + 3 h = 04:30 AKDT)', () => {
    const result = window('2026-03-08T09:30:00Z', parseOpeningHours('Mo-Su 04:00-19:00')!);
    expect(result.earliestStart!.toISOString()).to.equal('2026-03-08T12:30:00.000Z');
    expect(formatTime('en-US', ANCHORAGE, result.earliestStart!)).to.equal('4:30 AM');
  });

  it('on the autumn DST day (2026-11-01) uses AKST for the whole opening day', () => {
    const result = window('2026-11-01T19:00:00Z', everyDay); // 10:00 AKST
    expect(result.earliestStart!.toISOString()).to.equal('2026-11-01T22:00:00.000Z');
    expect(result.bookBy!.toISOString()).to.equal('2026-11-02T01:00:00.000Z'); // 16:00 AKST
    expect(formatTime('en-US', ANCHORAGE, result.bookBy!, true)).to.equal('4:00 PM AKST');
  });

  it('gives the same instants whatever the visitor zone; only display differs (visitor in London)', () => {
    const result = window('2026-06-16T20:07:00Z', hours);
    expect(formatTime('en-GB', 'Europe/London', result.bookBy!, true)).to.equal('01:00 BST');
    expect(formatTime('en-GB', ANCHORAGE, result.bookBy!, true)).to.match(/^16:00 (AKDT|GMT-8)$/);
  });

  it('returns no start when the week has no opening', () => {
    const closed = parseOpeningHours('Mo-Su off')!;
    expect(window('2026-06-16T20:07:00Z', closed)).to.deep.equal({ openToday: false });
  });
});
