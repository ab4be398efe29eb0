import { ConfigurationError } from './errors.js';

/**
 * The one duration parser of the project. Pure: domain code (lease TTLs, freeze windows, soak
 * times, DORA periods) imports it, and so do the input readers.
 */

const UNIT_MS = {
  w: 7 * 24 * 60 * 60 * 1000,
  d: 24 * 60 * 60 * 1000,
  h: 60 * 60 * 1000,
  m: 60 * 1000,
  s: 1000,
  ms: 1,
} as const;

type Unit = keyof typeof UNIT_MS;

// Largest first: a compound like `1h30m` must list units in this order, each at most once, so a
// typo such as `30m1m` or `1m1h` is an error instead of a silently odd sum.
const UNIT_ORDER: readonly Unit[] = ['w', 'd', 'h', 'm', 's', 'ms'];

// `ms` must come before `m` and `s` in the alternation, or `500ms` would read as `500m` + `s`.
const SEGMENT = /(\d+)(ms|w|d|h|m|s)/y;

/**
 * Parses a duration such as `30s`, `30m`, `2h`, `7d`, `1w`, `1h30m`, `1h 30m`, `500ms` or a bare
 * `0`, returning milliseconds.
 *
 * Units are lower-case on purpose: `M` is read as "month" by many people and is rejected rather
 * than guessed. Whole numbers only, so every result is an exact count of milliseconds.
 *
 * @param text the duration as the user wrote it
 * @param where what the text came from, e.g. `input 'lease-ttl'` or `policy.yml: /freeze/for`;
 *   it starts the error message so the user knows what to fix
 * @throws ConfigurationError when the text is not a duration
 */
export function parseDuration(text: string, where: string): number {
  const trimmed = text.trim();
  const fail = (): never => {
    throw new ConfigurationError(
      `${where}: '${text}' is not a duration; use a number and a unit such as 30m, 2h or 7d`,
    );
  };
  if (trimmed === '0') return 0;
  if (trimmed === '') fail();

  let total = 0;
  let position = 0;
  let lastUnitIndex = -1;
  while (position < trimmed.length) {
    SEGMENT.lastIndex = position;
    const match = SEGMENT.exec(trimmed);
    if (!match) fail();
    const [whole, digits, unit] = match as RegExpExecArray & [string, string, Unit];
    const unitIndex = UNIT_ORDER.indexOf(unit);
    if (unitIndex <= lastUnitIndex) fail();
    lastUnitIndex = unitIndex;
    total += Number(digits) * UNIT_MS[unit];
    position += whole.length;
    // Spaces are allowed between segments (`1h 30m`, as formatDuration writes it), not inside.
    while (trimmed[position] === ' ') position += 1;
  }
  if (!Number.isSafeInteger(total)) fail();
  return total;
}

/** Units used when writing durations for people; weeks are left out because `30d` reads better. */
const FORMAT_UNITS: readonly [Exclude<Unit, 'w' | 'ms'>, number][] = [
  ['d', UNIT_MS.d],
  ['h', UNIT_MS.h],
  ['m', UNIT_MS.m],
  ['s', UNIT_MS.s],
];

/**
 * Writes a duration compactly for summaries: at most the two largest non-zero units, rounded
 * down (`1h 30m`, `2d 3h`, `45s`). Below ten seconds it keeps a tenth of a second (`1.5s`), and
 * below one second it uses milliseconds (`500ms`), because short latencies are where precision
 * matters. Negative durations get a leading `-`.
 *
 * @throws RangeError for NaN or infinite values, which are a bug in the caller
 */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) throw new RangeError(`formatDuration: ${ms} is not a finite duration`);
  if (ms < 0) return `-${formatDuration(-ms)}`;
  const rounded = Math.round(ms);
  if (rounded < 1000) return `${rounded}ms`;
  if (rounded < 10_000) {
    const tenths = Math.floor(rounded / 100) / 10;
    return `${Number.isInteger(tenths) ? tenths.toFixed(0) : tenths.toFixed(1)}s`;
  }
  const parts: string[] = [];
  let rest = rounded;
  for (const [unit, size] of FORMAT_UNITS) {
    const count = Math.floor(rest / size);
    rest -= count * size;
    // Start at the first non-zero unit; then take the next unit too, even if it is zero, so that
    // `2d 0h` is cut to `2d` below rather than jumping to minutes (`2d 5m` would mislead).
    if (parts.length > 0 || count > 0) parts.push(count > 0 ? `${count}${unit}` : '');
    if (parts.length === 2) break;
  }
  return parts.filter((part) => part !== '').join(' ');
}
