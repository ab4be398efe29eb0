/**
 * When the freezes of the freezes file are in force: each weekly window and each range of dates,
 * turned into exact instants in its time zone (daylight saving time included).
 */
import type { DatedFreeze, FreezeSchedule, ScheduledFreeze, WeeklyFreeze } from './parse-schedule.js';
import { weekdayIndex } from './parse-schedule.js';
import { addDays, instantAt, parseCivilDate, wallClock, type CivilDate } from './zoned-time.js';

/** One window of a scheduled freeze, with its exact start and end. */
export interface ScheduledWindow {
  /** `schedule:<name>@<start ISO>`: the same window always gets the same id, a new week a new one. */
  id: string;
  name: string;
  reason: string;
  kind: ScheduledFreeze['kind'];
  timeZone: string;
  /** ISO 8601 instants; in force while start <= now < end. */
  start: string;
  end: string;
}

const DAYS_PER_WEEK = 7;

function windowOf(freeze: ScheduledFreeze, start: number, end: number): ScheduledWindow {
  const startIso = new Date(start).toISOString();
  return {
    id: `schedule:${freeze.name}@${startIso}`,
    name: freeze.name,
    reason: freeze.reason,
    kind: freeze.kind,
    timeZone: freeze.timeZone,
    start: startIso,
    end: new Date(end).toISOString(),
  };
}

/** Days from the window's first day to its last (0-7): Friday → Monday is 3. */
function spanDays(freeze: WeeklyFreeze): number {
  const days = (weekdayIndex(freeze.to.day) - weekdayIndex(freeze.from.day) + DAYS_PER_WEEK) % DAYS_PER_WEEK;
  return days === 0 && freeze.to.minutes <= freeze.from.minutes ? DAYS_PER_WEEK : days;
}

/** The weekly window's occurrence that starts on local day `first`. */
function weeklyOccurrence(freeze: WeeklyFreeze, first: CivilDate): ScheduledWindow {
  const start = instantAt(first, freeze.from.minutes, freeze.timeZone);
  const end = instantAt(addDays(first, spanDays(freeze)), freeze.to.minutes, freeze.timeZone);
  return windowOf(freeze, start, end);
}

/** The local day on which the weekly window last started (or starts later today). */
function latestFirstDay(freeze: WeeklyFreeze, now: Date): CivilDate {
  const today = wallClock(now.getTime(), freeze.timeZone);
  const back = (today.weekday - weekdayIndex(freeze.from.day) + DAYS_PER_WEEK) % DAYS_PER_WEEK;
  return addDays(today, -back);
}

/**
 * Occurrences of a weekly window that could contain `now`: the one that started most recently on
 * the right weekday, and the week before's (a window nearly a week long can still run into the
 * next week when clocks go back).
 */
function weeklyCandidates(freeze: WeeklyFreeze, now: Date): ScheduledWindow[] {
  const latest = latestFirstDay(freeze, now);
  return [weeklyOccurrence(freeze, addDays(latest, -DAYS_PER_WEEK)), weeklyOccurrence(freeze, latest)];
}

function datedWindows(freeze: DatedFreeze): ScheduledWindow[] {
  return freeze.ranges.map((range) => {
    const from = parseCivilDate(range.from)!;
    const through = parseCivilDate(range.to)!;
    return windowOf(freeze, instantAt(from, 0, freeze.timeZone), instantAt(addDays(through, 1), 0, freeze.timeZone));
  });
}

const inForce = (window: ScheduledWindow, now: Date): boolean =>
  Date.parse(window.start) <= now.getTime() && now.getTime() < Date.parse(window.end);

/**
 * The scheduled windows in force at `now`, with their exact start and end instants, earliest
 * start first. A window is in force from its start (inclusive) to its end (exclusive).
 */
export function activeScheduledFreezes(schedule: FreezeSchedule, now: Date): ScheduledWindow[] {
  const active: ScheduledWindow[] = [];
  for (const freeze of schedule.freezes) {
    const candidates = freeze.kind === 'weekly' ? weeklyCandidates(freeze, now) : datedWindows(freeze);
    active.push(...candidates.filter((window) => inForce(window, now)));
  }
  return active.sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.id.localeCompare(b.id));
}

/**
 * The next scheduled window to start after `now` within `horizonDays` (default 14), for the board
 * ("next freeze: Fri 16:00"); undefined when none starts in that time.
 */
export function nextScheduledFreeze(schedule: FreezeSchedule, now: Date, horizonDays = 14): ScheduledWindow | undefined {
  const limit = now.getTime() + horizonDays * 24 * 60 * 60 * 1000;
  const upcoming: ScheduledWindow[] = [];
  for (const freeze of schedule.freezes) {
    if (freeze.kind === 'dates') {
      upcoming.push(...datedWindows(freeze));
      continue;
    }
    const latest = latestFirstDay(freeze, now);
    for (let week = 0; week <= Math.ceil(horizonDays / DAYS_PER_WEEK); week += 1) {
      upcoming.push(weeklyOccurrence(freeze, addDays(latest, week * DAYS_PER_WEEK)));
    }
  }
  return upcoming
    .filter((window) => Date.parse(window.start) > now.getTime() && Date.parse(window.start) <= limit)
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.id.localeCompare(b.id))[0];
}
