/**
 * Wall-clock time in IANA time zones, through the runtime's own time-zone database (Intl), so
 * freeze windows follow daylight saving time without a date library. Pure; formatters are cached
 * because building one costs far more than using it.
 */
import { closest } from '../config/closest.js';

/** A civil date and time as read on a wall clock in some zone (month 1-12; weekday 0 = Monday). */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
}

/** A civil date (`2026-12-24` as numbers). */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

const WEEKDAY_INDEX: Record<string, number> = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };
const DAY_MS = 24 * 60 * 60 * 1000;

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      // h23: en-US would otherwise print midnight as hour 24 on some ICU versions.
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    partsFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * The canonical name of a time zone the runtime knows (`europe/berlin` → `Europe/Berlin`), or
 * undefined when it knows none by that name.
 */
export function canonicalTimeZone(name: string): string | undefined {
  if (name.trim() === '') return undefined;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/**
 * A known zone close to a mistyped one, for "did you mean": first a zone whose city is the name
 * (`Berlin` → `Europe/Berlin`), then the closest spelling (`Europe/Berln`).
 */
export function suggestTimeZone(name: string): string | undefined {
  const zones = Intl.supportedValuesOf('timeZone');
  const city = name.trim().toLowerCase().replace(/\s+/g, '_');
  const byCity = zones.find((zone) => zone.toLowerCase().split('/').pop() === city);
  return byCity ?? closest(name, zones);
}

/** What the wall clock in `timeZone` shows at `instant` (milliseconds since the epoch). */
export function wallClock(instant: number, timeZone: string): WallClock {
  const values: Record<string, string> = {};
  for (const part of partsFormatter(timeZone).formatToParts(new Date(instant))) values[part.type] = part.value;
  return {
    year: Number(values['year']),
    month: Number(values['month']),
    day: Number(values['day']),
    hour: Number(values['hour']),
    minute: Number(values['minute']),
    second: Number(values['second']),
    weekday: WEEKDAY_INDEX[values['weekday'] ?? ''] ?? 0,
  };
}

/** The zone's offset from UTC at `instant`, in milliseconds (Berlin in summer: +7,200,000). */
function offsetAt(instant: number, timeZone: string): number {
  const wall = wallClock(instant, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  // The formatter drops milliseconds, so compare with the instant rounded down to its second.
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant at which the wall clock in `timeZone` shows `date` at `minutes` past midnight.
 * Daylight saving time is resolved as Temporal's "compatible" mode and most calendars do: a time
 * that occurs twice (clocks go back) is its first occurrence; a time that does not occur (clocks
 * go forward) is moved forward by the gap, so 02:30 on the spring-forward night is 03:30 local.
 */
export function instantAt(date: CivilDate, minutes: number, timeZone: string): number {
  const local = Date.UTC(date.year, date.month - 1, date.day, 0, minutes);
  // Offsets on either side of any transition near this time (zones change offset at most a few
  // times a year, never twice within a day).
  const before = offsetAt(local - DAY_MS, timeZone);
  const after = offsetAt(local + DAY_MS, timeZone);
  const candidates = [...new Set([before, after])]
    .map((offset) => local - offset)
    .filter((instant) => offsetAt(instant, timeZone) === local - instant)
    .sort((a, b) => a - b);
  // No candidate reads back: the time falls in a gap; the offset from before the gap moves it
  // past the gap.
  return candidates[0] ?? local - before;
}

/** `date` plus `days` calendar days. */
export function addDays(date: CivilDate, days: number): CivilDate {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

/** Parses `YYYY-MM-DD`, or undefined when it is not a real calendar date (2026-02-30). */
export function parseCivilDate(text: string): CivilDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  const check = addDays(date, 0);
  return check.year === date.year && check.month === date.month && check.day === date.day ? date : undefined;
}

/** Orders civil dates (negative when `a` is earlier). */
export function compareCivilDates(a: CivilDate, b: CivilDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

const displayFormatters = new Map<string, Intl.DateTimeFormat>();

/** The zone's short name at `instant` as people read it: `UTC`, `CET`, `CEST`, `GMT-5`. */
function zoneLabel(instant: number, timeZone: string): string {
  let formatter = displayFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'short' });
    displayFormatters.set(timeZone, formatter);
  }
  return formatter.formatToParts(new Date(instant)).find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

const WEEKDAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * A time as short as it can be and still be unambiguous next to `reference` (usually now), for
 * commit status descriptions that must fit 140 characters: `14:02 UTC` on the same day,
 * `Mon 08:00 CET` within six days, `Nov 21 14:02 UTC` within the year, else `2025-11-21 14:02 UTC`.
 */
export function shortTime(iso: string, reference: Date, timeZone = 'UTC'): string {
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) return iso;
  const wall = wallClock(instant, timeZone);
  const here = wallClock(reference.getTime(), timeZone);
  const clock = `${pad(wall.hour)}:${pad(wall.minute)} ${zoneLabel(instant, timeZone)}`;
  const days = Math.round(
    (Date.UTC(wall.year, wall.month - 1, wall.day) - Date.UTC(here.year, here.month - 1, here.day)) / DAY_MS,
  );
  if (days === 0) return clock;
  if (Math.abs(days) <= 6) return `${WEEKDAY_NAMES[wall.weekday]} ${clock}`;
  if (wall.year === here.year) return `${MONTH_NAMES[wall.month - 1]} ${wall.day} ${clock}`;
  return `${wall.year}-${pad(wall.month)}-${pad(wall.day)} ${clock}`;
}
