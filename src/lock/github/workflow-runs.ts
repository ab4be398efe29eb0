/**
 * The workflow run a `workflow_run` event names, read fresh from GitHub, and the one automatic
 * re-run of its failed jobs that keeps a flaky failure from stopping the line.
 */
import type { GitHubClient } from '../../github/client.js';
import { PermissionError } from '../../github/permissions.js';
import { errorMessage } from '../../runtime/errors.js';
import { silentLogger, type Logger } from '../../runtime/logger.js';
import { httpStatus } from '../../github/http-status.js';
import type { RepositoryRef } from './repository.js';

/** What commit-lock needs to know about one workflow run. */
export interface WorkflowRunInfo {
  id: number;
  /** The workflow's name, e.g. `CI`. */
  name: string;
  /** Counts runs of this workflow: `#812` in GitHub's UI. */
  runNumber: number;
  /** 1 for the first attempt; each re-run adds one. */
  runAttempt: number;
  /** `queued`, `in_progress`, `completed`, ... */
  status: string;
  /** `success`, `failure`, `timed_out`, `cancelled`, ...; null until the run completes. */
  conclusion: string | null;
  headSha: string;
  /** Null for runs not tied to a branch. */
  headBranch: string | null;
  /** `push`, `pull_request`, `merge_group`, `schedule`, ... */
  event: string;
  htmlUrl: string;
  /** Login of the user who started the first attempt (for a push: who pushed). */
  actor: string | undefined;
  /** Login of the user who started the latest attempt (differs after a re-run). */
  triggeringActor: string | undefined;
  /** Author of the head commit as git records it: no GitHub login (see findCommitAuthor). */
  headCommitAuthor: { name: string; email: string } | undefined;
  /** First line of the head commit's message. */
  headCommitTitle: string | undefined;
}

/**
 * Reads a run by id (`GET /repos/{owner}/{repo}/actions/runs/{run_id}`, one request). Read it
 * rather than trusting the event alone: the API tells the current attempt, so a run somebody has
 * re-run since the event was sent is seen as running again.
 */
export async function getWorkflowRun(client: GitHubClient, at: RepositoryRef, runId: number): Promise<WorkflowRunInfo> {
  const { data } = await client.rest.actions.getWorkflowRun({ owner: at.owner, repo: at.repo, run_id: runId });
  const author = data.head_commit?.author;
  return {
    id: data.id,
    name: data.name ?? '',
    runNumber: data.run_number,
    runAttempt: data.run_attempt ?? 1,
    status: data.status ?? 'completed',
    conclusion: data.conclusion ?? null,
    headSha: data.head_sha,
    headBranch: data.head_branch ?? null,
    event: data.event,
    htmlUrl: data.html_url,
    actor: data.actor?.login,
    triggeringActor: data.triggering_actor?.login ?? data.actor?.login,
    headCommitAuthor: author ? { name: author.name, email: author.email } : undefined,
    headCommitTitle: data.head_commit?.message.split('\n')[0],
  };
}

/**
 * Conclusions a re-run may turn green: a failing or timed-out job. A cancelled run was stopped on
 * purpose (or superseded), and a startup failure is a broken workflow file; re-running either
 * would only repeat it.
 */
export const RETRYABLE_CONCLUSIONS: readonly string[] = ['failure', 'timed_out'];

/** What `rerunFailedJobsOnce` did. */
export type RerunOutcome =
  /** Re-run requested: exit now and act on the completion event of attempt `nextAttempt`. */
  | { rerun: true; runId: number; nextAttempt: number }
  | {
      rerun: false;
      /**
       * `not-completed`: the run is queued or running again (someone re-ran it already): wait for
       * its completion event. `not-retryable`: it succeeded, or its conclusion is not one a re-run
       * fixes. `already-retried`: this failure is itself a re-run. `refused`: GitHub would not
       * re-run it (too old, no failed jobs): treat the failure as final.
       */
      reason: 'not-completed' | 'not-retryable' | 'already-retried' | 'refused';
      detail: string;
    };

/** The part of a run `rerunFailedJobsOnce` decides on; a WorkflowRunInfo fits. */
export type RerunCandidate = Pick<WorkflowRunInfo, 'id' | 'runAttempt' | 'status' | 'conclusion'>;

export interface RerunOptions {
  /** Attempts a failure may reach by automatic re-runs; default 2 (the first run and one re-run). */
  maxAttempts?: number;
  logger?: Logger;
}

/**
 * Re-runs the failed jobs of a failed run once (`POST .../actions/runs/{run_id}/rerun-failed-jobs`,
 * one request, none when the decision is no). Pass the run as just read by getWorkflowRun: the
 * attempt number is what keeps this from retrying forever, since a failing attempt 2 is
 * already the re-run. Needs `actions: write`; without it the client throws a PermissionError
 * naming it. GitHub's refusals (403/409/422 about this run) are outcomes; that error, and
 * failures that are not answers (5xx after the client's retries, network), are thrown.
 */
export async function rerunFailedJobsOnce(
  client: GitHubClient,
  at: RepositoryRef,
  run: RerunCandidate,
  options: RerunOptions = {},
): Promise<RerunOutcome> {
  const logger = options.logger ?? silentLogger;
  const maxAttempts = options.maxAttempts ?? 2;
  if (run.status !== 'completed') {
    return { rerun: false, reason: 'not-completed', detail: `run ${run.id} is ${run.status} (attempt ${run.runAttempt})` };
  }
  if (!run.conclusion || !RETRYABLE_CONCLUSIONS.includes(run.conclusion)) {
    return { rerun: false, reason: 'not-retryable', detail: `run ${run.id} concluded ${run.conclusion ?? 'nothing'}` };
  }
  if (run.runAttempt >= maxAttempts) {
    return {
      rerun: false,
      reason: 'already-retried',
      detail: `run ${run.id} failed on attempt ${run.runAttempt} of at most ${maxAttempts}`,
    };
  }
  try {
    await client.rest.actions.reRunWorkflowFailedJobs({ owner: at.owner, repo: at.repo, run_id: run.id });
  } catch (error) {
    const status = httpStatus(error);
    // 403 is also how GitHub says "not now" (already running, no failed jobs, too old): those are
    // answers about this run. A PermissionError (the job lacks `actions: write`) is the user's to fix.
    if (error instanceof PermissionError || (status !== 403 && status !== 409 && status !== 422)) throw error;
    const message = errorMessage(error);
    if (/already running/i.test(message)) {
      return { rerun: false, reason: 'not-completed', detail: `run ${run.id} is running again: ${message}` };
    }
    logger.warning(`Could not re-run the failed jobs of run ${run.id}: ${message}`);
    return { rerun: false, reason: 'refused', detail: message };
  }
  logger.info(`Re-running the failed jobs of run ${run.id} (attempt ${run.runAttempt + 1}); waiting for its result.`);
  return { rerun: true, runId: run.id, nextAttempt: run.runAttempt + 1 };
}
