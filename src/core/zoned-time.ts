/**
 * Wall-clock arithmetic in an IANA time zone using only Intl (no date library).
 * A "civil date" is a calendar day in some zone; instants are plain Dates.
 */

export interface CivilDate {
  year: number;
  month: number; // 1-12
  day: number;
}

/**
 * The formatter that reads a zone's wall clock (in 'en-US', with a time zone added). The ICU warm-up
 * worker (core/intl-warm-up.worker.ts) makes the same one for each clinic zone on the page.
 */
export const WALL_CLOCK_FORMAT: Intl.DateTimeFormatOptions = {
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
};

const partFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = partFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { ...WALL_CLOCK_FORMAT, timeZone });
    partFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when `timeZone` is an IANA zone this browser knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    return !!new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    return false;
  }
}

let browserZone: string | undefined;

/**
 * The visitor's own time zone, read once per page: reading it creates a formatter (1 to 2 ms at 4x CPU),
 * and every booking button asks at every render.
 */
export function visitorTimeZone(): string {
  return (browserZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone);
}

/** The wall-clock reading of `instant` in `timeZone`, as if that reading were UTC (ms). */
function wallClockAsUtc(instant: number, timeZone: string): number {
  const values: Record<string, number> = {};
  for (const part of partsFormatter(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') values[part.type] = Number(part.value);
  }
  return Date.UTC(values.year, values.month - 1, values.day, values.hour, values.minute, values.second);
}

/** The zone's offset from UTC at `instant`, in ms (Anchorage in winter: -9 h). */
export function offsetAt(instant: number, timeZone: string): number {
  const wholeSecond = Math.floor(instant / 1000) * 1000;
  return wallClockAsUtc(wholeSecond, timeZone) - wholeSecond;
}

/** The calendar day of `instant` in `timeZone`. */
export function civilDateOf(instant: number, timeZone: string): CivilDate {
  const wall = new Date(wallClockAsUtc(instant, timeZone));
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() };
}

/** `date` moved by `days` calendar days. */
export function addDays(date: CivilDate, days: number): CivilDate {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

/** Day of the week with Monday = 0 … Sunday = 6 (the order of openingHours' Mo-Su). */
export function weekdayOf(date: CivilDate): number {
  return (new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() + 6) % 7;
}

/**
 * The instant at which the wall clock in `timeZone` shows `minuteOfDay` on `date`. Handles DST: the
 * offset is taken at the result, not at midnight. A wall time skipped by a spring-forward change resolves
 * to the instant the clocks jumped past it; a repeated autumn hour resolves to its first occurrence.
 */
export function zonedInstant(date: CivilDate, minuteOfDay: number, timeZone: string): Date {
  const wall = Date.UTC(date.year, date.month - 1, date.day, 0, minuteOfDay);
  const first = wall - offsetAt(wall, timeZone);
  const second = wall - offsetAt(first, timeZone);
  if (first === second) return new Date(first);
  // Two candidates disagree only around a change: keep one that reads back as the wanted wall time,
  // preferring the earlier; in a gap neither does, so take the later (after the jump).
  const readsBack = (t: number) => wallClockAsUtc(t, timeZone) === wall;
  const [early, late] = first < second ? [first, second] : [second, first];
  return new Date(readsBack(early) ? early : late);
}
