/**
 * The red range: every commit on the branch from the first bad one to the head. A revert exempts
 * a pull request only when the commit it reverts is in this range, so the range is read from
 * GitHub rather than believed from the pull request's text.
 */
import type { GitHubClient } from '../../github/client.js';
import { silentLogger, type Logger } from '../../runtime/logger.js';
import type { RepositoryRef } from './repository.js';

export interface RangeCommit {
  sha: string;
  /** The linked GitHub account of the author, when GitHub knows one. */
  authorLogin: string | undefined;
  authorName: string;
  /** First line of the message. */
  title: string;
}

export interface RedRange {
  /** Oldest first; starts with the first bad commit when it is on the branch, ends with the head. */
  commits: RangeCommit[];
  /**
   * False when the first bad commit is no longer in the head's history (the branch was reset or
   * force-pushed past it); `commits` then holds only what the head has beyond it.
   */
  firstBadOnBranch: boolean;
  /** Requests made (one per page), for the caller's budget reporting. */
  requests: number;
}

export interface RedRangeOptions {
  /** The first bad commit (full sha). */
  firstBad: string;
  /** The branch head: a sha or a branch name. */
  head: string;
  /** Commits per page, at most 100 (GitHub's limit); tests use small pages. */
  perPage?: number;
  /** A stop for pathological ranges; default 10,000 commits. */
  maxCommits?: number;
  logger?: Logger;
}

/** The fields of GitHub's commit object in a compare answer this module reads. */
interface CommitLike {
  sha: string;
  author: { login?: string } | null;
  commit: { message: string; author: { name?: string } | null };
}

function toRangeCommit(c: CommitLike): RangeCommit {
  return {
    sha: c.sha,
    authorLogin: c.author?.login || undefined,
    authorName: c.commit.author?.name ?? '',
    title: c.commit.message.split('\n')[0] ?? '',
  };
}

/**
 * The commits from `firstBad` (included) to `head`, from the compare API
 * (`GET /repos/{owner}/{repo}/compare/{firstBad}...{head}`, paged with `per_page`/`page`, one
 * request per 100 commits; the first bad commit itself is the answer's `base_commit`, so it costs
 * nothing extra). Merged-in commits count, since a merge brings them onto the branch.
 */
export async function listRedRange(client: GitHubClient, at: RepositoryRef, options: RedRangeOptions): Promise<RedRange> {
  const logger = options.logger ?? silentLogger;
  const perPage = Math.min(100, Math.max(1, options.perPage ?? 100));
  const maxCommits = options.maxCommits ?? 10_000;
  const after: RangeCommit[] = [];
  let firstBad: RangeCommit | undefined;
  let onBranch = true;
  let total = 0;
  let requests = 0;
  for (let page = 1; ; page += 1) {
    const { data } = await client.rest.repos.compareCommitsWithBasehead({
      owner: at.owner,
      repo: at.repo,
      basehead: `${options.firstBad}...${options.head}`,
      per_page: perPage,
      page,
    });
    requests += 1;
    if (page === 1) {
      firstBad = toRangeCommit(data.base_commit);
      // `behind`: the head is an ancestor of the first bad commit; `diverged`: they forked. Either
      // way the first bad commit is not on the branch any more.
      onBranch = data.status === 'ahead' || data.status === 'identical';
      total = data.total_commits;
    }
    for (const c of data.commits) after.push(toRangeCommit(c));
    if (page > 1) logger.debug(`Read ${after.length} of ${total} commits of the red range`);
    if (data.commits.length < perPage || after.length >= total) break;
    if (after.length >= maxCommits) {
      logger.warning(`The red range has ${total} commits; reading only the first ${after.length}.`);
      break;
    }
  }
  return { commits: onBranch && firstBad ? [firstBad, ...after] : after, firstBadOnBranch: onBranch, requests };
}
