import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/clinic-provider/clinic-provider.ts';

/**
 * `<clinic-provider>` holds the clinic's settings once for every widget inside it (and for widgets
 * pasted elsewhere on the page). It renders nothing of its own: its content is the page.
 */
const meta: Meta = {
  title: 'Elements/Clinic provider',
  component: 'clinic-provider',
  args: {
    'clinic-name': 'Harbour Street Massage',
    timezone: 'America/Anchorage',
    hours: 'Mo-Fr 09:00-19:00; Sa 10:00-16:00',
    'lead-time': '180',
    sessions: '60:95, 90:135',
    currency: 'USD',
    provider: 'calcom',
    'booking-url': 'https://cal.com/harbour-street-massage/massage',
    phone: '(907) 555-0142',
  },
  render: (args) => html`
    <clinic-provider
      clinic-name=${args['clinic-name']}
      timezone=${args.timezone}
      hours=${args.hours}
      lead-time=${args['lead-time']}
      sessions=${args.sessions}
      currency=${args.currency}
      provider=${args.provider}
      booking-url=${args['booking-url']}
      phone=${args.phone}
    >
      <p>Every widget inside this provider (and every widget pasted elsewhere on the page) uses these settings.</p>
    </clinic-provider>
  `,
};
export default meta;

type Story = StoryObj;

/** The reference clinic: Anchorage hours, 60 and 90 minute sessions with prices, Cal.com bookings. */
export const ReferenceClinic: Story = {};
