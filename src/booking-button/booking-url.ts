/**
 * Booking links per provider, as pure functions: the clinic's page on its booking system plus the
 * visitor's session length (and the provider's id for that length) give the URL to open.
 *
 * Every builder gets a parsed copy of the clinic's URL and either changes it to carry the length or
 * returns nothing, in which case the plain booking URL is used: a visitor then picks the length on the
 * booking page, which beats a link to a page that does not exist.
 *
 * Linear time, whatever the input: everything here is `indexOf`, `startsWith` and `slice` on strings, no
 * regular expression that could backtrack. (The patterns this replaced took 1.5 s per render on a
 * 30,000-character URL.) Inputs are also capped where they are parsed (MAX_LENGTH.url, core/parse.ts).
 */
import { toHttpUrl } from '../core/parse.js';
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
type Builder = (url: URL, minutes: number, service?: string) => boolean;

const segment = encodeURIComponent;

/** `path` without its trailing slashes (`/user//` → `/user`). */
function trimTrailingSlashes(path: string): string {
  let end = path.length;
  while (end > 0 && path[end - 1] === '/') end--;
  return path.slice(0, end);
}

/**
 * The start of `text` up to the end of the first `<prefix><id>` where `<id>` is a non-empty run up to the
 * next `/` (`/book-now/venue/services` with prefix `/book-now/` → `/book-now/venue`), or undefined.
 * With `anywhere`, the prefix may start later in `text` (`/appointments/m/location/L9/…`).
 */
function upToIdAfter(text: string, prefix: string, anywhere = false): string | undefined {
  let at = anywhere ? text.indexOf(prefix) : text.startsWith(prefix) ? 0 : -1;
  while (at !== -1) {
    const idStart = at + prefix.length;
    const idEnd = text.indexOf('/', idStart);
    const end = idEnd === -1 ? text.length : idEnd;
    if (end > idStart) return text.slice(0, end);
    // An empty id (`/location//`): a later occurrence may still have one.
    at = anywhere ? text.indexOf(prefix, idStart) : -1;
  }
  return undefined;
}

/** Appends a path segment to the clinic's page (`/user` + `massage-60` → `/user/massage-60`). */
function appendSegment(url: URL, id: string): true {
  url.pathname = `${trimTrailingSlashes(url.pathname)}/${segment(id)}`;
  return true;
}

/** Replaces whatever follows `/<anchor>/<id>` in the path with `/services/<service>` (Square, Setmore). */
function servicePath(anchor: string): Builder {
  return (url, _minutes, service) => {
    const base = upToIdAfter(url.pathname, `/${anchor}/`, true);
    if (!service || !base) return false;
    url.pathname = `${base}/services/${segment(service)}`;
    return true;
  };
}

const builders: Record<Exclude<BookingProvider, 'link'>, Builder> = {
  // Cal.com: one event with several lengths takes `?duration=`; a separate event per length is a slug
  // after the user's or team's page (then the event's own length applies).
  calcom: (url, minutes, service) => {
    if (service) return appendSegment(url, service);
    url.searchParams.set('duration', String(minutes));
    return true;
  },
  // Calendly has no length parameter: each length is its own event, a slug after the user's page.
  calendly: (url, _minutes, service) => !!service && appendSegment(url, service),
  // Acuity (schedule.php?owner=… or a clinic.as.me page) preselects an appointment type by id.
  acuity: (url, _minutes, service) => {
    if (!service) return false;
    url.searchParams.set('appointmentType', service);
    return true;
  },
  // Jane routes inside the hash: #/discipline/2 or #/staff_member/5, then /treatment/<id>.
  janeapp: (url, _minutes, service) => {
    const route = upToIdAfter(url.hash, '#/discipline/') ?? upToIdAfter(url.hash, '#/staff_member/');
    if (!service || !route) return false;
    url.hash = `${route}/treatment/${segment(service)}`;
    return true;
  },
  square: servicePath('location'),
  setmore: servicePath('scheduleappointment'),
  // Fresha: /book-now/<venue>/services?lid=<location>&oiid=sv:<service>
  fresha: (url, _minutes, service) => {
    const base = upToIdAfter(url.pathname, '/book-now/');
    if (!service || !base) return false;
    url.pathname = `${base}/services`;
    url.searchParams.set('oiid', `sv:${service}`);
    return true;
  },
};

/** `text` with A–Z lowered and nothing else changed, so every index still points at the same character. */
function lowerAscii(text: string): string {
  let lower = '';
  for (let start = 0; start < text.length;) {
    let end = start;
    while (end < text.length && !(text[end] >= 'A' && text[end] <= 'Z')) end++;
    lower += text.slice(start, end);
    if (end < text.length) lower += text[end].toLowerCase();
    start = end + 1;
  }
  return lower;
}

/**
 * Where `{name}` occurs in `text`, left to right, as `[start, end)` spans. The braces may arrive
 * percent-encoded (`%7Bname%7D`, any case), because a URL normalized by `<clinic-provider>` encodes them
 * in the path.
 */
function placeholders(text: string, name: string): [start: number, end: number][] {
  const lower = lowerAscii(text);
  const spans: [number, number][] = [];
  for (let at = lower.indexOf(name); at !== -1; at = lower.indexOf(name, at + name.length)) {
    const after = at + name.length;
    const start = lower[at - 1] === '{' ? at - 1 : at >= 3 && lower.startsWith('%7b', at - 3) ? at - 3 : -1;
    const end = lower[after] === '}' ? after + 1 : lower.startsWith('%7d', after) ? after + 3 : -1;
    if (start !== -1 && end !== -1) spans.push([start, end]);
  }
  return spans;
}

/** `text` with every `{name}` replaced by `value`. */
function fill(text: string, name: string, value: string): string {
  let filled = '';
  let from = 0;
  for (const [start, end] of placeholders(text, name)) {
    filled += text.slice(from, start) + value;
    from = end;
  }
  return filled + text.slice(from);
}

/** Characters that end a query parameter's name when reading backwards from its `=`. */
const URL_DELIMITERS = '?&=/#';

/**
 * `text` without its `{service}` placeholders, for a length with no id: a query value goes with its
 * parameter (`type={service}` and the `&` after it), any other placeholder with the `/` before it, so the
 * link still reaches the page. A `?` or `&` left dangling at the end goes too.
 */
function dropService(text: string): string {
  let kept = '';
  let from = 0;
  for (const [start, end] of placeholders(text, 'service')) {
    let cutStart = start;
    let cutEnd = end;
    if (text[start - 1] === '=') {
      // Back over the parameter's name; never past what was already kept, so the scan stays linear.
      cutStart = start - 1;
      while (cutStart > from && !URL_DELIMITERS.includes(text[cutStart - 1])) cutStart--;
      if (text[cutEnd] === '&') cutEnd++;
    } else if (text[start - 1] === '/' && start - 1 >= from) {
      cutStart = start - 1;
    }
    kept += text.slice(from, cutStart);
    from = cutEnd;
  }
  kept += text.slice(from);
  return kept.endsWith('?') || kept.endsWith('&') ? kept.slice(0, -1) : kept;
}

/**
 * A `link` provider's URL template: `{minutes}` and `{service}` are replaced (URL-encoded). A
 * `{service}` with no id for this length is dropped with its query parameter or path segment, so the
 * visitor still reaches the page.
 */
function fillTemplate(template: string, minutes: number, service?: string): URL | undefined {
  const withMinutes = fill(template, 'minutes', String(minutes));
  return toHttpUrl(service ? fill(withMinutes, 'service', segment(service)) : dropService(withMinutes));
}

/**
 * The URL to open for a provider, the clinic's booking page and a session length. Returns undefined
 * when the booking URL is missing or is not http(s) (so `javascript:` and `data:` never reach a link).
 */
export function buildBookingUrl({ provider, bookingUrl, minutes, service }: BookingUrlOptions): string | undefined {
  if (!bookingUrl) return undefined;
  if (provider === 'link') return fillTemplate(bookingUrl, minutes, service)?.href;
  const url = toHttpUrl(bookingUrl);
  if (!url) return undefined;
  const plain = url.href;
  return builders[provider]?.(url, minutes, service) ? url.href : plain;
}
