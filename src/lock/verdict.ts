/**
 * The verdict on the line at a moment: may changes merge, and if not, why and since when. Red
 * (the build is broken) and frozen (a person or the schedule stopped merges) are independent
 * causes; the verdict reports both, and `state` names red first because it is the one someone
 * must act on.
 */
import { formatTimestamp } from '../report/time.js';
import type { FirstBad, Freeze, LedgerState } from '../state/state.js';
import { activeFreezes } from './freezes.js';
import { shortSha } from './run-event.js';

/** The line as a merge sees it. */
export interface LineVerdict {
  /** The protected branch, as named in reasons and status descriptions. */
  branch: string;
  /** `red` whenever the line is red (even if also frozen), `frozen` when only frozen. */
  state: 'green' | 'red' | 'frozen';
  /** Changes must wait (red or frozen). */
  locked: boolean;
  red: boolean;
  frozen: boolean;
  /** One or two sentences; explains both causes when both apply. */
  reason: string;
  /** Since when `state` holds (ISO 8601): when the line turned red or green, or the earliest active freeze began. */
  since: string;
  /** While red: the first bad commit. */
  firstBad?: FirstBad;
  /** Freezes in force, earliest first. */
  freezes: Freeze[];
  /** When the last active freeze ends, if every one has an end (the schedule's next window is not counted). */
  frozenUntil?: string;
  /** The moment judged (ISO 8601). */
  asOf: string;
  /** IANA zone for times in status descriptions. */
  timeZone: string;
}

/** Options of lineVerdict. */
export interface VerdictOptions {
  /** Default `main`. */
  branch?: string;
  /** Zone for the times in status descriptions (e.g. the freezes file's); default `UTC`. */
  timeZone?: string;
}

/** `a1b2c3d (CI #812, @ana)` */
export function describeFirstBadCommit(firstBad: FirstBad): string {
  const details = [
    firstBad.workflow && firstBad.runNumber !== undefined ? `${firstBad.workflow} #${firstBad.runNumber}` : undefined,
    firstBad.author ? `@${firstBad.author}` : undefined,
  ].filter(Boolean);
  return `${shortSha(firstBad.sha)}${details.length > 0 ? ` (${details.join(', ')})` : ''}`;
}

/** `"release 2.4" by @lead until 2026-11-23 08:00 UTC` */
function describeFreeze(freeze: Freeze): string {
  const by = freeze.source === 'manual' ? `@${freeze.by}` : `the schedule (${freeze.by})`;
  return `"${freeze.reason}" by ${by}${freeze.until ? ` until ${formatTimestamp(freeze.until)}` : ' until lifted'}`;
}

/** When every active freeze has ended, if all of them end. */
function endOfFreezes(freezes: readonly Freeze[]): string | undefined {
  if (freezes.length === 0 || freezes.some((freeze) => freeze.until === undefined)) return undefined;
  return freezes.map((freeze) => freeze.until!).reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b));
}

/**
 * Judges the line at `now` from the ledger state alone (reconcile scheduled freezes first, or a
 * window that began since the last reconcile is not seen). A freeze is in force while
 * since <= now < until.
 */
export function lineVerdict(state: LedgerState, now: Date, options: VerdictOptions = {}): LineVerdict {
  const branch = options.branch ?? 'main';
  const freezes = activeFreezes(state, now);
  const red = state.line.state === 'red';
  const frozen = freezes.length > 0;
  const frozenUntil = endOfFreezes(freezes);
  const redText = `${branch} is red since ${formatTimestamp(state.line.since)}${state.line.firstBad ? `: first bad commit ${describeFirstBadCommit(state.line.firstBad)}` : ''}`;
  const frozenText = `frozen${frozenUntil ? ` until ${formatTimestamp(frozenUntil)}` : ''}: ${freezes.map(describeFreeze).join('; ')}`;
  let reason: string;
  if (red && frozen) reason = `${redText}; and ${frozenText}. Both must clear before changes merge.`;
  else if (red) reason = `${redText}. Changes wait until it is green, except reverts and fixes.`;
  else if (frozen) reason = `${branch} is green but ${frozenText}. Changes wait until the freeze ends.`;
  else reason = `${branch} is green since ${formatTimestamp(state.line.since)}; nothing is frozen.`;
  const verdict: LineVerdict = {
    branch,
    state: red ? 'red' : frozen ? 'frozen' : 'green',
    locked: red || frozen,
    red,
    frozen,
    reason,
    since: red || !frozen ? state.line.since : freezes[0]!.since,
    freezes,
    asOf: now.toISOString(),
    timeZone: options.timeZone ?? 'UTC',
  };
  if (red && state.line.firstBad) verdict.firstBad = state.line.firstBad;
  if (frozenUntil) verdict.frozenUntil = frozenUntil;
  return verdict;
}

/** Whether changes became blocked or free between two verdicts (before and after a ledger write). */
export function lockChange(before: LineVerdict, after: LineVerdict): 'locked' | 'released' | 'none' {
  if (!before.locked && after.locked) return 'locked';
  if (before.locked && !after.locked) return 'released';
  return 'none';
}
