/**
 * Times as people read them in summaries: minute precision in UTC, which is what the runner's
 * logs use too, with the relative age next to it where it matters.
 */
import { formatDuration } from '../runtime/duration.js';

/** `2026-11-21 14:02 UTC` from an ISO 8601 timestamp. */
export function formatTimestamp(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** `2026-11-21 14:02 UTC (42m ago)`, or `(in 27m)` for a time still ahead of `now`. */
export function formatTimestampRelative(iso: string, now: Date): string {
  const delta = Date.parse(iso) - now.getTime();
  if (Number.isNaN(delta)) return iso;
  const age = formatDuration(Math.abs(delta));
  return `${formatTimestamp(iso)} (${delta > 0 ? `in ${age}` : `${age} ago`})`;
}
