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
