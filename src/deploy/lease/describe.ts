/**
 * How leases, owners and waiters are named in logs and errors: enough to find the run in the
 * Actions tab (its id and attempt, workflow, actor) and to see since when it has been there.
 */
import type { Lease, LeaseOwner, LeaseWaiter } from '../../state/state.js';
import type { ReclaimReason, StaleReason } from './rules.js';

/** `run 4242 attempt 2 of "Deploy" by @alice`; workflow and actor only when known. */
export function describeOwner(owner: LeaseOwner): string {
  const workflow = owner.workflow ? ` of "${owner.workflow}"` : '';
  const actor = owner.actor ? ` by @${owner.actor}` : '';
  return `run ${owner.runId} attempt ${owner.runAttempt}${workflow}${actor}`;
}

/** `run 4242 attempt 1 of "Deploy" since 2026-05-01T10:00:00.000Z (epoch 7, expires 2026-05-01T10:30:00.000Z)`. */
export function describeLease(lease: Lease): string {
  return `${describeOwner(lease.owner)} since ${lease.acquiredAt} (epoch ${lease.epoch}, expires ${lease.expiresAt})`;
}

/** `run 4243 attempt 1 (waiting since 2026-05-01T10:05:00.000Z)`. */
export function describeWaiter(waiter: LeaseWaiter): string {
  return `${describeOwner(waiter.owner)} (waiting since ${waiter.enqueuedAt})`;
}

/** Why a lease was taken over, as the end of a sentence. */
export function describeReclaim(lease: Lease, reason: ReclaimReason): string {
  return reason === 'expired'
    ? `its TTL ran out at ${lease.expiresAt} without a renewal`
    : 'its run has completed without releasing it (no `post:` step ran)';
}

/** Why a waiter left the line, as the end of a sentence. */
export function describeStale(waiter: LeaseWaiter, reason: StaleReason): string {
  return reason === 'no-heartbeat' ? `it has not polled since ${waiter.heartbeatAt}` : 'its run has completed';
}
