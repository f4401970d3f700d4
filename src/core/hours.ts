/**
 * Opening hours and the online-booking lead time, as pure functions (no DOM, no clock of their own).
 *
 * `hours` uses the schema.org openingHours syntax: rules like `Mo-Fr 09:00-19:00; Sa 10:00-16:00`,
 * separated by `;` or new lines. A rule is a list of days and day ranges (`Mo,We,Fr`, `Fr-Mo`) followed
 * by a list of time ranges (`09:00-12:00,13:00-17:00`) or `off`/`closed`; a rule without days applies to
 * every day. A later rule replaces what earlier rules said about its days (`Mo-Sa 09:00-17:00; Sa off`).
 * Ranges past midnight are not supported (a clinic's day ends by 24:00).
 */

import { addDays, civilDateOf, weekdayOf, zonedInstant, type CivilDate } from './zoned-time.js';

/** Minutes after midnight, clinic local time. */
export interface OpeningInterval {
  open: number;
  close: number;
}

/** Index 0 is Monday … 6 is Sunday; an empty list means closed. */
export type WeeklyHours = OpeningInterval[][];

const DAY_CODES = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];

/** Days like `Mo-Fr` or `Mo,We,Fr` (a range may wrap round the week, `Fr-Mo`), as Monday-based indexes. */
function parseDays(text: string): number[] | undefined {
  if (!/^[a-z][a-z,\s-]*$/i.test(text)) return undefined;
  const days = new Set<number>();
  for (const item of text.split(',')) {
    const [from, to, extra] = item.split('-').map((code) => DAY_CODES.indexOf(code.trim().slice(0, 2).toLowerCase()));
    if (from < 0 || to < 0 || extra !== undefined) return undefined;
    for (let day = from; ; day = (day + 1) % 7) {
      days.add(day);
      if (to === undefined || day === to) break;
    }
  }
  return [...days];
}

/** `09:00` as minutes after midnight, up to 24:00. */
function parseClock(text: string): number | undefined {
  const [, hours, minutes] = /^(\d\d?):([0-5]\d)$/.exec(text.trim()) ?? [];
  const total = Number(hours) * 60 + Number(minutes);
  return total <= 24 * 60 ? total : undefined;
}

/** `09:00-12:00,13:00-17:00`, or `off` / `closed` for a closed day. */
function parseIntervals(text: string): OpeningInterval[] | undefined {
  if (/^(off|closed)$/i.test(text)) return [];
  const intervals: OpeningInterval[] = [];
  for (const item of text.split(',')) {
    const [open, close, extra] = item.split('-').map(parseClock);
    if (open === undefined || close === undefined || extra !== undefined || close <= open) return undefined;
    intervals.push({ open, close });
  }
  return intervals.sort((a, b) => a.open - b.open);
}

/**
 * Parses opening hours. Returns undefined when any rule cannot be read: the caller warns and ignores
 * the whole text, because half-understood hours could promise a slot the clinic does not have.
 * Linear in the length of the text: each rule is split once at its first digit (or `off`/`closed`),
 * with no pattern that can backtrack.
 */
export function parseOpeningHours(text: string): WeeklyHours | undefined {
  const week: WeeklyHours = [[], [], [], [], [], [], []];
  const rules = text
    .split(/[;\n]/)
    .map((rule) => rule.trim())
    .filter(Boolean);
  for (const rule of rules) {
    // "<days> <times>", or just "<times>" for every day.
    const timesAt = rule.search(/\d|off|closed/i);
    if (timesAt < 0) return undefined;
    const dayText = rule.slice(0, timesAt).trim();
    const days = parseDays(dayText || 'mo-su');
    const intervals = parseIntervals(rule.slice(timesAt).trim());
    // Days and times must be apart ("Mo09:00" is not a rule).
    if (!days || !intervals || (dayText && !/\s$/.test(rule.slice(0, timesAt)))) return undefined;
    for (const day of days) week[day] = intervals;
  }
  return rules.length ? week : undefined;
}

export interface BookingWindowOptions {
  /** The current instant. */
  now: Date;
  /** The clinic's IANA time zone. */
  timeZone: string;
  hours: WeeklyHours;
  /** Minutes before a start time when online booking closes (180: "up to three hours ahead"). */
  leadMinutes: number;
  /** Length of the session to fit before closing time; 0 treats closing time as the last start. */
  sessionMinutes?: number;
}

export interface BookingWindow {
  /** The earliest start bookable online from `now`, within the next week; undefined if none. */
  earliestStart?: Date;
  /** Calendar days from today (clinic time) to `earliestStart`: 0 today, 1 tomorrow… */
  daysAhead?: number;
  /** Whether the clinic opens at all today (clinic time). */
  openToday: boolean;
  /** When a same-day start is still bookable: the last instant to book one online. */
  bookBy?: Date;
}

const MINUTE = 60_000;

/**
 * When can a visitor book online? Starts must lie in opening hours, leave room for the session before
 * closing, and be at least `leadMinutes` of real time after `now` (so a DST change in between counts as
 * the hour it really is). Every wall time is converted in the clinic's zone on its own day.
 */
export function bookingWindow({
  now,
  timeZone,
  hours,
  leadMinutes,
  sessionMinutes = 0,
}: BookingWindowOptions): BookingWindow {
  const earliestAllowed = Math.ceil((now.getTime() + leadMinutes * MINUTE) / MINUTE) * MINUTE;
  const today: CivilDate = civilDateOf(now.getTime(), timeZone);
  const window: BookingWindow = { openToday: hours[weekdayOf(today)].length > 0 };

  for (let daysAhead = 0; daysAhead <= 7; daysAhead++) {
    const date = addDays(today, daysAhead);
    for (const { open, close } of hours[weekdayOf(date)]) {
      const opens = zonedInstant(date, open, timeZone).getTime();
      const lastStart = zonedInstant(date, close, timeZone).getTime() - sessionMinutes * MINUTE;
      const start = Math.max(opens, earliestAllowed);
      if (start > lastStart) continue;
      window.earliestStart ??= new Date(start);
      window.daysAhead ??= daysAhead;
      if (daysAhead === 0) window.bookBy = new Date(lastStart - leadMinutes * MINUTE);
    }
    if (window.earliestStart) return window;
  }
  return window;
}
