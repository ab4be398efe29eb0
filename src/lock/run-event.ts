/**
 * A completed workflow run on the protected branch, as commit-lock receives it from a
 * `workflow_run` event, and what its conclusion means for the line.
 */
import type { DecidingConclusion, LineRun } from '../state/state.js';

/** Every conclusion GitHub gives a completed workflow run. */
export const RUN_CONCLUSIONS = [
  'success',
  'failure',
  'cancelled',
  'timed_out',
  'skipped',
  'neutral',
  'action_required',
  'startup_failure',
  'stale',
] as const;

export type RunConclusion = (typeof RUN_CONCLUSIONS)[number];

/** The two states a line can be in; freezes are separate and do not change it. */
export type LineColor = 'green' | 'red';

/** One `workflow_run` `completed` event, reduced to what the line needs. */
export interface RunEvent {
  runId: number;
  /** Per workflow, increasing with each new run (not with re-runs). */
  runNumber: number;
  /** 1 for the first attempt, 2 for the first re-run, ... */
  runAttempt: number;
  /** The workflow's name; runs of different workflows are ordered separately. */
  workflow: string;
  /** The commit the run tested (`head_sha`). */
  sha: string;
  conclusion: RunConclusion;
  /** The run's page (`html_url`), linked from the board and the status. */
  url: string;
  /** Who to ping when it turns the line red: the commit's author or the run's actor. */
  author?: string;
  /** `head_branch`: the branch the run tested. */
  branch: string;
  /** When the run completed (`updated_at`), ISO 8601. */
  at: string;
  /** `event` of the run (`push`, `schedule`, `pull_request`, ...), when known. */
  trigger?: string;
  /** `head_repository.full_name` and `repository.full_name`: a fork's branch may also be named main. */
  headRepository?: string;
  repository?: string;
}

/**
 * Why the conclusions that do not decide the line leave it alone. A cancelled run was usually
 * superseded by a newer one (or stopped by a person) and says nothing about the commit; treating it
 * as red would stop the line whenever `concurrency: cancel-in-progress` does its job.
 */
export const NON_DECIDING: Readonly<Record<Exclude<RunConclusion, DecidingConclusion>, string>> = {
  cancelled: 'a cancelled run says nothing about the commit (it was superseded or stopped by hand)',
  skipped: 'a skipped run tested nothing',
  neutral: 'a neutral run neither passes nor fails the commit',
  action_required: 'the run waits for approval and tested nothing yet',
  stale: 'GitHub gave up on the run before it completed',
};

/** True for the conclusions that turn the line green or red. */
export function isDeciding(conclusion: string): conclusion is DecidingConclusion {
  return conclusion === 'success' || conclusion === 'failure' || conclusion === 'timed_out' || conclusion === 'startup_failure';
}

/** The line color a deciding conclusion stands for. */
export function colorOf(conclusion: DecidingConclusion): LineColor {
  return conclusion === 'success' ? 'green' : 'red';
}

/** Run number, then attempt: the order in which runs of one workflow supersede each other. */
export interface RunKey {
  runNumber: number;
  runAttempt: number;
}

/** Negative when `a` is older than `b`, zero for the same run attempt. */
export function compareRuns(a: RunKey, b: RunKey): number {
  return a.runNumber - b.runNumber || a.runAttempt - b.runAttempt;
}

/** `CI #812` or `CI #812 (attempt 2)`, for reasons and summaries. */
export function runLabel(run: RunKey & { workflow: string }): string {
  return `${run.workflow} #${run.runNumber}${run.runAttempt > 1 ? ` (attempt ${run.runAttempt})` : ''}`;
}

/** The first seven characters of a commit sha, as GitHub shows it. */
export function shortSha(sha: string): string {
  return sha.slice(0, 7);
}

/** The run as the line stores it. */
export function toLineRun(event: RunEvent & { conclusion: DecidingConclusion }): LineRun {
  const run: LineRun = {
    runId: event.runId,
    runNumber: event.runNumber,
    runAttempt: event.runAttempt,
    sha: event.sha,
    conclusion: event.conclusion,
    at: new Date(event.at).toISOString(),
    url: event.url,
  };
  if (event.author !== undefined) run.author = event.author;
  return run;
}

/** Throws when an adapter built an impossible event: a bug to fix there, not a user mistake. */
export function assertRunEvent(event: RunEvent): void {
  const problems: string[] = [];
  if (!Number.isInteger(event.runId)) problems.push(`runId ${String(event.runId)} is not an integer`);
  if (!Number.isInteger(event.runNumber) || event.runNumber < 1) problems.push(`runNumber ${String(event.runNumber)} is not a positive integer`);
  if (!Number.isInteger(event.runAttempt) || event.runAttempt < 1) problems.push(`runAttempt ${String(event.runAttempt)} is not a positive integer`);
  if (typeof event.workflow !== 'string' || event.workflow === '') problems.push('workflow is empty');
  if (typeof event.sha !== 'string' || event.sha === '') problems.push('sha is empty');
  if (Number.isNaN(Date.parse(event.at))) problems.push(`at ${JSON.stringify(event.at)} is not an ISO 8601 time`);
  if (problems.length > 0) throw new TypeError(`invalid workflow run event: ${problems.join('; ')}`);
}
