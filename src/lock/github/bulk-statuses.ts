/**
 * One commit status on many commits: how waiting pull requests are released when the line turns
 * green or a freeze ends (and held when it turns red). One request per distinct commit, a few at
 * a time; a commit GitHub refuses does not stop the others.
 */
import type { GitHubClient } from '../../github/client.js';
import { PermissionError } from '../../github/permissions.js';
import { fitStatusDescription, setCommitStatus, type CommitStatusState } from '../../github/statuses.js';
import { errorMessage } from '../../runtime/errors.js';
import { silentLogger, type Logger } from '../../runtime/logger.js';
import { httpStatus } from '../../github/http-status.js';
import type { RepositoryRef } from './repository.js';

/** The status context branch protection requires for commit-lock. */
export const COMMIT_LOCK_CONTEXT = 'stopline/commit-lock';

export interface BulkStatusOptions {
  /** Head commits to set the status on; repeats are set once. */
  shas: readonly string[];
  state: CommitStatusState;
  /** Cut to GitHub's 140 characters by fitStatusDescription. */
  description: string;
  targetUrl?: string;
  /** Default COMMIT_LOCK_CONTEXT. */
  context?: string;
  /**
   * Requests in flight at once; default 8. On github.com the client also spaces writes 1 s apart
   * (GitHub's advice against secondary rate limits), so there concurrency only overlaps latency;
   * against a loopback API (the sandbox) nothing spaces them.
   */
  concurrency?: number;
  /** Log progress after every this many commits; default 50. */
  progressEvery?: number;
  logger?: Logger;
}

export interface BulkStatusFailure {
  sha: string;
  /** HTTP status of GitHub's refusal (422 for a commit it does not know), undefined for a network error. */
  status: number | undefined;
  message: string;
}

export interface BulkStatusResult {
  /** Distinct commits asked for. */
  total: number;
  /** Commits that now carry the status, in the order asked. */
  set: string[];
  /** Commits GitHub refused or that failed after the client's retries, in the order asked. */
  failed: BulkStatusFailure[];
}

/**
 * Sets `state`/`description` under `context` on every distinct sha: exactly one
 * `POST /repos/{owner}/{repo}/statuses/{sha}` each (the client retries 5xx and waits out rate
 * limits), at most `concurrency` at a time. Failures are collected per sha, except a
 * PermissionError (the job lacks `statuses: write`): every other sha would fail the same way, so
 * no new request starts and that error is thrown once those in flight finish.
 *
 * It does not read the current status first to skip unchanged commits: the REST API has no read
 * covering many commits, so skipping would cost one read per commit to save at most one write,
 * more requests in every case (2n - unchanged against n).
 */
export async function setStatusOnShas(client: GitHubClient, at: RepositoryRef, options: BulkStatusOptions): Promise<BulkStatusResult> {
  const logger = options.logger ?? silentLogger;
  const shas = [...new Set(options.shas.map((sha) => sha.toLowerCase()))];
  const context = options.context ?? COMMIT_LOCK_CONTEXT;
  const description = fitStatusDescription(options.description);
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? 8));
  const progressEvery = Math.max(1, Math.floor(options.progressEvery ?? 50));
  const done = new Map<string, BulkStatusFailure | true>();
  let next = 0;
  let finished = 0;
  let fatal: PermissionError | undefined;

  const worker = async (): Promise<void> => {
    while (!fatal && next < shas.length) {
      const sha = shas[next++]!;
      try {
        await setCommitStatus(client, {
          owner: at.owner,
          repo: at.repo,
          sha,
          context,
          state: options.state,
          description,
          ...(options.targetUrl ? { targetUrl: options.targetUrl } : {}),
        });
        done.set(sha, true);
      } catch (error) {
        if (error instanceof PermissionError) {
          fatal ??= error;
          return;
        }
        done.set(sha, { sha, status: httpStatus(error), message: errorMessage(error) });
        logger.warning(`Could not set ${context} on ${sha.slice(0, 7)}: ${errorMessage(error)}`);
      }
      finished += 1;
      if (finished % progressEvery === 0 && finished < shas.length) {
        logger.info(`${context}: ${options.state} set on ${finished} of ${shas.length} commits`);
      }
    }
  };

  await Promise.all(Array.from({ length: Math.min(concurrency, shas.length) }, worker));
  if (fatal) throw fatal;
  const set = shas.filter((sha) => done.get(sha) === true);
  const failed = shas.map((sha) => done.get(sha)).filter((r): r is BulkStatusFailure => r !== undefined && r !== true);
  logger.info(
    `${context}: ${options.state} set on ${set.length} of ${shas.length} commits` +
      (failed.length ? `; ${failed.length} failed: ${failed.map((f) => f.sha.slice(0, 7)).join(', ')}` : ''),
  );
  return { total: shas.length, set, failed };
}
