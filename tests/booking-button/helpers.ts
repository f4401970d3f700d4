import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/clinic-provider/clinic-provider.ts';
import '../../src/booking-button/booking-button.ts';
import type { BookingButton } from '../../src/booking-button/booking-button.ts';

/** A page on the test server, so the popup's iframe loads something real and same-origin. */
export const PAGE = `${location.origin}/booking-page-for-tests`;

/** Text as a person reads it: whitespace runs made single spaces. */
export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
export const shadow = (el: BookingButton) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: BookingButton, selector: string) =>
  shadow(el).querySelector<T>(selector);

/** Fires a click that the test can inspect, without letting a real new tab open unless the element allows it. */
export function click(target: HTMLElement): MouseEvent {
  const event = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
  target.dispatchEvent(event);
  return event;
}

/** The provider for our Anchorage clinic (first session 45 minutes, Cal.com), around `content`. */
export const ANCHORAGE = (content: unknown, clinicName = '') => html`
  <clinic-provider
    clinic-name=${clinicName}
    timezone="America/Anchorage"
    hours="Mo-Fr 09:00-19:00; Sa 10:00-16:00"
    lead-time="180"
    sessions="45:70, 90:135"
    provider="calcom"
    booking-url="https://cal.com/harbour/massage"
    phone="(907) 555-0142"
    locale="en-US"
    >${content}</clinic-provider
  >
`;

/** The button inside a provider for our Anchorage clinic. */
export async function inProvider(button: TemplateResult, clinicName = '') {
  const root = await fixture(ANCHORAGE(button, clinicName));
  const el = root.querySelector('booking-button')!;
  await el.updateComplete;
  return el;
}

/** A popup button for the test page inside the Anchorage provider, its clock pinned to Monday 10:00. */
export async function popup(url = PAGE, clinicName = '') {
  const el = await inProvider(
    html`<booking-button mode="popup" booking-url=${url} provider="link"></booking-button>`,
    clinicName,
  );
  el.now = () => new Date('2026-11-23T19:00:00Z');
  el.visitorZone = 'America/Anchorage';
  await el.updateComplete;
  return el;
}
