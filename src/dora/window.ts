/** The reporting windows: the last `length` before now, and the one before it for comparison. */

export const DAY_MS = 24 * 60 * 60 * 1000;

export interface Window {
  /** Inclusive. */
  start: Date;
  /** Exclusive. */
  end: Date;
  /** Its length in days (fractional for windows such as `36h`). */
  days: number;
}

export function windowEnding(end: Date, lengthMs: number): Window {
  return { start: new Date(end.getTime() - lengthMs), end, days: lengthMs / DAY_MS };
}

/** The current window, ending now, and the previous one of the same length, ending where it starts. */
export function reportWindows(now: Date, lengthMs: number): { current: Window; previous: Window } {
  const current = windowEnding(now, lengthMs);
  return { current, previous: windowEnding(current.start, lengthMs) };
}

export function inWindow(iso: string, window: Window): boolean {
  const at = Date.parse(iso);
  return at >= window.start.getTime() && at < window.end.getTime();
}

/** Seven-day buckets from the window's start (the last one may be shorter), for the weekly charts. */
export function weeksOf(window: Window): Window[] {
  const weeks: Window[] = [];
  for (let start = window.start.getTime(); start < window.end.getTime(); start += 7 * DAY_MS) {
    const end = Math.min(start + 7 * DAY_MS, window.end.getTime());
    weeks.push({ start: new Date(start), end: new Date(end), days: (end - start) / DAY_MS });
  }
  return weeks;
}
