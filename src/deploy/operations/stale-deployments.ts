/**
 * Deployments a dead deploy left `in_progress`. A `post:` step closes its own run's deployment,
 * but nothing runs after SIGKILL or a lost runner: the lease then lapses by its TTL, and the next
 * deploy of the environment, holding the lease, knows that no other Stopline deploy can be working
 * there, so any Stopline deployment of the environment still `in_progress` is left over. It closes
 * them with `error` (the deployment did not complete, which DORA counts as a failed deployment).
 */
import type { GitHubClient } from '../../github/client.js';
import { setDeploymentStatus } from '../../github/deployments.js';
import { errorMessage } from '../../runtime/errors.js';
import type { Logger } from '../../runtime/logger.js';
import { recentDeployments } from '../github/deployments.js';

/** How many of the environment's newest deployments are looked at (one GraphQL request). */
const LOOK_BACK = 20;

export interface StaleContext {
  client: GitHubClient;
  at: { owner: string; repo: string };
  logger: Logger;
  runUrl?: string;
  /** `run 42 attempt 1`: who closed it, for the description. */
  closer: string;
}

export interface ClosedDeployment {
  deploymentId: number;
  releaseId?: string;
  description: string;
}

/**
 * Closes every Stopline deployment of `environment` among its newest that is still `in_progress`,
 * except `keep` (this run's own, e.g. on a re-run of a killed attempt). Call it only while holding
 * the environment's lease. A failure to close one is a warning: it does not stop the deploy.
 */
export async function closeStaleDeployments(context: StaleContext, environment: string, keep?: number): Promise<ClosedDeployment[]> {
  let recent;
  try {
    recent = await recentDeployments(context.client, context.at, environment, LOOK_BACK);
  } catch (error) {
    context.logger.warning(`could not look for deployments of ${environment} left in progress by an earlier deploy (${errorMessage(error)}); continuing`);
    return [];
  }
  const closed: ClosedDeployment[] = [];
  for (const deployment of recent) {
    const releaseId = deployment.payload.releaseId;
    if (deployment.id === keep || deployment.state !== 'in_progress' || typeof releaseId !== 'string') continue;
    const description = `closed by ${context.closer}: the deploy that ran it stopped without finishing (killed or lost runner)`;
    try {
      await setDeploymentStatus(context.client, context.at, deployment.id, { state: 'error', description, ...(context.runUrl ? { logUrl: context.runUrl } : {}) });
      context.logger.warning(`deployment ${deployment.id} of ${environment} (release ${releaseId}) was still in progress from a deploy that died; set it to error`);
      closed.push({ deploymentId: deployment.id, releaseId, description });
    } catch (error) {
      context.logger.warning(`could not close deployment ${deployment.id}, left in progress by an earlier deploy (${errorMessage(error)})`);
    }
  }
  return closed;
}
