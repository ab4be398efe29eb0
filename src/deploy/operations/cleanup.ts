/**
 * What `post:` does after the deploy step, whatever happened to it (finished, failed, cancelled,
 * timed out): close the deployment the step left `in_progress`, and release the environment's
 * lease if this run still holds it (never anybody else's: src/deploy/lease releases only a
 * matching owner and epoch, or ticket). After SIGKILL nothing runs: the lease lapses by its TTL
 * and the next deploy closes the deployment (stale-deployments.ts).
 */
import type { GitHubClient } from '../../github/client.js';
import { latestDeploymentState, setDeploymentStatus } from '../../github/deployments.js';
import type { Ledger } from '../../github/ledger.js';
import { persist } from '../../github/persist.js';
import { releaseLease } from '../lease/index.js';
import { errorMessage } from '../../runtime/errors.js';
import type { Logger } from '../../runtime/logger.js';
import type { LeaseOwner } from '../../state/state.js';

/** Names of the values the main step saves for `post:` (saveState). */
export const SAVED = {
  environment: 'environment',
  ticket: 'lease-ticket',
  epoch: 'lease-epoch',
  leaseReleased: 'lease-released',
  deployment: 'deployment-id',
  closed: 'deployment-closed',
} as const;

/** What the main step left for `post:`, as read back. */
export interface SavedDeploy {
  environment?: string;
  ticket?: string;
  epoch?: number;
  leaseReleased: boolean;
  deploymentId?: number;
  closed: boolean;
}

export function readSaved(get: (name: string) => string | undefined): SavedDeploy {
  const number = (text: string | undefined) => (text !== undefined && /^\d+$/.test(text) ? Number(text) : undefined);
  const saved: SavedDeploy = { leaseReleased: get(SAVED.leaseReleased) === 'true', closed: get(SAVED.closed) === 'true' };
  const environment = get(SAVED.environment);
  const ticket = get(SAVED.ticket);
  const epoch = number(get(SAVED.epoch));
  const deploymentId = number(get(SAVED.deployment));
  if (environment !== undefined) saved.environment = environment;
  if (ticket !== undefined) saved.ticket = ticket;
  if (epoch !== undefined) saved.epoch = epoch;
  if (deploymentId !== undefined) saved.deploymentId = deploymentId;
  return saved;
}

export interface CleanupContext {
  client: GitHubClient;
  at: { owner: string; repo: string };
  ledger: Ledger;
  logger: Logger;
  owner: LeaseOwner;
  runUrl?: string;
}

/** Returns what it did, one sentence each (empty when the main step had finished cleanly). */
export async function cleanUpDeploy(context: CleanupContext, saved: SavedDeploy): Promise<string[]> {
  const done: string[] = [];
  if (saved.deploymentId !== undefined && !saved.closed) {
    const deploymentId = saved.deploymentId;
    try {
      // The last chance to close it before a later deploy finds it: worth outlasting an outage.
      const closed = await persist(async () => {
        if ((await latestDeploymentState(context.client, context.at, deploymentId)) !== 'in_progress') return false;
        await setDeploymentStatus(context.client, context.at, deploymentId, {
          state: 'error',
          description: 'the deploy step ended before it finished (cancelled, timed out or failed); closed by its post step',
          ...(context.runUrl ? { logUrl: context.runUrl } : {}),
        });
        return true;
      });
      if (closed) done.push(`deployment ${deploymentId} was still in progress: set to error`);
    } catch (error) {
      context.logger.warning(`could not close deployment ${saved.deploymentId} (${errorMessage(error)}); the next deploy of ${saved.environment ?? 'the environment'} will`);
    }
  }
  if (saved.environment !== undefined && saved.ticket !== undefined && !saved.leaseReleased) {
    const target = { ledger: context.ledger, environment: saved.environment, owner: context.owner, logger: context.logger };
    const claim = { ...(saved.epoch !== undefined ? { epoch: saved.epoch } : {}), ticket: saved.ticket };
    // Releasing twice is harmless (the second finds it free), and a lease left here blocks every deploy until its TTL.
    const outcome = await persist(() => releaseLease(target, claim));
    if (outcome.released) done.push(`released the lease on ${saved.environment}`);
  }
  for (const line of done) context.logger.info(line);
  return done;
}
