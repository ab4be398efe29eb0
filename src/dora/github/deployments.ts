/**
 * Reads deployments with their statuses, 100 per GraphQL query, newest first: every deployment
 * created since the report's start, and then older ones until each chain (environment, service)
 * has a successful deployment before the start (the base its first deployment's lead time is
 * compared from), at most `lookBack` more.
 */
import type { GitHubClient } from '../../github/client.js';
import type { Logger } from '../../runtime/logger.js';
import { outcomeOf } from '../outcome.js';
import type { DeploymentFact, StatusFact, StatusState } from '../types.js';
import { explainGraphqlError } from '../../github/graphql-errors.js';
import { DEPLOYMENTS_QUERY, type DeploymentNode, type DeploymentsAnswer } from './queries.js';
import type { RequestCounts } from './request-counts.js';

export interface DeploymentRead {
  at: { owner: string; repo: string };
  environments: string[];
  /** Every deployment created from this time on is read. */
  since: Date;
  /** The chain a deployment belongs to (environment and service). */
  chainOf: (deployment: DeploymentFact) => string;
  /** How many deployments older than `since` may be read looking for those bases; default 1,000. */
  lookBack?: number;
  logger: Logger;
  counts: RequestCounts;
}

const STATES = new Set<StatusState>(['success', 'failure', 'error', 'inactive', 'pending', 'queued', 'in_progress', 'waiting']);

/** A deployment payload as an object: GitHub's GraphQL gives the JSON text (sometimes encoded twice). */
export function parsePayload(text: string | null | undefined): Record<string, unknown> {
  let value: unknown = text ?? null;
  for (let depth = 0; depth < 2 && typeof value === 'string'; depth += 1) {
    try {
      value = JSON.parse(value);
    } catch {
      return {};
    }
  }
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function toStatus(node: { state: string; createdAt: string; description?: string | null; logUrl?: string | null; log_url?: string | null }): StatusFact | undefined {
  const state = node.state.toLowerCase() as StatusState;
  if (!STATES.has(state)) return undefined;
  const logUrl = node.logUrl ?? node.log_url ?? undefined;
  return { state, createdAt: node.createdAt, ...(node.description ? { description: node.description } : {}), ...(logUrl ? { logUrl } : {}) };
}

/** Oldest first; statuses of the same instant keep the order given. */
const byTime = (statuses: StatusFact[]): StatusFact[] =>
  statuses.map((status, index) => ({ status, index })).sort((a, b) => Date.parse(a.status.createdAt) - Date.parse(b.status.createdAt) || a.index - b.index).map((e) => e.status);

/** All statuses of one deployment through REST, for the rare deployment with more than 100. */
async function allStatuses(client: GitHubClient, read: DeploymentRead, id: number): Promise<StatusFact[]> {
  const list = await client.paginate(
    'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
    { owner: read.at.owner, repo: read.at.repo, deployment_id: id, per_page: 100 },
    (response) => {
      read.counts.deployments += 1;
      return response.data;
    },
  );
  // REST lists newest first.
  return list
    .map((s) => toStatus({ state: s.state, createdAt: s.created_at, description: s.description, log_url: s.log_url ?? null }))
    .filter((s): s is StatusFact => s !== undefined)
    .reverse();
}

export async function readDeployments(client: GitHubClient, read: DeploymentRead): Promise<DeploymentFact[]> {
  const lookBack = read.lookBack ?? 1000;
  const since = read.since.getTime();
  const facts: DeploymentFact[] = [];
  const chainsInReport = new Set<string>();
  const chainsWithBase = new Set<string>();
  let older = 0;
  let after: string | null = null;
  for (;;) {
    let answer: DeploymentsAnswer;
    try {
      answer = await client.graphql<DeploymentsAnswer>(DEPLOYMENTS_QUERY, { owner: read.at.owner, name: read.at.repo, environments: read.environments, after });
    } catch (error) {
      throw explainGraphqlError(error, `list the deployments of ${read.at.owner}/${read.at.repo}`, '`deployments: read`');
    }
    read.counts.deployments += 1;
    const connection = answer.repository?.deployments;
    if (!connection) break;
    let crossed = false;
    for (const node of connection.nodes ?? []) {
      const fact = await toFact(client, read, node);
      if (!fact) continue;
      facts.push(fact);
      const chain = read.chainOf(fact);
      if (Date.parse(fact.createdAt) >= since) {
        chainsInReport.add(chain);
      } else {
        crossed = true;
        older += 1;
        if (outcomeOf(fact).outcome === 'success') chainsWithBase.add(chain);
      }
    }
    if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) break;
    if (crossed) {
      const missing = [...chainsInReport].filter((chain) => !chainsWithBase.has(chain));
      if (missing.length === 0) break;
      if (older >= lookBack) {
        read.logger.info(
          `No successful deployment found in the ${older} deployments before the report's start for ${missing.length} environment(s)/service(s); their first deployment's lead time counts the 30 days before it.`,
        );
        break;
      }
    }
    after = connection.pageInfo.endCursor;
  }
  return facts;
}

async function toFact(client: GitHubClient, read: DeploymentRead, node: DeploymentNode | null): Promise<DeploymentFact | undefined> {
  if (!node || typeof node.databaseId !== 'number') return undefined;
  let statuses = (node.statuses?.nodes ?? []).filter((s): s is NonNullable<typeof s> => s !== null).map(toStatus).filter((s): s is StatusFact => s !== undefined);
  if (node.statuses?.pageInfo.hasNextPage) statuses = await allStatuses(client, read, node.databaseId);
  return {
    id: node.databaseId,
    environment: node.environment ?? read.environments[0] ?? '',
    sha: node.commitOid,
    createdAt: node.createdAt,
    payload: parsePayload(node.payload),
    statuses: byTime(statuses),
  };
}
