import { expect } from '@open-wc/testing';
import { sameDayHint } from '../../src/booking-button/same-day-hint.ts';
import '../../src/booking-button/strings.ts';
import { parseOpeningHours } from '../../src/core/hours.ts';
import { translate } from '../../src/core/i18n.ts';

const CLINIC = 'America/Anchorage';
const WEEK = parseOpeningHours('Mo-Fr 09:00-19:00; Sa 10:00-16:00')!;
const DAILY = parseOpeningHours('09:00-15:00')!;

/** The English line for a clock, with Intl's narrow spaces made plain so the expectations read simply. */
function hintAt(iso: string, { hours = WEEK, visitorZone = CLINIC, sessionMinutes = 60 } = {}): string | undefined {
  const hint = sameDayHint({
    now: new Date(iso),
    timeZone: CLINIC,
    hours,
    leadMinutes: 180,
    sessionMinutes,
    visitorZone,
    locale: 'en-US',
  });
  return hint && translate('en-US', hint.key, hint.values).replace(/\s/g, ' ');
}

describe('sameDayHint (Anchorage clinic, 3-hour lead time)', () => {
  it('gives the cut-off while same-day booking is open', () => {
    // Monday 23 Nov 2026, 10:00 AKST (UTC-9): last 60-minute start 18:00, minus 3 h = 15:00.
    expect(hintAt('2026-11-23T19:00:00Z')).to.equal('Same-day appointments: book by 3:00 PM today');
  });

  it('moves the cut-off earlier for a longer session', () => {
    expect(hintAt('2026-11-23T19:00:00Z', { sessionMinutes: 90 })).to.equal(
      'Same-day appointments: book by 2:30 PM today',
    );
  });

  it('says today has closed once past the cut-off, and when the next start is', () => {
    // Monday 15:01 AKST.
    expect(hintAt('2026-11-24T00:01:00Z')).to.equal('Online booking for today has closed. Next: tomorrow from 9:00 AM');
    // Friday 16:00 AKST: Saturday opens at 10.
    expect(hintAt('2026-11-28T01:00:00Z')).to.equal(
      'Online booking for today has closed. Next: tomorrow from 10:00 AM',
    );
    // Saturday 12:30 AKST (cut-off 12:00): Sunday is closed, so Monday.
    expect(hintAt('2026-11-28T21:30:00Z')).to.equal('Online booking for today has closed. Next: Monday from 9:00 AM');
  });

  it('is exact at the cut-off minute', () => {
    expect(hintAt('2026-11-24T00:00:00Z')).to.equal('Same-day appointments: book by 3:00 PM today');
  });

  it('says the clinic is closed today on a closed day', () => {
    // Sunday 29 Nov 2026, 12:00 AKST.
    expect(hintAt('2026-11-29T21:00:00Z')).to.equal('Closed today. Next: tomorrow from 9:00 AM');
    // Saturday with weekday-only hours: next is Monday.
    expect(hintAt('2026-11-28T21:00:00Z', { hours: parseOpeningHours('Mo-Fr 09:00-19:00')! })).to.equal(
      'Closed today. Next: Monday from 9:00 AM',
    );
  });

  it('is right on the spring-forward day (2026-03-08, AKST to AKDT at 02:00)', () => {
    // 10:59 AKDT (UTC-8); the cut-off is 11:00 AKDT (15:00 close − 60 − 180), not 11:00 AKST.
    expect(hintAt('2026-03-08T18:59:00Z', { hours: DAILY })).to.equal('Same-day appointments: book by 11:00 AM today');
    // Just after midnight, before the change: the cut-off is still given in the day's later offset.
    expect(hintAt('2026-03-08T09:30:00Z', { hours: DAILY })).to.equal('Same-day appointments: book by 11:00 AM today');
    expect(hintAt('2026-03-08T19:01:00Z', { hours: DAILY })).to.equal(
      'Online booking for today has closed. Next: tomorrow from 9:00 AM',
    );
  });

  it('is right on the fall-back day (2026-11-01, AKDT to AKST at 02:00)', () => {
    // 00:30 AKDT (UTC-8), before the change; 11:00 AKST is 20:00 UTC.
    expect(hintAt('2026-11-01T08:30:00Z', { hours: DAILY })).to.equal('Same-day appointments: book by 11:00 AM today');
    expect(hintAt('2026-11-01T20:00:00Z', { hours: DAILY })).to.equal('Same-day appointments: book by 11:00 AM today');
    expect(hintAt('2026-11-01T20:01:00Z', { hours: DAILY })).to.equal(
      'Online booking for today has closed. Next: tomorrow from 9:00 AM',
    );
  });

  it('names the clinic zone for a visitor whose clock differs (Europe/London)', () => {
    expect(hintAt('2026-11-23T19:00:00Z', { visitorZone: 'Europe/London' })).to.equal(
      'Same-day appointments: book by 3:00 PM AKST today',
    );
    expect(hintAt('2026-11-29T21:00:00Z', { visitorZone: 'Europe/London' })).to.equal(
      'Closed today. Next: tomorrow from 9:00 AM AKST',
    );
    expect(hintAt('2026-03-08T18:59:00Z', { hours: DAILY, visitorZone: 'Europe/London' })).to.equal(
      'Same-day appointments: book by 11:00 AM AKDT today',
    );
  });

  it('does not name the zone for a visitor on the same clock in another zone', () => {
    expect(hintAt('2026-11-23T19:00:00Z', { visitorZone: 'America/Juneau' })).to.equal(
      'Same-day appointments: book by 3:00 PM today',
    );
  });

  it('gives no hint when nothing is bookable within a week', () => {
    expect(hintAt('2026-11-23T19:00:00Z', { hours: parseOpeningHours('Mo-Su off')! })).to.equal(undefined);
  });

  it('returns a key and values for other languages', () => {
    const hint = sameDayHint({
      now: new Date('2026-11-29T21:00:00Z'),
      timeZone: CLINIC,
      hours: WEEK,
      leadMinutes: 180,
      visitorZone: CLINIC,
      locale: 'fr-CA',
    });
    expect(hint?.key).to.equal('booking.hint.closed');
    expect(hint?.values.day).to.equal('demain');
    expect(hint?.values.time.replace(/\s/g, ' ')).to.equal('9 h 00');
  });

  it('lists every form the line can take, with each day and the zone named, the same at any clock', () => {
    const formsAt = (iso: string) =>
      sameDayHint({
        now: new Date(iso),
        timeZone: CLINIC,
        hours: WEEK,
        leadMinutes: 180,
        sessionMinutes: 60,
        visitorZone: CLINIC, // a visitor in the clinic's zone: the line itself names no zone
        locale: 'en-US',
      })!.forms.map((form) => translate('en-US', form.key, form.values).replace(/\s/g, ' '));
    const morning = formsAt('2026-11-23T19:00:00Z'); // Monday 10:00 AKST
    expect(formsAt('2026-11-24T00:01:00Z')).to.deep.equal(morning); // Monday 15:01
    expect(formsAt('2026-11-29T21:00:00Z')).to.deep.equal(morning); // Sunday, closed
    expect(morning).to.include('Same-day appointments: book by 10:00 AM AKST today');
    expect(morning).to.include('Online booking for today has closed. Next: Wednesday from 10:00 AM AKST');
    expect(morning).to.include('Closed today. Next: tomorrow from 10:00 AM AKST');
    expect(morning).to.have.length(17);
  });
});
