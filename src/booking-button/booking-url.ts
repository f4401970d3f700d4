/**
 * Booking links per provider, as pure functions: the clinic's page on its booking system plus the
 * visitor's session length (and the provider's id for that length) give the URL to open.
 *
 * Every builder gets a parsed copy of the clinic's URL and either changes it to carry the length or
 * returns nothing, in which case the plain booking URL is used: a visitor then picks the length on the
 * booking page, which beats a link to a page that does not exist.
 */
import { toHttpUrl } from '../core/attributes.js';
import type { BookingProvider } from '../core/settings.js';

export interface BookingUrlOptions {
  provider: BookingProvider;
  /** The clinic's page on its booking system. Anything but http(s) gives no URL at all. */
  bookingUrl?: string;
  /** Session length in minutes. */
  minutes: number;
  /** The booking system's service, event or treatment id for this length, when the clinic mapped one. */
  service?: string;
}

/** Changes `url` to carry the length and returns true, or returns false when it cannot. */
type Builder = (url: URL, minutes: number, service?: string) => boolean | undefined;

const segment = encodeURIComponent;

/** Appends a path segment to the clinic's page (`/user` + `massage-60` → `/user/massage-60`). */
function appendSegment(url: URL, id: string): true {
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/${segment(id)}`;
  return true;
}

/** Replaces whatever follows `/<anchor>/<id>` in the path with `/services/<service>` (Square, Setmore). */
function servicePath(anchor: string) {
  return (url: URL, _minutes: number, service?: string) => {
    const base = new RegExp(`^.*?/${anchor}/[^/]+`).exec(url.pathname)?.[0];
    if (!service || !base) return false;
    url.pathname = `${base}/services/${segment(service)}`;
    return true;
  };
}

// Braces in a path arrive percent-encoded when the URL was normalized (by <clinic-provider>).
const MINUTES = /(?:\{|%7B)minutes(?:\}|%7D)/gi;
const SERVICE = /(?:\{|%7B)service(?:\}|%7D)/gi;
const SERVICE_PART = /[^?&=/#]*=(?:\{|%7B)service(?:\}|%7D)&?|\/?(?:\{|%7B)service(?:\}|%7D)/gi;

const builders: Record<Exclude<BookingProvider, 'link'>, Builder> = {
  // Cal.com: one event with several lengths takes `?duration=`; a separate event per length is a slug
  // after the user's or team's page (then the event's own length applies).
  calcom: (url, minutes, service) =>
    service ? appendSegment(url, service) : (url.searchParams.set('duration', String(minutes)), true),
  // Calendly has no length parameter: each length is its own event, a slug after the user's page.
  calendly: (url, _minutes, service) => !!service && appendSegment(url, service),
  // Acuity (schedule.php?owner=… or a clinic.as.me page) preselects an appointment type by id.
  acuity: (url, _minutes, service) => !!service && (url.searchParams.set('appointmentType', service), true),
  // Jane routes inside the hash: #/discipline/2 or #/staff_member/5, then /treatment/<id>.
  janeapp: (url, _minutes, service) => {
    const route = /^#\/(discipline|staff_member)\/[^/]+/.exec(url.hash)?.[0];
    if (!service || !route) return false;
    url.hash = `${route}/treatment/${segment(service)}`;
    return true;
  },
  square: servicePath('location'),
  setmore: servicePath('scheduleappointment'),
  // Fresha: /book-now/<venue>/services?lid=<location>&oiid=sv:<service>
  fresha: (url, _minutes, service) => {
    const base = /^\/book-now\/[^/]+/.exec(url.pathname)?.[0];
    if (!service || !base) return false;
    url.pathname = `${base}/services`;
    url.searchParams.set('oiid', `sv:${service}`);
    return true;
  },
};

/**
 * A `link` provider's URL template: `{minutes}` and `{service}` are replaced (URL-encoded). A
 * `{service}` with no id for this length is dropped with its query parameter or path segment, so the
 * visitor still reaches the page.
 */
function fillTemplate(template: string, minutes: number, service?: string): URL | undefined {
  const text = template.replace(MINUTES, String(minutes));
  return toHttpUrl(service ? text.replace(SERVICE, segment(service)) : text.replace(SERVICE_PART, '').replace(/[?&]$/, ''));
}

/**
 * The URL to open for a provider, the clinic's booking page and a session length. Returns undefined
 * when the booking URL is missing or is not http(s) (so `javascript:` and `data:` never reach a link).
 */
export function buildBookingUrl({ provider, bookingUrl, minutes, service }: BookingUrlOptions): string | undefined {
  if (provider === 'link') return bookingUrl ? fillTemplate(bookingUrl, minutes, service)?.href : undefined;
  const url = toHttpUrl(bookingUrl);
  if (!url) return undefined;
  const plain = url.href;
  return builders[provider]?.(url, minutes, service) ? url.href : plain;
}
