/**
 * The deployment reads `deploy` needs beyond src/github/deployments.ts (create, set a status):
 * the deployment `promote` created, and the environment's recent deployments with their latest
 * status, to find one that a killed deploy left `in_progress`.
 */
import type { GitHubClient } from '../../github/client.js';
import { httpStatus } from '../../github/http-status.js';
import { ConfigurationError } from '../../runtime/errors.js';
import { explainGraphqlError } from '../../github/graphql-errors.js';

export interface DeploymentInfo {
  id: number;
  environment: string;
  sha: string;
  payload: Record<string, unknown>;
}

function payloadObject(value: unknown): Record<string, unknown> {
  if (typeof value === 'string') {
    try {
      return payloadObject(JSON.parse(value));
    } catch {
      return {};
    }
  }
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/**
 * One deployment by id.
 * @throws ConfigurationError when it does not exist (a wrong `deployment-id`)
 */
export async function readDeployment(client: GitHubClient, at: { owner: string; repo: string }, id: number): Promise<DeploymentInfo> {
  try {
    const { data } = await client.rest.repos.getDeployment({ owner: at.owner, repo: at.repo, deployment_id: id });
    return { id: data.id, environment: data.environment, sha: data.sha, payload: payloadObject(data.payload) };
  } catch (error) {
    if (httpStatus(error) === 404) {
      throw new ConfigurationError(`input 'deployment-id': deployment ${id} does not exist in ${at.owner}/${at.repo}; pass the \`deployment-id\` output of promote`, { cause: error });
    }
    throw error;
  }
}

/** The newest deployments of an environment with their latest status, newest first (one GraphQL request). */
export const RECENT_DEPLOYMENTS_QUERY = `query StoplineDeployRecent($owner: String!, $name: String!, $environment: String!, $first: Int!) {
  repository(owner: $owner, name: $name) {
    deployments(environments: [$environment], orderBy: {field: CREATED_AT, direction: DESC}, first: $first) {
      nodes {
        databaseId
        createdAt
        payload
        latestStatus { state description }
      }
    }
  }
}`;

interface RecentAnswer {
  repository: {
    deployments: {
      nodes: ({ databaseId: number | null; createdAt: string; payload: string | null; latestStatus: { state: string; description: string | null } | null } | null)[] | null;
    };
  } | null;
}

export interface RecentDeployment {
  id: number;
  createdAt: string;
  payload: Record<string, unknown>;
  /** Lower case as REST spells it (`in_progress`); undefined when it has no status. */
  state: string | undefined;
  description: string | undefined;
}

export async function recentDeployments(client: GitHubClient, at: { owner: string; repo: string }, environment: string, first = 20): Promise<RecentDeployment[]> {
  let answer: RecentAnswer;
  try {
    answer = await client.graphql<RecentAnswer>(RECENT_DEPLOYMENTS_QUERY, { owner: at.owner, name: at.repo, environment, first });
  } catch (error) {
    throw explainGraphqlError(error, `list the deployments of ${environment}`, '`deployments: write`');
  }
  const found: RecentDeployment[] = [];
  for (const node of answer.repository?.deployments.nodes ?? []) {
    if (!node || typeof node.databaseId !== 'number') continue;
    found.push({
      id: node.databaseId,
      createdAt: node.createdAt,
      payload: payloadObject(node.payload),
      state: node.latestStatus?.state.toLowerCase(),
      description: node.latestStatus?.description ?? undefined,
    });
  }
  return found;
}
