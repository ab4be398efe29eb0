const DAY_MS = 24 * 60 * 60 * 1000;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// A time zone is required: "2027-03-01T12:00" means a different instant on every runner.
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i;

/** True when year-month-day is a real calendar day (not 2027-02-30). */
function realDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A parsed exception expiry. */
export interface Expiry {
  /** The first instant at which the exception no longer applies. */
  expiresAt: Date;
  /** The last UTC calendar day on which it applies (midnight UTC), for day counts. */
  lastDay: Date;
}

/**
 * Reads `YYYY-MM-DD` (the exception applies through the end of that day, UTC) or an ISO 8601
 * date-time with a time zone (it applies until that instant). Undefined for anything else.
 */
export function parseExpiry(text: string): Expiry | undefined {
  const date = DATE.exec(text) ?? DATE_TIME.exec(text);
  if (!date) return undefined;
  const [year, month, day] = [Number(date[1]), Number(date[2]), Number(date[3])];
  if (!realDay(year, month, day)) return undefined;
  if (text.length === 10) {
    const lastDay = new Date(Date.UTC(year, month - 1, day));
    return { expiresAt: new Date(lastDay.getTime() + DAY_MS), lastDay };
  }
  const instant = Date.parse(text);
  if (Number.isNaN(instant)) return undefined;
  const expiresAt = new Date(instant);
  // The last day it applies is the UTC day of the instant just before it expires.
  return { expiresAt, lastDay: startOfUtcDay(new Date(instant - 1)) };
}

/** Midnight UTC of the day `date` falls on. */
export function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/** Whole UTC calendar days from `today` to `day` (negative when `day` is in the past). */
export function daysFrom(today: Date, day: Date): number {
  return Math.round((startOfUtcDay(day).getTime() - startOfUtcDay(today).getTime()) / DAY_MS);
}

/** `YYYY-MM-DD` of a date in UTC, for messages. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export { DAY_MS };
