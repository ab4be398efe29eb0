/** Who wrote a commit, as a GitHub login when GitHub links the commit's e-mail to an account. */
import type { GitHubClient } from '../../github/client.js';
import { httpStatus } from '../../github/http-status.js';
import type { RepositoryRef } from './repository.js';

export interface CommitAuthor {
  /** The GitHub account, when the author e-mail belongs to one (what an @-mention needs). */
  login: string | undefined;
  name: string;
  email: string;
}

/**
 * The author of `sha`, in one request: `GET /repos/{owner}/{repo}/commits?sha=<sha>&per_page=1`
 * lists history from that commit, and its first entry is the commit itself with the linked
 * account. (`GET .../commits/{sha}` would say the same but also sends the whole diff.) Undefined
 * when GitHub does not know the commit (404, or 422 "No commit found").
 */
export async function findCommitAuthor(client: GitHubClient, at: RepositoryRef, sha: string): Promise<CommitAuthor | undefined> {
  const response = await client.rest.repos.listCommits({ owner: at.owner, repo: at.repo, sha, per_page: 1 }).catch((error: unknown) => {
    if (httpStatus(error) === 404 || httpStatus(error) === 422) return undefined;
    throw error;
  });
  const commit = response?.data[0];
  if (!commit || !commit.sha.startsWith(sha.toLowerCase())) return undefined;
  return {
    login: commit.author?.login || undefined,
    name: commit.commit.author?.name ?? '',
    email: commit.commit.author?.email ?? '',
  };
}
