import type { GitHubClient } from './client.js';
import { httpStatus } from './http-status.js';
import { repositoryNotFound } from './permissions.js';

/**
 * The repository's default branch: from the event payload when it says (every repository event
 * does, at no cost), else one request.
 */
export async function defaultBranch(client: GitHubClient, at: { owner: string; repo: string }, eventPayload: Record<string, unknown>): Promise<string> {
  const repository = eventPayload.repository as { default_branch?: unknown } | undefined;
  if (typeof repository?.default_branch === 'string' && repository.default_branch !== '') return repository.default_branch;
  try {
    const { data } = await client.rest.repos.get({ owner: at.owner, repo: at.repo });
    return data.default_branch;
  } catch (error) {
    throw httpStatus(error) === 404 ? repositoryNotFound(at, error) : error;
  }
}
