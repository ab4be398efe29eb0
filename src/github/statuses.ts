/**
 * Commit statuses: the small verdict GitHub shows next to a commit and in a pull request's
 * checks, which branch protection can require by its `context` name.
 */
import type { GitHubClient } from './client.js';

/** The states GitHub accepts for a commit status. */
export type CommitStatusState = 'success' | 'failure' | 'error' | 'pending';

/** One status to set on one commit. */
export interface CommitStatus {
  owner: string;
  repo: string;
  sha: string;
  /** The name branch protection requires, e.g. `stopline/security-gate`. */
  context: string;
  state: CommitStatusState;
  /** Shown next to the status; cut to GitHub's limit of 140 characters. */
  description: string;
  /** Where "Details" links to, usually the workflow run. */
  targetUrl?: string;
}

/** GitHub rejects a longer description with 422, which would lose the verdict altogether. */
export const STATUS_DESCRIPTION_LIMIT = 140;

/** Cuts a description to GitHub's limit, marking the cut with an ellipsis. */
export function fitStatusDescription(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const chars = [...oneLine];
  return chars.length <= STATUS_DESCRIPTION_LIMIT ? oneLine : `${chars.slice(0, STATUS_DESCRIPTION_LIMIT - 1).join('')}…`;
}

/**
 * Sets (creates) a commit status. Needs `statuses: write`; without it the client's error hook
 * throws a PermissionError saying so.
 */
export async function setCommitStatus(client: GitHubClient, status: CommitStatus): Promise<void> {
  await client.rest.repos.createCommitStatus({
    owner: status.owner,
    repo: status.repo,
    sha: status.sha,
    state: status.state,
    context: status.context,
    description: fitStatusDescription(status.description),
    ...(status.targetUrl ? { target_url: status.targetUrl } : {}),
  });
}

/** The latest status of one context on a commit. */
export interface CommitStatusRead {
  state: CommitStatusState;
  description?: string;
  targetUrl?: string;
}

/**
 * The latest status of every context on a commit (GitHub's combined status, 100 contexts per
 * page). Needs `statuses: read`. A commit without statuses gives an empty map.
 */
export async function readCommitStatuses(client: GitHubClient, at: { owner: string; repo: string }, sha: string): Promise<Map<string, CommitStatusRead>> {
  const found = new Map<string, CommitStatusRead>();
  for (let page = 1; ; page += 1) {
    const { data } = await client.rest.repos.getCombinedStatusForRef({ owner: at.owner, repo: at.repo, ref: sha, per_page: 100, page });
    for (const status of data.statuses) {
      if (found.has(status.context)) continue;
      const read: CommitStatusRead = { state: status.state as CommitStatusState };
      if (status.description) read.description = status.description;
      if (status.target_url) read.targetUrl = status.target_url;
      found.set(status.context, read);
    }
    if (data.statuses.length < 100 || found.size >= data.total_count) return found;
  }
}
