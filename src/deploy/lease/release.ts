/**
 * Releasing an environment's lease, from `post:` whatever happened. Fenced: the release happens
 * only when this run still holds the lease at the epoch it was granted, so a run whose lease was
 * reclaimed (it ran past its TTL) can never free the lease of the deploy that took over.
 */
import { silentLogger } from '../../runtime/logger.js';
import type { Lease } from '../../state/state.js';
import type { LeaseTarget } from './acquire.js';
import { describeLease, describeOwner } from './describe.js';
import { releaseClaim, type NotOwnerReason } from './rules.js';

/** What this run claims: the epoch it was granted, and/or the ticket it acquired with. */
export interface LeaseRelease {
  /** From AcquiredLease.epoch; when absent, the ticket must match the lease's. */
  epoch?: number;
  /** From AcquiredLease.ticket (or the ticket saved before acquiring): also leaves the line if still in it. */
  ticket?: string;
}

export type ReleaseOutcome =
  | { released: true; lease: Lease; leftLine: boolean; message: string }
  | {
      released: false;
      /** `not-held`: nobody holds it; `other-owner`: another run or attempt does; `stale-epoch`: this run, but another acquisition. */
      reason: NotOwnerReason;
      /** The lease in force, untouched. */
      holder: Lease | null;
      leftLine: boolean;
      message: string;
    };

/**
 * Releases the lease if (and only if) `target.owner` holds it with `claim`'s epoch (or ticket),
 * and takes the ticket out of the line either way. A release that does not own the lease changes
 * nothing in the ledger (no commit) and says why, as a warning.
 */
export async function releaseLease(target: LeaseTarget, claim: LeaseRelease): Promise<ReleaseOutcome> {
  const { ledger, environment, owner } = target;
  const logger = target.logger ?? silentLogger;
  const who = describeOwner(owner);
  const { result } = await ledger.update(`lease ${environment}: release by run ${owner.runId} attempt ${owner.runAttempt}`, (state) =>
    releaseClaim(state, environment, { owner, ...claim }),
  );
  const left = result.leftLine ? ' It also left the line.' : '';
  if (result.released) {
    const message = `Released the lease on environment "${environment}" (epoch ${result.lease.epoch}) held by ${who}.${left}`;
    logger.info(message);
    return { ...result, message };
  }
  const claimed = claim.epoch !== undefined ? `epoch ${claim.epoch}` : 'its ticket';
  const why =
    result.reason === 'not-held'
      ? 'nobody holds it'
      : result.reason === 'other-owner'
        ? `it is held by ${describeLease(result.holder!)}`
        : `this run's claim (${claimed}) is not the lease in force, ${describeLease(result.holder!)}; it was reclaimed and taken again since`;
  const message = `Did not release the lease on environment "${environment}" for ${who}: ${why}. Nothing was changed.${left}`;
  if (result.reason === 'not-held') logger.info(message);
  else logger.warning(message);
  return { ...result, message };
}
