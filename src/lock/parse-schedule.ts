/**
 * Reads the freezes file (`.github/stopline/freezes.yml`; format in src/lock/README.md) into a
 * FreezeSchedule. Pure: the caller reads the file (from the default branch, so a pull request
 * cannot unfreeze itself) and passes its text.
 */
import { ConfigFileError, inFileOrder, type ConfigProblem } from '../config/problem.js';
import { describeValue, expectedType, schemaProblems, type SchemaWording } from '../config/schema-problems.js';
import { readYamlFile } from '../config/yaml-document.js';
// Compiled at build time (scripts/generate-validators.mjs), so no ajv at run time.
import { validateFreezeSchedule } from './generated/validate-freeze-schedule.js';
import { WEEKDAYS, type Weekday } from './schedule-schema.js';
import { canonicalTimeZone, compareCivilDates, addDays, parseCivilDate, suggestTimeZone, type CivilDate } from './zoned-time.js';

/** Where the freezes file lives in the repository. */
export const FREEZES_FILE = '.github/stopline/freezes.yml';

/** One thing wrong with the freezes file: file, line, JSON pointer and the fix. */
export type ScheduleProblem = ConfigProblem;

/** A freezes file that cannot be used: a ConfigurationError listing every problem, one per line. */
export class FreezeScheduleError extends ConfigFileError {}

/** A day of the week and a wall-clock time on it. */
export interface WeeklyTime {
  day: Weekday;
  /** Minutes after midnight (16:00 → 960). */
  minutes: number;
}

/** Fields every scheduled freeze has. */
interface ScheduledFreezeBase {
  /** Unique in the file; part of every freeze id it produces, and the freeze's `by`. */
  name: string;
  reason: string;
  /** IANA name, e.g. `Europe/Berlin`; the window follows its daylight saving time. */
  timeZone: string;
  /** 1-based line of the entry in the file. */
  line: number;
}

/** Every week from `from` to `to` (wrapping over the week's end, e.g. Friday 16:00 → Monday 08:00). */
export interface WeeklyFreeze extends ScheduledFreezeBase {
  kind: 'weekly';
  from: WeeklyTime;
  to: WeeklyTime;
}

/** Whole days, from 00:00 of the first to 24:00 of the last, in the freeze's time zone. */
export interface DatedFreeze extends ScheduledFreezeBase {
  kind: 'dates';
  /** Inclusive `YYYY-MM-DD` ranges, sorted, with touching or overlapping ones merged. */
  ranges: { from: string; to: string }[];
}

export type ScheduledFreeze = WeeklyFreeze | DatedFreeze;

/** The freezes file, parsed and checked. */
export interface FreezeSchedule {
  /** The name used in messages, e.g. `.github/stopline/freezes.yml@main`. */
  file: string;
  freezes: ScheduledFreeze[];
}

/** A schedule with no freezes: what a missing freezes file means. */
export function emptySchedule(file = FREEZES_FILE): FreezeSchedule {
  return { file, freezes: [] };
}

const EXAMPLE_TIME_ZONE = 'Europe/Berlin';

/** How the schema's errors read in a freezes file. */
const WORDING: SchemaWording = {
  versionOf: 'freezes file',
  requiredHints: {
    name: 'add `name:`, a short unique name such as `weekend`',
    reason: 'add `reason:` saying why merges stop; it is shown on every waiting pull request',
    day: 'add `day:`, e.g. `day: friday`',
    time: 'add `time:`, e.g. `time: "16:00"`',
    from: 'add `from:` with the first day, e.g. `from: 2026-12-31`',
    to: 'add `to:` with the last day (inclusive), e.g. `to: 2027-01-02`',
  },
  messages: {
    type: (error) => {
      if (/\/dates\/\d+$/.test(error.instancePath)) {
        return `is ${describeValue(error.data)}; write a day as YYYY-MM-DD (2026-12-24) or a range as { from: 2026-12-31, to: 2027-01-02 }`;
      }
      if (error.instancePath.endsWith('/time')) return `must be ${expectedType(error)} in quotes, e.g. "16:00", not ${describeValue(error.data)}`;
      return undefined;
    },
    pattern: (error) =>
      error.instancePath.endsWith('/time')
        ? `is ${describeValue(error.data)}; write a 24-hour time HH:MM in quotes, e.g. "16:00"`
        : `is ${describeValue(error.data)}; write a date as YYYY-MM-DD, e.g. 2026-12-24`,
    maxLength: () => 'is too long; keep names to 64 characters',
    minItems: () => 'lists no dates; add at least one, e.g. `- 2026-12-24`',
  },
};

interface RawTime {
  day: Weekday;
  time: string;
}

interface RawEntry {
  name: string;
  reason: string;
  timezone?: string;
  from?: RawTime;
  to?: RawTime;
  dates?: (string | { from: string; to: string })[];
}

interface RawSchedule {
  version?: 1;
  timezone?: string;
  freezes?: RawEntry[];
}

const minutesOf = (time: string): number => {
  const [hours, minutes] = time.split(':').map(Number);
  return hours! * 60 + minutes!;
};

const isoDate = (date: CivilDate): string =>
  `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;

/** Checks one time zone name; returns it (as written) or undefined after recording a problem. */
function checkTimeZone(name: string, where: string, problem: (where: string, message: string) => void): string | undefined {
  if (canonicalTimeZone(name) !== undefined) return name;
  const guess = suggestTimeZone(name);
  problem(
    where,
    `is "${name}", not a time zone this runtime knows; ${guess ? `did you mean "${guess}"?` : `write an IANA name such as "${EXAMPLE_TIME_ZONE}" or "America/New_York"`}`,
  );
  return undefined;
}

/** The ranges of a dated freeze, checked, sorted and merged. */
function readRanges(
  entry: RawEntry,
  index: number,
  problem: (where: string, message: string) => void,
): { from: string; to: string }[] {
  const ranges: { from: CivilDate; to: CivilDate }[] = [];
  for (const [position, item] of (entry.dates ?? []).entries()) {
    const where = `/freezes/${index}/dates/${position}`;
    const fromText = typeof item === 'string' ? item : item.from;
    const toText = typeof item === 'string' ? item : item.to;
    const from = parseCivilDate(fromText);
    const to = parseCivilDate(toText);
    if (!from) problem(typeof item === 'string' ? where : `${where}/from`, `is "${fromText}", not a real calendar date`);
    if (!to && toText !== fromText) problem(`${where}/to`, `is "${toText}", not a real calendar date`);
    if (!from || !to) continue;
    if (compareCivilDates(from, to) > 0) {
      problem(where, `ends (${toText}) before it starts (${fromText}); swap \`from\` and \`to\``);
      continue;
    }
    ranges.push({ from, to });
  }
  ranges.sort((a, b) => compareCivilDates(a.from, b.from));
  // Touching days become one window, so "frozen until" names the real end, not the first midnight.
  const merged: { from: CivilDate; to: CivilDate }[] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && compareCivilDates(range.from, addDays(last.to, 1)) <= 0) {
      if (compareCivilDates(range.to, last.to) > 0) last.to = range.to;
    } else {
      merged.push({ ...range });
    }
  }
  return merged.map((range) => ({ from: isoDate(range.from), to: isoDate(range.to) }));
}

/**
 * Parses and checks a freezes file. An empty file (or one with only comments) has no freezes.
 *
 * @param text the file's content
 * @param file the name used in every message, e.g. `.github/stopline/freezes.yml@main`
 * @throws FreezeScheduleError (a ConfigurationError) listing every problem with its line, JSON
 *   pointer and fix: YAML syntax, unknown keys (with the closest known key), wrong types, a bad
 *   day, time or date, a range that ends before it starts, an unknown time zone (with the closest
 *   known one), a freeze without a time zone, a freeze that is neither weekly nor dated (or both),
 *   an empty weekly window, two freezes with one name.
 */
export function parseFreezeSchedule(text: string, file: string = FREEZES_FILE): FreezeSchedule {
  const yaml = readYamlFile(text, file, FreezeScheduleError);
  if (yaml.value === null) return emptySchedule(file);
  if (!validateFreezeSchedule(yaml.value)) throw new FreezeScheduleError(schemaProblems(validateFreezeSchedule.errors, yaml, WORDING));
  const raw = yaml.value as RawSchedule;
  const problems: ScheduleProblem[] = [];
  const problem = (where: string, message: string) => problems.push(yaml.problemAt(where, message));

  const defaultZone = raw.timezone === undefined ? undefined : checkTimeZone(raw.timezone, '/timezone', problem);
  const names = new Map<string, number>();
  const freezes: ScheduledFreeze[] = [];
  for (const [index, entry] of (raw.freezes ?? []).entries()) {
    const where = `/freezes/${index}`;
    const line = yaml.lineOf(where);
    const seen = names.get(entry.name.toLowerCase());
    if (seen !== undefined) {
      problem(`${where}/name`, `"${entry.name}" is also the name of freeze ${seen + 1}; give each freeze its own name`);
    }
    names.set(entry.name.toLowerCase(), index);

    let timeZone: string | undefined;
    if (entry.timezone !== undefined) timeZone = checkTimeZone(entry.timezone, `${where}/timezone`, problem);
    else if (raw.timezone !== undefined) timeZone = defaultZone;
    else problem(where, `has no time zone; add \`timezone: ${EXAMPLE_TIME_ZONE}\` (an IANA name) at the top of the file or to this freeze`);

    const weekly = entry.from !== undefined || entry.to !== undefined;
    if (weekly && entry.dates !== undefined) {
      problem(where, 'has both `from`/`to` (a weekly window) and `dates`; split it into two freezes');
      continue;
    }
    if (!weekly && entry.dates === undefined) {
      problem(
        where,
        'says neither when nor how often; add a weekly window (`from: { day: friday, time: "16:00" }` and `to: { day: monday, time: "08:00" }`) or `dates:`',
      );
      continue;
    }
    if (weekly) {
      if (!entry.from || !entry.to) {
        problem(where, `has \`${entry.from ? 'from' : 'to'}\` but no \`${entry.from ? 'to' : 'from'}\`; a weekly window needs both`);
        continue;
      }
      const from = { day: entry.from.day, minutes: minutesOf(entry.from.time) };
      const to = { day: entry.to.day, minutes: minutesOf(entry.to.time) };
      if (from.day === to.day && from.minutes === to.minutes) {
        problem(`${where}/to`, 'is the same moment as `from`, so the window would be empty; for a whole week, freeze by hand instead');
        continue;
      }
      if (timeZone) freezes.push({ kind: 'weekly', name: entry.name, reason: entry.reason, timeZone, line, from, to });
    } else {
      const ranges = readRanges(entry, index, problem);
      if (timeZone && ranges.length > 0) freezes.push({ kind: 'dates', name: entry.name, reason: entry.reason, timeZone, line, ranges });
    }
  }
  if (problems.length > 0) throw new FreezeScheduleError(inFileOrder(problems));
  return { file, freezes };
}

/** Index of a weekday, Monday = 0, as zoned-time counts them. */
export function weekdayIndex(day: Weekday): number {
  return WEEKDAYS.indexOf(day);
}
