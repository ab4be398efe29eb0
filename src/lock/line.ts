/**
 * The line: green or red, decided by the completed workflow runs on the protected branch.
 *
 * Events may be applied in any order (GitHub delivers them as runs finish, and up to twenty
 * commit-lock jobs race to write the ledger), yet the line must end as the newest run says. So the
 * line keeps, per workflow, the newest run applied and the current streak (runs with the newest
 * run's outcome since the newest run of the other outcome); an older event can then refine the
 * streak (find an earlier first bad commit) but never overturn a newer run. The result depends
 * only on the set of events applied, not on their order (src/lock/README.md).
 */
import type { FirstBad, LedgerState, LineRun, LineState, WorkflowRuns } from '../state/state.js';
import {
  assertRunEvent,
  colorOf,
  compareRuns,
  isDeciding,
  NON_DECIDING,
  runLabel,
  shortSha,
  toLineRun,
  type LineColor,
  type RunEvent,
  type RunKey,
} from './run-event.js';

/**
 * How many runs of a streak are kept, oldest first. Enough to find the first bad commit again when
 * a late green run ends part of a red streak; beyond it the newest run stands in for the lost ones.
 */
export const STREAK_LIMIT = 10;

/** Where the line is and which runs count. */
export interface LineOptions {
  /** The protected branch, e.g. `main`; runs on other branches are ignored. */
  branch: string;
}

/**
 * What applying an event did, for the ledger's history message and the job summary.
 * - `changed`: the line turned `from` → `to`;
 * - `unchanged`: a newer run that left the color as it was (it may still move the first bad commit);
 * - `stale`: an older run than one already applied for its workflow, or the same run again; it
 *   cannot change the color, though it can refine the first bad commit (`firstBadChanged`);
 * - `ignored`: not a run that decides the line (another branch, a pull request's run, a cancelled
 *   or skipped run); the state is returned untouched.
 */
export interface LineTransition {
  kind: 'changed' | 'unchanged' | 'stale' | 'ignored';
  from: LineColor;
  to: LineColor;
  /** One sentence: what happened and why, e.g. "CI #812 failed on a1b2c3d (@ana): main turns red". */
  reason: string;
  /** The run, e.g. `CI #812 (attempt 2)`. */
  run: string;
  /** The first bad commit is another one than before (or appeared, or was cleared). */
  firstBadChanged: boolean;
}

/** The new ledger state and what happened. */
export interface LineUpdate {
  state: LedgerState;
  transition: LineTransition;
}

/** Why an event does not decide the line, or undefined when it does. */
function ignoredBecause(event: RunEvent, options: LineOptions): string | undefined {
  if (event.branch !== options.branch) return `it ran on \`${event.branch}\`, not \`${options.branch}\``;
  if (event.trigger === 'pull_request' || event.trigger === 'pull_request_target' || event.trigger === 'merge_group') {
    return `it was triggered by \`${event.trigger}\`: it tested a proposed change, not \`${options.branch}\``;
  }
  if (event.headRepository && event.repository && event.headRepository.toLowerCase() !== event.repository.toLowerCase()) {
    return `it tested ${event.headRepository}'s \`${event.branch}\`, a fork's branch`;
  }
  if (!isDeciding(event.conclusion)) {
    const why = (NON_DECIDING as Record<string, string>)[event.conclusion] ?? `"${event.conclusion}" is not a conclusion commit-lock knows`;
    return `it ended \`${event.conclusion}\`: ${why}`;
  }
  return undefined;
}

const keyOf = (run: RunKey): RunKey => ({ runNumber: run.runNumber, runAttempt: run.runAttempt });
const sameColor = (a: LineRun, b: LineRun): boolean => colorOf(a.conclusion) === colorOf(b.conclusion);

/** Sorted by run, without a second copy of the same run attempt, at most STREAK_LIMIT long. */
function withRun(streak: readonly LineRun[], run: LineRun): LineRun[] {
  if (streak.some((member) => compareRuns(member, run) === 0)) return [...streak];
  return [...streak, run].sort(compareRuns).slice(0, STREAK_LIMIT);
}

type Order = 'newest' | 'older' | 'duplicate';

/** One workflow's runs after `run` is applied, and where `run` stood among them. */
function track(runs: WorkflowRuns | undefined, run: LineRun): { runs: WorkflowRuns; order: Order } {
  if (!runs) return { runs: { last: run, streak: [run] }, order: 'newest' };
  const order = compareRuns(run, runs.last);
  if (order === 0) return { runs, order: 'duplicate' };
  if (order > 0) {
    // The newest run: it decides this workflow's color, and starts a streak if the color changes.
    if (sameColor(run, runs.last)) return { runs: { ...runs, last: run, streak: withRun(runs.streak, run) }, order: 'newest' };
    return { runs: { last: run, boundary: keyOf(runs.last), streak: [run] }, order: 'newest' };
  }
  // Older than the newest run: it cannot change the color, but it can place the streak's start.
  if (runs.boundary && compareRuns(run, runs.boundary) <= 0) return { runs, order: 'older' };
  if (sameColor(run, runs.last)) return { runs: { ...runs, streak: withRun(runs.streak, run) }, order: 'older' };
  // The other outcome inside the streak: the streak really starts after it.
  const streak = runs.streak.filter((member) => compareRuns(member, run) > 0);
  return { runs: { last: runs.last, boundary: keyOf(run), streak: streak.length > 0 ? streak : [runs.last] }, order: 'older' };
}

interface StreakStart {
  workflow: string;
  run: LineRun;
}

/** Earliest first; ties (same completion time) by run id, then workflow name, so it is stable. */
function byTime(a: StreakStart, b: StreakStart): number {
  return Date.parse(a.run.at) - Date.parse(b.run.at) || a.run.runId - b.run.runId || a.workflow.localeCompare(b.workflow);
}

function firstBadOf(start: StreakStart): FirstBad {
  const firstBad: FirstBad = { sha: start.run.sha, runId: start.run.runId, runNumber: start.run.runNumber, workflow: start.workflow };
  if (start.run.url !== undefined) firstBad.runUrl = start.run.url;
  if (start.run.author !== undefined) firstBad.author = start.run.author;
  return firstBad;
}

/**
 * The line the tracked workflows add up to: red while any workflow's newest run failed, since the
 * earliest failure still standing (that is the first bad commit); otherwise green since the last
 * workflow turned green.
 */
function deriveLine(workflows: Record<string, WorkflowRuns>): LineState {
  const starts = Object.entries(workflows).map(([workflow, runs]) => ({
    workflow,
    run: runs.streak[0] ?? runs.last,
    color: colorOf(runs.last.conclusion),
  }));
  const red = starts.filter((start) => start.color === 'red').sort(byTime);
  const first = red[0];
  if (first) return { state: 'red', since: first.run.at, firstBad: firstBadOf(first), workflows };
  const greenSince = starts.sort(byTime).at(-1)!.run.at;
  return { state: 'green', since: greenSince, workflows };
}

const sameFirstBad = (a: FirstBad | undefined, b: FirstBad | undefined): boolean =>
  a?.sha === b?.sha && a?.runId === b?.runId && a?.workflow === b?.workflow;

/** "CI #812 failed (timed_out) on a1b2c3d (@ana)". */
function describeRun(event: RunEvent): string {
  const verb =
    event.conclusion === 'success' ? 'passed' : event.conclusion === 'failure' ? 'failed' : `failed (${event.conclusion})`;
  return `${runLabel(event)} ${verb} on ${shortSha(event.sha)}${event.author ? ` (@${event.author})` : ''}`;
}

/** "first bad commit a1b2c3d (CI #812)". */
function describeFirstBad(firstBad: FirstBad): string {
  const run = firstBad.workflow && firstBad.runNumber !== undefined ? ` (${firstBad.workflow} #${firstBad.runNumber})` : '';
  return `first bad commit ${shortSha(firstBad.sha)}${run}`;
}

function reasonFor(kind: LineTransition['kind'], event: RunEvent, before: LineState, after: LineState, branch: string, stale: string): string {
  const run = describeRun(event);
  const moved = !sameFirstBad(before.firstBad, after.firstBad) && after.firstBad ? `; ${describeFirstBad(after.firstBad)}` : '';
  if (kind === 'stale') return `${run}, but ${stale}; the line stays ${after.state}${moved}`;
  if (kind === 'changed') {
    return after.state === 'red'
      ? `${run}: ${branch} turns red; ${describeFirstBad(after.firstBad!)}`
      : `${run}: ${branch} is green again`;
  }
  if (after.state === 'green') return `${run}: ${branch} stays green`;
  const blame = after.firstBad?.workflow && after.firstBad.workflow !== event.workflow && event.conclusion === 'success'
    ? `; ${after.firstBad.workflow} is still failing`
    : '';
  return `${run}: ${branch} stays red${blame}; ${describeFirstBad(after.firstBad!)}${moved && !blame ? ' now' : ''}`;
}

/**
 * Applies one completed workflow run to the line. Pure: returns a new state (the input is not
 * changed) and the transition.
 *
 * - `success` turns the workflow green; `failure`, `timed_out` and `startup_failure` turn it red;
 *   the other conclusions, runs on other branches, and runs of pull requests, merge groups or
 *   forks are ignored (`kind: 'ignored'`, state returned as is).
 * - The line is red while any workflow's newest run is red, and keeps the first bad commit (sha,
 *   run, link, author) of the earliest failure still standing.
 * - Runs of one workflow are ordered by run number, then attempt; an event older than one already
 *   applied is `stale` and cannot change the color, so the line always ends in the state of the
 *   newest runs, whatever order events are applied in.
 *
 * @throws TypeError when the event is malformed (a bug in the adapter that built it)
 */
export function applyRunEvent(state: LedgerState, event: RunEvent, options: LineOptions): LineUpdate {
  assertRunEvent(event);
  const before = state.line;
  const ignored = ignoredBecause(event, options);
  if (ignored !== undefined || !isDeciding(event.conclusion)) {
    return {
      state,
      transition: {
        kind: 'ignored',
        from: before.state,
        to: before.state,
        reason: `${runLabel(event)} on ${shortSha(event.sha)} is ignored: ${ignored ?? ''}`,
        run: runLabel(event),
        firstBadChanged: false,
      },
    };
  }
  const run = toLineRun({ ...event, conclusion: event.conclusion });
  const workflows = before.workflows ?? {};
  const previous = workflows[event.workflow];
  const { runs, order } = track(previous, run);
  const after = deriveLine({ ...workflows, [event.workflow]: runs });
  const kind = order !== 'newest' ? 'stale' : after.state !== before.state ? 'changed' : 'unchanged';
  const stale =
    order === 'duplicate'
      ? 'it was applied already'
      : order === 'older'
        ? `${runLabel({ ...previous!.last, workflow: event.workflow })} is newer and decides`
        : '';
  return {
    state: { ...state, line: after },
    transition: {
      kind,
      from: before.state,
      to: after.state,
      reason: reasonFor(kind, event, before, after, options.branch, stale),
      run: runLabel(event),
      firstBadChanged: !sameFirstBad(before.firstBad, after.firstBad),
    },
  };
}

/** What to do with a run event before touching the ledger. */
export interface RunPlan {
  /**
   * - `ignore`: it does not decide the line; nothing to write;
   * - `retry`: re-run the failed jobs instead (a flaky failure must not stop the line); the
   *   re-run's own event decides, as attempt 2 it supersedes this one;
   * - `apply`: apply it with applyRunEvent.
   */
  action: 'ignore' | 'retry' | 'apply';
  reason: string;
}

/** Options of planRunEvent. */
export interface RunPlanOptions extends LineOptions {
  /** The action's `retry-failed` input. */
  retryFailed: boolean;
}

/**
 * Decides whether a run event is ignored, retried (re-run the failed jobs once before turning
 * red) or applied. Only a first attempt that failed or timed out is retried: a startup failure
 * has no jobs to re-run, and a failure older than a run already applied cannot turn the line red
 * anyway. If requesting the re-run fails, apply the event: a red line is the safe side.
 */
export function planRunEvent(state: LedgerState, event: RunEvent, options: RunPlanOptions): RunPlan {
  assertRunEvent(event);
  const ignored = ignoredBecause(event, options);
  if (ignored !== undefined) return { action: 'ignore', reason: `${runLabel(event)} is ignored: ${ignored}` };
  const last = state.line.workflows?.[event.workflow]?.last;
  const superseded = last !== undefined && compareRuns(event, last) <= 0;
  if (options.retryFailed && event.runAttempt === 1 && (event.conclusion === 'failure' || event.conclusion === 'timed_out') && !superseded) {
    return { action: 'retry', reason: `${describeRun(event)}: re-running its failed jobs once before stopping the line` };
  }
  return { action: 'apply', reason: describeRun(event) };
}
