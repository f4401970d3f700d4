import type { Args, Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/clinic-provider/clinic-provider.ts';
import '../src/session-length-picker/session-length-picker.ts';
import '../src/booking-button/booking-button.ts';
import { buildBookingUrl } from '../src/booking-button/booking-url.ts';
import { BOOKING_PROVIDERS, type BookingProvider } from '../src/core/settings.ts';
import { buildElement, fixedClock, WEDNESDAY_MORNING, referenceClinic } from './helpers.ts';

/** The same Wednesday at 16:30: open until 19:00, but the three-hour lead time has passed. */
const WEDNESDAY_LATE = fixedClock('2026-11-26T01:30:00Z');
/** Sunday 29 November 2026, noon: the clinic is closed all day. */
const SUNDAY_NOON = fixedClock('2026-11-29T21:00:00Z');

/** The reference clinic (see helpers). */
const clinic = (content: unknown) => referenceClinic(content);

/** A button inside the reference clinic, its clock pinned so the same-day line is the same every day. */
const button =
  (now = WEDNESDAY_MORNING, visitorZone = 'America/Anchorage', inner = '') =>
  (args: Args, context: StoryContext) =>
    clinic(buildElement('booking-button', args, context, { inner, props: { now, visitorZone } }));

/** Each booking system with a realistic page and a service per length, and the URL the button opens. */
const PROVIDER_PAGES: Record<BookingProvider, { 'booking-url': string; services?: string }> = {
  link: { 'booking-url': 'https://harbourstreetmassage.example/book?length={minutes}' },
  calcom: { 'booking-url': 'https://cal.com/harbour-street-massage/massage' },
  calendly: { 'booking-url': 'https://calendly.com/harbour-street-massage', services: '60:massage-60, 90:massage-90' },
  acuity: {
    'booking-url': 'https://app.acuityscheduling.com/schedule.php?owner=12345678',
    services: '60:1001, 90:1002',
  },
  janeapp: { 'booking-url': 'https://harbourstreet.janeapp.com/#/discipline/1', services: '60:11, 90:12' },
  square: {
    'booking-url': 'https://book.squareup.com/appointments/h4rb0ur/location/L8ST',
    services: '60:MASSAGE60, 90:MASSAGE90',
  },
  setmore: { 'booking-url': 'https://booking.setmore.com/scheduleappointment/a1b2c3d4', services: '60:s60, 90:s90' },
  fresha: {
    'booking-url': 'https://www.fresha.com/book-now/harbour-street-massage/services?lid=123456',
    services: '60:7001, 90:7002',
  },
};

const providerStory = (provider: BookingProvider): Story => ({
  args: { provider, minutes: '60', ...PROVIDER_PAGES[provider] },
  render: (args, context) => {
    const services = new Map(
      String(args.services ?? '')
        .split(',')
        .filter(Boolean)
        .map((pair) => pair.split(':').map((part) => part.trim()) as [string, string]),
    );
    const minutes = Number(args.minutes) || 60;
    const url = buildBookingUrl({
      provider: args.provider as BookingProvider,
      bookingUrl: String(args['booking-url'] ?? ''),
      minutes,
      service: services.get(String(minutes)),
    });
    return html`
      ${button()(args, context)}
      <p class="story-note">Opens: <code>${url ?? 'nothing (no usable booking URL)'}</code></p>
    `;
  },
});

/**
 * "Book now" into the clinic's own booking system, carrying the chosen session length, with a line
 * that says up front whether a same-day appointment can still be booked online.
 */
const meta: Meta = {
  title: 'Elements/Booking button',
  component: 'booking-button',
  args: {},
  argTypes: {
    provider: { control: 'select', options: ['', ...BOOKING_PROVIDERS] },
    mode: { control: 'inline-radio', options: ['link', 'popup'] },
    hint: { control: 'inline-radio', options: ['on', 'off'] },
    minutes: { control: 'text' },
  },
  render: button(),
};
export default meta;

type Story = StoryObj;

/** Link mode (default): a real link that opens the clinic's booking page in a new tab. */
export const Default: Story = {};

/** `provider="link"`: any booking page; `{minutes}` and `{service}` in the URL are filled in. */
export const ProviderLink = providerStory('link');
/** Cal.com: one event with several lengths gets `?duration=`. */
export const ProviderCalcom = providerStory('calcom');
/** Calendly: one event per length, a slug after the clinic's page. */
export const ProviderCalendly = providerStory('calendly');
/** Acuity: `appointmentType=` per length. */
export const ProviderAcuity = providerStory('acuity');
/** Jane: the treatment per length in Jane's route. */
export const ProviderJane = providerStory('janeapp');
/** Square Appointments: the service per length. */
export const ProviderSquare = providerStory('square');
/** Setmore: the service per length. */
export const ProviderSetmore = providerStory('setmore');
/** Fresha: the service per length. */
export const ProviderFresha = providerStory('fresha');

/** `mode="popup"`: a button that opens the booking page in an accessible dialog. */
export const Popup: Story = {
  args: { mode: 'popup' },
};

/**
 * The popup open: heading, close button, "Open in a new tab" and the booking page (a local stand-in
 * here). Focus is on Close; Escape closes and focus returns to the button.
 */
export const PopupOpen: Story = {
  // Opened by the play function, which the Docs page does not run (and a modal there would cover the page).
  tags: ['!autodocs'],
  args: { mode: 'popup' },
  render: (args, context) =>
    clinic(
      buildElement(
        'booking-button',
        { ...args, 'booking-url': new URL('demo-booking.html', location.href).href },
        context,
        { props: { now: WEDNESDAY_MORNING, visitorZone: 'America/Anchorage' } },
      ),
    ),
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('booking-button')!;
    await element.updateComplete;
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!.click();
    await element.updateComplete;
    const frame = element.shadowRoot!.querySelector('iframe');
    if (frame && !frame.contentDocument?.body?.childElementCount) {
      await new Promise((loaded) => frame.addEventListener('load', loaded, { once: true }));
    }
    await element.updateComplete;
  },
};

/** Same-day hint, open day: "Same-day appointments: book by 3:00 PM today" (clock pinned to Wednesday 10:00). */
export const HintBookByToday: Story = {};

/** Same-day hint after the cut-off: open until 7 PM, but online booking for today has closed. */
export const HintClosedForToday: Story = { render: button(WEDNESDAY_LATE) };

/** Same-day hint on a closed day (Sunday): the next opening is named. */
export const HintClosedDay: Story = { render: button(SUNDAY_NOON) };

/** A visitor in London: the clinic's times carry the zone, so nobody misreads them by nine hours. */
export const HintVisitorInAnotherZone: Story = { render: button(WEDNESDAY_MORNING, 'Europe/London') };

/** `hint="off"` hides the same-day line. */
export const HintOff: Story = { args: { hint: 'off' } };

/** With the clinic's phone: a secondary "or call" link. */
export const WithPhone: Story = { args: { phone: '(907) 555-0142' } };

/** The button's text replaced through the default slot. */
export const CustomText: Story = { render: button(WEDNESDAY_MORNING, 'America/Anchorage', 'Book your back massage') };

/** A 90-minute session chosen with the `minutes` attribute. */
export const NinetyMinutes: Story = { args: { minutes: '90' } };

/**
 * Unsafe URL: `booking-url="javascript:alert(1)"` is refused with a console warning; the visitor is told
 * online booking is unavailable and gets the phone number instead.
 */
export const UnsafeUrl: Story = {
  args: { 'booking-url': 'javascript:alert(1)', phone: '(907) 555-0142' },
};

/** The button follows a picker on the same page: choose 90 minutes and the button offers 90. */
export const FollowsThePicker: Story = {
  tags: ['!autodocs'],
  render: (args, context) =>
    clinic(html`
      <div class="story-stack">
        <session-length-picker name="session" value="60"></session-length-picker>
        ${buildElement('booking-button', args, context, {
          props: { now: WEDNESDAY_MORNING, visitorZone: 'America/Anchorage' },
        })}
      </div>
    `),
  play: async ({ canvasElement }) => {
    const picker = canvasElement.querySelector('session-length-picker')!;
    await picker.updateComplete;
    picker.shadowRoot!.querySelector<HTMLInputElement>('input[value="90"]')?.click();
    await canvasElement.querySelector('booking-button')!.updateComplete;
  },
};
