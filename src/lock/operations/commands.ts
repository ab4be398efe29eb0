/**
 * commit-lock's commands over a LockContext. Each returns a LockReport: the verdict after it, and
 * in plain sentences what it did, for the job summary and the log.
 */
import { setCommitStatus, type CommitStatusState } from '../../github/statuses.js';
import { ConfigurationError } from '../../runtime/errors.js';
import { applyRunEvent, changeStatus, colorOf, freeze, isDeciding, planRunEvent, shortSha, unfreeze, type LineVerdict, type RunEvent } from '../index.js';
import { findCommitAuthor } from '../github/commit-author.js';
import { COMMIT_LOCK_CONTEXT } from '../github/bulk-statuses.js';
import { getPullRequest, type PullRequestInfo } from '../github/pull-requests.js';
import { rerunFailedJobsOnce } from '../github/workflow-runs.js';
import { findExemptions, redRangeReader } from './exemptions.js';
import { changeLine, currentVerdict, tellWaiting, trackRedLine, type LineChange, type LockContext } from './line-change.js';

export interface LockReport {
  verdict: LineVerdict;
  /** What this run did, one sentence each. */
  happened: string[];
  /** The status set on a change (`check`). */
  status?: { sha: string; state: CommitStatusState; description: string; pull?: number; notes: string[] };
  change?: LineChange<unknown>;
  /** Set when the event was ignored, and why (the action shows it as a notice). */
  ignored?: string;
}

function describeChange(change: LineChange<unknown>, happened: string[]): void {
  const { reconcile } = change;
  for (const freeze of reconcile.added) happened.push(`scheduled freeze "${freeze.reason}" started (${freeze.by})`);
  for (const freeze of reconcile.removed) happened.push(`scheduled freeze "${freeze.reason}" ended`);
  for (const freeze of reconcile.expired) happened.push(`freeze "${freeze.reason}" expired`);
  if (change.broadcast) {
    const { broadcast } = change;
    const groups = broadcast.groups.map((group) => `${group.pulls.length} ${group.state} ("${group.description}")`).join(', ');
    happened.push(`told ${broadcast.pulls} open pull request(s): ${groups || 'none open'}${broadcast.failed.length > 0 ? `; ${broadcast.failed.length} status(es) could not be set` : ''}`);
  }
}

/** `auto` on `workflow_run` completed: the run turns the line red or green (after one re-run of a failure). */
export async function applyRun(context: LockContext, event: RunEvent, options: { retryFailed: boolean }): Promise<LockReport> {
  const happened: string[] = [];
  const snapshot = await context.ledger.read();
  const { state } = snapshot;
  const plan = planRunEvent(state, event, { branch: context.branch, retryFailed: options.retryFailed });
  if (plan.action === 'ignore') {
    const sentence = `ignored ${event.workflow} #${event.runNumber}: ${plan.reason}`;
    return { verdict: currentVerdict(context, state), happened: [sentence], ignored: sentence };
  }
  if (plan.action === 'retry') {
    const rerun = await rerunFailedJobsOnce(context.client, context.at, { id: event.runId, runAttempt: event.runAttempt, status: 'completed', conclusion: event.conclusion }, { logger: context.logger });
    if (rerun.rerun) {
      const sentence = `${event.workflow} #${event.runNumber} failed on ${shortSha(event.sha)}: re-running its failed jobs once (attempt ${rerun.nextAttempt} decides), so a flaky failure does not stop the line`;
      context.logger.info(sentence);
      return { verdict: currentVerdict(context, state), happened: [sentence] };
    }
    if (rerun.reason === 'not-completed') {
      // Re-run already (by an earlier attempt of this step that died, or by hand): that attempt's own event decides.
      const sentence = `${event.workflow} #${event.runNumber} failed on ${shortSha(event.sha)}, but ${rerun.detail}: its re-run's own event decides`;
      context.logger.info(sentence);
      return { verdict: currentVerdict(context, state), happened: [sentence] };
    }
    happened.push(`not re-run (${rerun.detail}): the failure counts`);
  }
  // Whom to ping: the failing commit's author (its GitHub login), not whoever started the run.
  if (isDeciding(event.conclusion) && colorOf(event.conclusion) === 'red') {
    const author = await findCommitAuthor(context.client, context.at, event.sha);
    if (author?.login) event = { ...event, author: author.login };
  }
  const change = await changeLine(context, `commit-lock: ${event.workflow} #${event.runNumber} ${event.conclusion} on ${shortSha(event.sha)}`, (current) => {
    const update = applyRunEvent(current, event, { branch: context.branch });
    return { state: update.state, result: update.transition };
  }, snapshot);
  const transition = change.result;
  happened.push(transition.reason);
  context.logger.info(transition.reason);
  const last = state.line.workflows?.[event.workflow]?.last;
  const again = transition.kind === 'stale' && last?.runId === event.runId && last.runAttempt === event.runAttempt;
  if (again) {
    // This very run decided the line already: the step that applied it may have died before it
    // told the waiting changes and the issue (SIGKILL, a lost runner), so this one does.
    change.broadcast = await tellWaiting(context, change.after);
  }
  describeChange(change, happened);
  const tracked = await trackRedLine(context, again ? { ...transition, kind: 'changed' } : transition, change.after);
  if (tracked) happened.push(tracked);
  return { verdict: change.after, happened, change };
}

/** `lock`: a manual freeze. */
export async function lock(context: LockContext, request: { reason: string; by: string; until?: Date }): Promise<LockReport> {
  if (request.reason.trim() === '') throw new ConfigurationError('`lock` needs a `reason`: say why merges must wait (it is shown on every waiting change)');
  const change = await changeLine(context, `commit-lock: freeze by ${request.by}: ${request.reason}`, (state, now) => {
    const frozen = freeze(state, { reason: request.reason, by: request.by, ...(request.until ? { until: request.until } : {}), now });
    return { state: frozen.state, result: frozen };
  });
  // The same freeze again (a re-run of a step killed before it told anybody): tell them now.
  if (change.result.repeated && !change.broadcast) change.broadcast = await tellWaiting(context, change.after);
  const happened = [`froze ${change.after.branch}: "${request.reason}" by ${request.by}${request.until ? `, until ${request.until.toISOString()}` : ', until unlocked'}`];
  describeChange(change, happened);
  return { verdict: change.after, happened, change };
}

/** `unlock`: ends the manual freezes (scheduled ones end with their window). */
export async function unlock(context: LockContext, request: { reason: string; by: string }): Promise<LockReport> {
  const change = await changeLine(context, `commit-lock: unfreeze by ${request.by}${request.reason ? `: ${request.reason}` : ''}`, (state, now) => {
    const thawed = unfreeze(state, { by: request.by, ...(request.reason ? { reason: request.reason } : {}), now });
    return { state: thawed.state, result: thawed.message };
  });
  // Nothing left to end (a re-run of a step killed after it unfroze, before it told anybody): tell them now.
  if (!change.written) change.broadcast = await tellWaiting(context, change.after);
  const happened = [change.result];
  describeChange(change, happened);
  return { verdict: change.after, happened, change };
}

/** `auto` on `schedule` (or by hand): brings the ledger's scheduled freezes up to date, telling waiting changes when that locks or opens the line. */
export async function reconcile(context: LockContext): Promise<LockReport> {
  const change = await changeLine(context, 'commit-lock: scheduled freezes', (state) => ({ state, result: undefined }));
  const happened: string[] = [];
  describeChange(change, happened);
  if (happened.length === 0) happened.push('scheduled freezes are up to date; nothing changed');
  return { verdict: change.after, happened, change };
}

/** `status`: reads only. */
export async function status(context: LockContext): Promise<LockReport> {
  const { state } = await context.ledger.read();
  return { verdict: currentVerdict(context, state), happened: [] };
}

/** The change `check` judges: a pull request, or a merge group (whose head ref names its pull request). */
export type CheckedChange =
  | { kind: 'pull_request'; sha: string; pull: Pick<PullRequestInfo, 'number' | 'title' | 'body' | 'labels' | 'baseRef'> }
  | { kind: 'merge_group'; sha: string; baseRef: string; pullNumber?: number };

/** `check`: sets `stopline/commit-lock` on the change's head commit. The step succeeds either way. */
export async function check(context: LockContext, change: CheckedChange): Promise<LockReport> {
  const { client, at } = context;
  const { state } = await context.ledger.read();
  const verdict = currentVerdict(context, state);
  const baseRef = change.kind === 'pull_request' ? change.pull.baseRef : change.baseRef;
  let pull = change.kind === 'pull_request' ? change.pull : undefined;
  let outcome: { state: CommitStatusState; description: string };
  const notes: string[] = [];
  if (baseRef !== context.branch) {
    outcome = { state: 'success', description: `targets ${baseRef}; the lock guards ${context.branch}` };
  } else {
    if (verdict.locked && pull === undefined && change.kind === 'merge_group' && change.pullNumber !== undefined) {
      pull = await getPullRequest(client, at, change.pullNumber);
    }
    const found = verdict.locked && pull ? await findExemptions(client, at, pull, verdict, { labels: context.labels, redRange: redRangeReader(client, at, verdict, context.logger), logger: context.logger }) : undefined;
    notes.push(...(found?.notes ?? []));
    outcome = changeStatus(verdict, { event: change.kind, exempt: found?.exemptions ?? [] });
  }
  await setCommitStatus(client, {
    owner: at.owner,
    repo: at.repo,
    sha: change.sha,
    context: COMMIT_LOCK_CONTEXT,
    state: outcome.state,
    description: outcome.description,
    ...(context.targetUrl ? { targetUrl: context.targetUrl } : {}),
  });
  const what = pull ? `pull request #${pull.number}` : `merge group ${shortSha(change.sha)}`;
  const sentence = `${COMMIT_LOCK_CONTEXT} = ${outcome.state} on ${what} (${shortSha(change.sha)}): ${outcome.description}`;
  context.logger.info(sentence);
  return {
    verdict,
    happened: [sentence, ...notes],
    status: { sha: change.sha, state: outcome.state, description: outcome.description, ...(pull ? { pull: pull.number } : {}), notes },
  };
}
