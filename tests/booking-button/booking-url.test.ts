import { expect } from '@open-wc/testing';
import { buildBookingUrl } from '../../src/booking-button/booking-url.ts';

describe('buildBookingUrl', () => {
  describe('link', () => {
    it('fills {minutes} and {service} placeholders', () => {
      expect(
        buildBookingUrl({
          provider: 'link',
          bookingUrl: 'https://clinic.example/book/{service}?length={minutes}',
          minutes: 90,
          service: 'deep',
        }),
      ).to.equal('https://clinic.example/book/deep?length=90');
    });

    it('URL-encodes the values', () => {
      expect(
        buildBookingUrl({
          provider: 'link',
          bookingUrl: 'https://clinic.example/book?s={service}&m={minutes}',
          minutes: 60,
          service: 'a&b c/d',
        }),
      ).to.equal('https://clinic.example/book?s=a%26b%20c%2Fd&m=60');
    });

    it('fills placeholders that a provider already normalized (percent-encoded braces in the path)', () => {
      const normalized = new URL('https://clinic.example/book/{minutes}/{service}').href;
      expect(buildBookingUrl({ provider: 'link', bookingUrl: normalized, minutes: 60, service: 's1' })).to.equal(
        'https://clinic.example/book/60/s1',
      );
    });

    it('drops a {service} placeholder with no id, keeping the rest of the link', () => {
      expect(
        buildBookingUrl({
          provider: 'link',
          bookingUrl: 'https://c.example/book?type={service}&m={minutes}',
          minutes: 60,
        }),
      ).to.equal('https://c.example/book?m=60');
      expect(
        buildBookingUrl({
          provider: 'link',
          bookingUrl: 'https://c.example/book?m={minutes}&type={service}',
          minutes: 60,
        }),
      ).to.equal('https://c.example/book?m=60');
      expect(
        buildBookingUrl({ provider: 'link', bookingUrl: 'https://c.example/book/{service}', minutes: 60 }),
      ).to.equal('https://c.example/book');
    });

    it('keeps a plain page as it is', () => {
      expect(buildBookingUrl({ provider: 'link', bookingUrl: 'https://c.example/contact', minutes: 60 })).to.equal(
        'https://c.example/contact',
      );
    });

    it('refuses javascript:, data:, other schemes and missing URLs', () => {
      for (const bookingUrl of [
        'javascript:alert(1)',
        'JavaScript:alert(1)',
        'data:text/html,<b>x</b>',
        'ftp://files.example/',
        '',
        undefined,
      ]) {
        expect(buildBookingUrl({ provider: 'link', bookingUrl, minutes: 60 }), String(bookingUrl)).to.equal(undefined);
      }
    });

    it('resolves a relative page against the host page, and an id cannot change the scheme', () => {
      expect(buildBookingUrl({ provider: 'link', bookingUrl: '/book?m={minutes}', minutes: 60 })).to.equal(
        `${location.origin}/book?m=60`,
      );
      expect(
        buildBookingUrl({ provider: 'link', bookingUrl: '{service}', minutes: 60, service: 'javascript:alert(1)' }),
      ).to.match(/^http/);
    });
  });

  describe('calcom', () => {
    it('adds duration= to an event with several lengths', () => {
      expect(
        buildBookingUrl({ provider: 'calcom', bookingUrl: 'https://cal.com/harbour/massage', minutes: 90 }),
      ).to.equal('https://cal.com/harbour/massage?duration=90');
    });

    it('keeps existing query parameters and replaces an old duration', () => {
      expect(
        buildBookingUrl({
          provider: 'calcom',
          bookingUrl: 'https://cal.com/harbour/massage?duration=30&theme=dark',
          minutes: 60,
        }),
      ).to.equal('https://cal.com/harbour/massage?duration=60&theme=dark');
    });

    it('appends a mapped event slug, encoded, to the user page', () => {
      expect(
        buildBookingUrl({
          provider: 'calcom',
          bookingUrl: 'https://cal.com/harbour/',
          minutes: 60,
          service: 'massage 60',
        }),
      ).to.equal('https://cal.com/harbour/massage%2060');
    });
  });

  describe('calendly', () => {
    it('links the event mapped to the length', () => {
      expect(
        buildBookingUrl({
          provider: 'calendly',
          bookingUrl: 'https://calendly.com/harbour',
          minutes: 90,
          service: 'massage-90',
        }),
      ).to.equal('https://calendly.com/harbour/massage-90');
    });

    it('falls back to the plain page when no event is mapped (Calendly has no length parameter)', () => {
      expect(
        buildBookingUrl({ provider: 'calendly', bookingUrl: 'https://calendly.com/harbour', minutes: 90 }),
      ).to.equal('https://calendly.com/harbour');
    });
  });

  describe('acuity', () => {
    it('sets appointmentType, keeping owner', () => {
      expect(
        buildBookingUrl({
          provider: 'acuity',
          bookingUrl: 'https://app.acuityscheduling.com/schedule.php?owner=123',
          minutes: 60,
          service: '456',
        }),
      ).to.equal('https://app.acuityscheduling.com/schedule.php?owner=123&appointmentType=456');
    });

    it('encodes the id and falls back without one', () => {
      expect(
        buildBookingUrl({ provider: 'acuity', bookingUrl: 'https://harbour.as.me/', minutes: 60, service: 'a&b' }),
      ).to.equal('https://harbour.as.me/?appointmentType=a%26b');
      expect(buildBookingUrl({ provider: 'acuity', bookingUrl: 'https://harbour.as.me/', minutes: 60 })).to.equal(
        'https://harbour.as.me/',
      );
    });
  });

  describe('janeapp', () => {
    it('adds the treatment to a discipline or staff member route', () => {
      expect(
        buildBookingUrl({
          provider: 'janeapp',
          bookingUrl: 'https://harbour.janeapp.com/#/discipline/2',
          minutes: 60,
          service: '14',
        }),
      ).to.equal('https://harbour.janeapp.com/#/discipline/2/treatment/14');
      expect(
        buildBookingUrl({
          provider: 'janeapp',
          bookingUrl: 'https://harbour.janeapp.com/#/staff_member/5/treatment/9',
          minutes: 90,
          service: '15',
        }),
      ).to.equal('https://harbour.janeapp.com/#/staff_member/5/treatment/15');
    });

    it('falls back to the plain page without a route or a treatment', () => {
      expect(
        buildBookingUrl({
          provider: 'janeapp',
          bookingUrl: 'https://harbour.janeapp.com/',
          minutes: 60,
          service: '14',
        }),
      ).to.equal('https://harbour.janeapp.com/');
      expect(
        buildBookingUrl({ provider: 'janeapp', bookingUrl: 'https://harbour.janeapp.com/#/discipline/2', minutes: 60 }),
      ).to.equal('https://harbour.janeapp.com/#/discipline/2');
    });
  });

  describe('square', () => {
    const page = 'https://book.squareup.com/appointments/abc123/location/LOC9/services';
    it('links the service mapped to the length', () => {
      expect(buildBookingUrl({ provider: 'square', bookingUrl: page, minutes: 60, service: 'SRV 1' })).to.equal(
        'https://book.squareup.com/appointments/abc123/location/LOC9/services/SRV%201',
      );
    });
    it('falls back to the plain page', () => {
      expect(buildBookingUrl({ provider: 'square', bookingUrl: page, minutes: 60 })).to.equal(page);
      expect(
        buildBookingUrl({ provider: 'square', bookingUrl: 'https://square.site/book/x', minutes: 60, service: 'S' }),
      ).to.equal('https://square.site/book/x');
    });
  });

  describe('setmore', () => {
    it('links the service mapped to the length', () => {
      expect(
        buildBookingUrl({
          provider: 'setmore',
          bookingUrl: 'https://booking.setmore.com/scheduleappointment/key-1',
          minutes: 90,
          service: 'svc-90',
        }),
      ).to.equal('https://booking.setmore.com/scheduleappointment/key-1/services/svc-90');
    });
    it('falls back to the plain page', () => {
      expect(
        buildBookingUrl({
          provider: 'setmore',
          bookingUrl: 'https://harbour.setmore.com/',
          minutes: 90,
          service: 'svc-90',
        }),
      ).to.equal('https://harbour.setmore.com/');
    });
  });

  describe('fresha', () => {
    it('preselects the service with oiid=sv:<id>, keeping the location', () => {
      expect(
        buildBookingUrl({
          provider: 'fresha',
          bookingUrl: 'https://www.fresha.com/book-now/harbour-x1/services?lid=77',
          minutes: 60,
          service: '901',
        }),
      ).to.equal('https://www.fresha.com/book-now/harbour-x1/services?lid=77&oiid=sv%3A901');
      expect(
        buildBookingUrl({
          provider: 'fresha',
          bookingUrl: 'https://www.fresha.com/book-now/harbour-x1',
          minutes: 60,
          service: '901',
        }),
      ).to.equal('https://www.fresha.com/book-now/harbour-x1/services?oiid=sv%3A901');
    });
    it('falls back to the plain page', () => {
      expect(
        buildBookingUrl({
          provider: 'fresha',
          bookingUrl: 'https://www.fresha.com/a/harbour',
          minutes: 60,
          service: '901',
        }),
      ).to.equal('https://www.fresha.com/a/harbour');
    });
  });

  it('refuses unsafe URLs for every provider', () => {
    for (const provider of ['calcom', 'calendly', 'acuity', 'janeapp', 'square', 'setmore', 'fresha'] as const) {
      expect(
        buildBookingUrl({ provider, bookingUrl: 'javascript:alert(1)', minutes: 60, service: '1' }),
        provider,
      ).to.equal(undefined);
      expect(buildBookingUrl({ provider, bookingUrl: undefined, minutes: 60 }), provider).to.equal(undefined);
    }
  });
});
