/**
 * Environment leases for `deploy`: one deploy at a time per environment, first come first served,
 * held in the ledger (see README.md). Pure rules in rules.ts; the ledger and API loops beside them.
 */
export { acquireLease, newLeaseTicket } from './acquire.js';
export type { AcquireLeaseOptions, AcquiredLease, LeaseTarget, LeaseWaitProgress } from './acquire.js';
export { releaseLease } from './release.js';
export type { LeaseRelease, ReleaseOutcome } from './release.js';
export { keepLeaseAlive, renewLease } from './keep-alive.js';
export type { KeepAliveOptions, LeaseKeeper, RenewOutcome } from './keep-alive.js';
export { ownerAttemptFinished, RunLiveness, workflowRunLookup } from './liveness.js';
export type { RunLookup, RunStatus } from './liveness.js';
export { isLeaseTimeoutError, LeaseTimeoutError } from './errors.js';
export { DEFAULT_LEASE_TTL, DEFAULT_LOCK_TIMEOUT, parseLeaseSettings } from './settings.js';
export type { LeaseSettings } from './settings.js';
export { DEFAULT_LEASE_TIMING, pollDelay, resolveLeaseTiming } from './timing.js';
export type { LeaseTiming } from './timing.js';
export { describeLease, describeOwner } from './describe.js';
export {
  claimMismatch,
  leaveLine,
  ownerKey,
  queuePosition,
  reclaimReason,
  releaseClaim,
  renewClaim,
  sameOwner,
  staleReason,
  takeTurn,
  waitingLine,
  whomToWatch,
} from './rules.js';
export type { DroppedWaiter, HolderClaim, LeaseClaimant, NotOwnerReason, ReclaimReason, ReleaseResult, RenewResult, StaleReason, TurnRequest, TurnResult } from './rules.js';
