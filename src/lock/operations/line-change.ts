/**
 * Every change commit-lock makes to the ledger goes through `changeLine`: inside one
 * compare-and-swap update, scheduled freezes are reconciled first, then the command's own change
 * is applied, and the verdicts before and after are computed on exactly the state this writer
 * replaced, so each lock or release is seen by exactly one process however many race. Then the
 * consequences: waiting changes are told (`broadcastVerdict`), and the "main is red" issue is
 * opened, updated or closed.
 */
import type { GitHubClient } from '../../github/client.js';
import type { Ledger, LedgerSnapshot } from '../../github/ledger.js';
import type { Logger } from '../../runtime/logger.js';
import type { LedgerState } from '../../state/state.js';
import { describeFirstBadCommit, lineVerdict, lockChange, reconcileScheduledFreezes, type FreezeSchedule, type LineTransition, type LineVerdict, type ReconcileResult } from '../index.js';
import { findCommitAuthor } from '../github/commit-author.js';
import type { RepositoryRef } from '../github/repository.js';
import { closeRedIssues, openOrUpdateRedIssue, renderGreenComment } from '../github/tracking-issue.js';
import { broadcastVerdict, type BroadcastResult } from './broadcast.js';
import type { ExemptionLabels } from './exemptions.js';

/** What every commit-lock command works with. */
export interface LockContext {
  client: GitHubClient;
  at: RepositoryRef;
  ledger: Ledger;
  branch: string;
  /** The freezes file as the branch holds it; undefined when there is none. */
  schedule: FreezeSchedule | undefined;
  labels: ExemptionLabels;
  logger: Logger;
  now: () => Date;
  /** Linked from statuses: this workflow run. */
  targetUrl?: string;
}

export function verdictOptions(context: LockContext): { branch: string; timeZone: string } {
  return { branch: context.branch, timeZone: context.schedule?.freezes[0]?.timeZone ?? 'UTC' };
}

/** The verdict as of now, with the schedule applied in memory (reading changes nothing). */
export function currentVerdict(context: LockContext, state: LedgerState): LineVerdict {
  const now = context.now();
  return lineVerdict(reconcileScheduledFreezes(state, context.schedule, now).state, now, verdictOptions(context));
}

export interface LineChange<T> {
  result: T;
  before: LineVerdict;
  after: LineVerdict;
  reconcile: ReconcileResult;
  /** False when nothing changed, so nothing was written. */
  written: boolean;
  /** What the change led to: `locked` / `released` (waiting changes told), or `none`. */
  lock: 'locked' | 'released' | 'none';
  broadcast?: BroadcastResult;
}

export async function changeLine<T>(
  context: LockContext,
  message: string,
  change: (state: LedgerState, now: Date) => { state: LedgerState; result: T },
  /** The ledger as the caller just read it, so the update need not read it again. */
  from?: LedgerSnapshot,
): Promise<LineChange<T>> {
  const update = await context.ledger.update(message, (state) => {
    const now = context.now();
    const before = lineVerdict(state, now, verdictOptions(context));
    const reconcile = reconcileScheduledFreezes(state, context.schedule, now);
    const next = change(reconcile.state, now);
    return { state: next.state, result: { result: next.result, before, after: lineVerdict(next.state, now, verdictOptions(context)), reconcile } };
  }, from ? { from } : {});
  const { result, before, after, reconcile } = update.result;
  const outcome: LineChange<T> = { result, before, after, reconcile, written: update.changed, lock: update.changed ? lockChange(before, after) : 'none' };
  if (outcome.lock !== 'none') {
    context.logger.info(`the line ${outcome.lock === 'locked' ? 'locked' : 'opened'}: ${after.reason}; telling the open pull requests`);
    outcome.broadcast = await tellWaiting(context, after);
  }
  return outcome;
}

/**
 * Tells the open pull requests what `verdict` says. `changeLine` does it when a change locks or
 * opens the line; a command whose change the ledger already held (a re-run of a step killed after
 * it wrote the ledger and before it told anybody, or an event delivered twice) does it again, as
 * the statuses converge on the verdict whoever sets them.
 */
export async function tellWaiting(context: LockContext, verdict: LineVerdict): Promise<BroadcastResult> {
  return broadcastVerdict(context.client, context.at, verdict, {
    labels: context.labels,
    logger: context.logger,
    ...(context.targetUrl ? { targetUrl: context.targetUrl } : {}),
  });
}

/** Opens or updates the red-line issue when the line turned red (or its first bad commit moved), closes it on green. */
export async function trackRedLine(context: LockContext, transition: LineTransition, after: LineVerdict): Promise<string | undefined> {
  const { client, at, branch } = context;
  if (after.red && after.firstBad && (transition.kind === 'changed' || transition.firstBadChanged)) {
    const bad = after.firstBad;
    const author = bad.author ?? (await findCommitAuthor(client, at, bad.sha))?.login;
    const issue = await openOrUpdateRedIssue(client, at, {
      branch,
      firstBadSha: bad.sha,
      ...(author ? { author } : {}),
      ...(bad.runUrl ? { runUrl: bad.runUrl } : {}),
      ...(bad.runNumber !== undefined ? { runNumber: bad.runNumber } : {}),
      ...(bad.workflow ? { workflow: bad.workflow } : {}),
      since: after.since,
      ...(after.frozen ? { note: `The line is also frozen: ${after.reason}` } : {}),
    });
    return `issue #${issue.number} ${issue.action} (${describeFirstBadCommit(bad)})`;
  }
  if (transition.kind === 'changed' && transition.to === 'green') {
    const closed = await closeRedIssues(client, at, branch, renderGreenComment({ branch, since: after.since }));
    return closed.length > 0 ? `closed issue ${closed.map((n) => `#${n}`).join(', ')}` : undefined;
  }
  return undefined;
}
