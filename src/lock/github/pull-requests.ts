/** Open pull requests, as commit-lock sees them: what to set a status on and what to judge. */
import type { GitHubClient } from '../../github/client.js';
import { silentLogger, type Logger } from '../../runtime/logger.js';
import type { RepositoryRef } from './repository.js';

export interface PullRequestInfo {
  number: number;
  title: string;
  /** Empty when the pull request has no description. */
  body: string;
  /** The commit a status must be set on. */
  headSha: string;
  headRef: string;
  /** The branch it targets. */
  baseRef: string;
  /** Label names as they are now; who added one is labelProvenance's question. */
  labels: string[];
  /** Login of the author; undefined for a deleted account ("ghost"). */
  author: string | undefined;
  draft: boolean;
  state: 'open' | 'closed';
  /** When it was merged; null while open or when closed unmerged. */
  mergedAt: string | null;
  /**
   * The commit its merge made on the base branch (merge, squash or rebase commit): what GitHub's
   * Revert button's `Reverts owner/repo#123` resolves to. Only meaningful once merged.
   */
  mergeCommitSha: string | null;
  htmlUrl: string;
}

/** The fields of GitHub's pull request object (list and single shapes) this module reads. */
interface PullLike {
  number: number;
  title: string;
  body: string | null;
  head: { sha: string; ref: string };
  base: { ref: string };
  labels: { name?: string }[];
  user: { login: string } | null;
  draft?: boolean;
  state: string;
  merged_at: string | null;
  merge_commit_sha: string | null;
  html_url: string;
}

function toInfo(pull: PullLike): PullRequestInfo {
  return {
    number: pull.number,
    title: pull.title,
    body: pull.body ?? '',
    headSha: pull.head.sha,
    headRef: pull.head.ref,
    baseRef: pull.base.ref,
    labels: pull.labels.map((l) => l.name ?? '').filter((name) => name !== ''),
    author: pull.user?.login,
    draft: pull.draft ?? false,
    state: pull.state === 'closed' ? 'closed' : 'open',
    mergedAt: pull.merged_at,
    mergeCommitSha: pull.merge_commit_sha,
    htmlUrl: pull.html_url,
  };
}

export interface ListPullRequestsOptions {
  /** The target branch, e.g. `main`. */
  base: string;
  logger?: Logger;
}

/**
 * Every open pull request targeting `base`, oldest first: `GET /repos/{owner}/{repo}/pulls`
 * with `state=open`, `base`, `per_page=100`, following every page (⌈n/100⌉ requests).
 */
export async function listOpenPullRequests(
  client: GitHubClient,
  at: RepositoryRef,
  options: ListPullRequestsOptions,
): Promise<PullRequestInfo[]> {
  const logger = options.logger ?? silentLogger;
  const found: PullRequestInfo[] = [];
  const pages = client.paginate.iterator(client.rest.pulls.list, {
    owner: at.owner,
    repo: at.repo,
    state: 'open',
    base: options.base,
    // Oldest first: a pull request opened while the pages are read lands on a later page
    // instead of shifting the ones already read (newest first would repeat or skip entries).
    sort: 'created',
    direction: 'asc',
    per_page: 100,
  });
  let page = 0;
  for await (const response of pages) {
    page += 1;
    for (const pull of response.data) found.push(toInfo(pull));
    if (page > 1) logger.debug(`Listed ${found.length} open pull requests into ${options.base} (${page} pages)`);
  }
  return found;
}

/**
 * One pull request by number (`GET /repos/{owner}/{repo}/pulls/{pull_number}`, one request): the
 * change a `pull_request` event names, read fresh, or the one a revert names.
 */
export async function getPullRequest(client: GitHubClient, at: RepositoryRef, pullNumber: number): Promise<PullRequestInfo> {
  const { data } = await client.rest.pulls.get({ owner: at.owner, repo: at.repo, pull_number: pullNumber });
  return toInfo(data);
}
