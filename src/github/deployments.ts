/**
 * GitHub Deployments and deployment statuses: what runs where, as GitHub's Environments view,
 * other tools and DORA reports see it. Needs `deployments: write`.
 */
import type { GitHubClient } from './client.js';
import { httpStatus } from './http-status.js';

/** A deployment to create. */
export interface NewDeployment {
  owner: string;
  repo: string;
  /** The commit deployed (a sha: a branch would move). */
  sha: string;
  environment: string;
  description: string;
  /** Shown by GitHub as is; Stopline puts the release's id, digest and version here. */
  payload: Record<string, unknown>;
}

/**
 * Creates a deployment of `sha`. GitHub's own checks are turned off (no auto-merge of the default
 * branch into the ref, no required contexts): the caller has already judged the commit's statuses
 * by its own rules, and GitHub would otherwise require every context on the commit to be green.
 */
export async function createDeployment(client: GitHubClient, deployment: NewDeployment): Promise<{ id: number }> {
  const { data } = await client.rest.repos.createDeployment({
    owner: deployment.owner,
    repo: deployment.repo,
    ref: deployment.sha,
    environment: deployment.environment,
    description: deployment.description,
    payload: deployment.payload as { [key: string]: unknown },
    auto_merge: false,
    required_contexts: [],
    task: 'deploy',
  });
  // 202 (a merge message) only happens with auto_merge, which is off.
  const id = (data as { id?: unknown }).id;
  if (typeof id !== 'number') throw new Error(`GitHub did not create the deployment: ${JSON.stringify(data)}`);
  return { id };
}

export type DeploymentState = 'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success';

/** Adds a status to a deployment; a `success` retires the environment's earlier deployments (auto_inactive). */
export async function setDeploymentStatus(
  client: GitHubClient,
  at: { owner: string; repo: string },
  deploymentId: number,
  status: { state: DeploymentState; description: string; logUrl?: string },
): Promise<void> {
  await client.rest.repos.createDeploymentStatus({
    owner: at.owner,
    repo: at.repo,
    deployment_id: deploymentId,
    state: status.state,
    description: status.description.slice(0, 140),
    ...(status.logUrl ? { log_url: status.logUrl } : {}),
  });
}

/**
 * Deletes a deployment that never became active (one without a `success` status), e.g. one
 * created for a promotion that lost a race. A deployment already gone counts as deleted.
 */
export async function deleteDeployment(client: GitHubClient, at: { owner: string; repo: string }, deploymentId: number): Promise<void> {
  try {
    await client.rest.repos.deleteDeployment({ owner: at.owner, repo: at.repo, deployment_id: deploymentId });
  } catch (error) {
    if (httpStatus(error) !== 404) throw error;
  }
}

/** A deployment's latest status (the one GitHub shows; statuses are listed newest first); undefined when it has none. */
export async function latestDeploymentState(client: GitHubClient, at: { owner: string; repo: string }, deploymentId: number): Promise<string | undefined> {
  const { data } = await client.rest.repos.listDeploymentStatuses({ owner: at.owner, repo: at.repo, deployment_id: deploymentId, per_page: 1 });
  return data[0]?.state;
}

/** The run attempt that created a deployment, kept in its payload as `run`. */
export interface DeploymentRun {
  id: number;
  attempt: number;
}

/** A deployment an earlier attempt of this run created, with its latest status. */
export interface EarlierAttemptDeployment {
  id: number;
  payload: Record<string, unknown>;
  /** The latest status's state; undefined when it has none (the attempt died before giving it one). */
  state: string | undefined;
}

function runOf(payload: unknown): DeploymentRun | undefined {
  const run = payload !== null && typeof payload === 'object' ? (payload as { run?: unknown }).run : undefined;
  if (run === null || typeof run !== 'object') return undefined;
  const { id, attempt } = run as { id?: unknown; attempt?: unknown };
  return typeof id === 'number' && typeof attempt === 'number' ? { id, attempt } : undefined;
}

/**
 * Deployments of `sha` in `environment` that an earlier attempt of `run` created (payload `run`):
 * what a killed attempt left. A re-run starts only after every job of the earlier attempt has
 * ended, so nobody else will finish them. None on a first attempt, without a request.
 */
export async function earlierAttemptDeployments(
  client: GitHubClient,
  at: { owner: string; repo: string },
  query: { environment: string; sha: string; run: DeploymentRun },
): Promise<EarlierAttemptDeployment[]> {
  if (query.run.attempt <= 1) return [];
  const { data } = await client.rest.repos.listDeployments({ owner: at.owner, repo: at.repo, environment: query.environment, sha: query.sha, per_page: 100 });
  const found: EarlierAttemptDeployment[] = [];
  for (const deployment of data) {
    const run = runOf(deployment.payload);
    if (run?.id !== query.run.id || run.attempt >= query.run.attempt) continue;
    found.push({ id: deployment.id, payload: deployment.payload as Record<string, unknown>, state: await latestDeploymentState(client, at, deployment.id) });
  }
  return found;
}
