/**
 * The pure rules of environment leases: who may take an environment's lease now, who in its line
 * is stale, where a waiter stands, and what a release or a renewal does. Each rule is a function
 * from the ledger state (and the time, and what is known of runs) to a new state and a result, so
 * that `Ledger.update` can re-apply it on top of whatever another writer committed first.
 */
import type { LedgerState, Lease, LeaseOwner, LeaseQueue, LeaseWaiter } from '../../state/state.js';

/** One acquisition: the run that wants the lease, and the ticket that tells its jobs apart. */
export interface LeaseClaimant {
  owner: LeaseOwner;
  ticket: string;
}

/** "runId/runAttempt": how runs known to have finished are named (a set of these). */
export function ownerKey(owner: LeaseOwner): string {
  return `${owner.runId}/${owner.runAttempt}`;
}

/** Same run and same attempt: a re-run (a new attempt) is a different owner. */
export function sameOwner(a: LeaseOwner, b: LeaseOwner): boolean {
  return a.runId === b.runId && a.runAttempt === b.runAttempt;
}

/** Why a lease no longer binds anyone: its TTL passed, or its owning run has completed without releasing it. */
export type ReclaimReason = 'expired' | 'owner-finished';

/** Why a waiter is dropped from the line: it stopped polling, or its run has completed. */
export type StaleReason = 'no-heartbeat' | 'owner-finished';

/** The reason the lease may be taken over, or null while it is in force. */
export function reclaimReason(lease: Lease, now: Date, finished: ReadonlySet<string>): ReclaimReason | null {
  if (Date.parse(lease.expiresAt) <= now.getTime()) return 'expired';
  if (finished.has(ownerKey(lease.owner))) return 'owner-finished';
  return null;
}

/** The reason a waiter is stale, or null while it still counts as waiting. */
export function staleReason(waiter: LeaseWaiter, now: Date, staleAfterMs: number, finished: ReadonlySet<string>): StaleReason | null {
  if (now.getTime() - Date.parse(waiter.heartbeatAt) >= staleAfterMs) return 'no-heartbeat';
  if (finished.has(ownerKey(waiter.owner))) return 'owner-finished';
  return null;
}

/** A waiter dropped from the line, and why. */
export interface DroppedWaiter {
  waiter: LeaseWaiter;
  reason: StaleReason;
}

/** The environment's waiting line as stored (empty when there is none). */
export function waitingLine(state: LedgerState, environment: string): LeaseWaiter[] {
  return state.leaseQueues?.[environment]?.waiting ?? [];
}

/** 1 for the next in line, 0 when the ticket is not in the line. */
export function queuePosition(state: LedgerState, environment: string, ticket: string): number {
  return waitingLine(state, environment).findIndex((w) => w.ticket === ticket) + 1;
}

/**
 * Whose liveness a waiter checks through the API before its next turn: the one directly ahead of
 * it (the waiter in front, or the holder when it is first in line or about to join an empty
 * line). Each waiter watching only its neighbour bounds the API requests to one run per waiter,
 * yet every dead entry in the chain is watched by somebody. Null when nobody needs watching.
 */
export function whomToWatch(state: LedgerState, environment: string, ticket: string, now: Date): LeaseOwner | null {
  const lease = state.leases[environment];
  if (lease !== undefined && lease.ticket === ticket) return null;
  const line = waitingLine(state, environment);
  const index = line.findIndex((w) => w.ticket === ticket);
  const ahead = index === -1 ? line.at(-1) : line[index - 1];
  if (ahead !== undefined) return ahead.owner;
  if (lease === undefined || Date.parse(lease.expiresAt) <= now.getTime()) return null;
  return lease.owner;
}

/**
 * `finished` plus every earlier attempt of `owner`'s own run that holds the lease or waits for it:
 * GitHub starts a re-run only once every job of the attempt before it has ended, so a re-run of a
 * killed deploy takes over its lease at once, without the API (a token without `actions: read`
 * would otherwise leave it to the TTL).
 */
function withEarlierAttempts(finished: ReadonlySet<string>, state: LedgerState, environment: string, owner: LeaseOwner): ReadonlySet<string> {
  if (owner.runId <= 0 || owner.runAttempt <= 1) return finished;
  const earlier = [state.leases[environment]?.owner, ...waitingLine(state, environment).map((w) => w.owner)].filter(
    (other): other is LeaseOwner => other !== undefined && other.runId === owner.runId && other.runAttempt < owner.runAttempt,
  );
  return earlier.length === 0 ? finished : new Set([...finished, ...earlier.map(ownerKey)]);
}

/** What a waiter asks for on each poll. */
export interface TurnRequest {
  environment: string;
  claimant: LeaseClaimant;
  now: Date;
  /** The lease's TTL when granted: `expiresAt = now + ttlMs`. */
  ttlMs: number;
  /** Waiters without a heartbeat for this long are dropped. */
  staleAfterMs: number;
  /** Runs (ownerKey) the API showed completed: their leases and places in line are void. */
  finished: ReadonlySet<string>;
  /** Refresh this waiter's heartbeat (a write); false leaves an unchanged line unwritten. */
  heartbeat: boolean;
}

/** The outcome of one turn. */
export type TurnResult =
  | {
      kind: 'granted';
      lease: Lease;
      /** The lease this one replaced without a release, and why; absent when the lease was free. */
      reclaimed?: { lease: Lease; reason: ReclaimReason };
      /** True when the lease was already this ticket's (an earlier turn's answer was lost). */
      alreadyHeld: boolean;
      dropped: DroppedWaiter[];
    }
  | {
      kind: 'waiting';
      /** 1 = next in line. */
      position: number;
      /** True when this turn put the waiter in line (its first turn, or after it was dropped as stale). */
      joined: boolean;
      /** The lease in force (null when it is free or reclaimable and somebody else is first in line). */
      holder: Lease | null;
      /** The waiters ahead, first in line first. */
      ahead: LeaseWaiter[];
      dropped: DroppedWaiter[];
    };

function withQueue(state: LedgerState, environment: string, queue: LeaseQueue): LedgerState {
  return { ...state, leaseQueues: { ...state.leaseQueues, [environment]: queue } };
}

function lastEpochOf(state: LedgerState, environment: string): number {
  return Math.max(state.leases[environment]?.epoch ?? 0, state.leaseQueues?.[environment]?.lastEpoch ?? 0);
}

/**
 * One poll of a waiter: drops stale waiters, then grants the lease to the claimant when the lease
 * is free or reclaimable and the claimant is first in line (or the line is empty); otherwise puts
 * it in line (at the back) or refreshes its heartbeat. The new lease's epoch is one more than any
 * epoch the environment has seen, so a stale holder can always be told from the current one.
 */
export function takeTurn(state: LedgerState, request: TurnRequest): { state: LedgerState; result: TurnResult } {
  const { environment, claimant, now } = request;
  const finished = withEarlierAttempts(request.finished, state, environment, claimant.owner);
  const at = now.toISOString();
  const current = state.leases[environment];
  const stored = waitingLine(state, environment);

  const dropped: DroppedWaiter[] = [];
  const line = stored.filter((waiter) => {
    if (waiter.ticket === claimant.ticket) return true;
    const reason = staleReason(waiter, now, request.staleAfterMs, finished);
    if (reason !== null) dropped.push({ waiter, reason });
    return reason === null;
  });

  if (current?.ticket !== undefined && current.ticket === claimant.ticket) {
    const rest = line.filter((w) => w.ticket !== claimant.ticket);
    const unchanged = rest.length === stored.length;
    const next = unchanged ? state : withQueue(state, environment, { waiting: rest, lastEpoch: lastEpochOf(state, environment) });
    return { state: next, result: { kind: 'granted', lease: current, alreadyHeld: true, dropped } };
  }

  const reason = current === undefined ? null : reclaimReason(current, now, finished);
  const free = current === undefined || reason !== null;
  const index = line.findIndex((w) => w.ticket === claimant.ticket);
  // First in line, or nobody in line: FIFO means a newcomer never overtakes a live waiter.
  if (free && (index === 0 || (index === -1 && line.length === 0))) {
    const epoch = lastEpochOf(state, environment) + 1;
    const lease: Lease = {
      owner: claimant.owner,
      acquiredAt: at,
      expiresAt: new Date(now.getTime() + request.ttlMs).toISOString(),
      epoch,
      ticket: claimant.ticket,
    };
    const next = withQueue(
      { ...state, leases: { ...state.leases, [environment]: lease } },
      environment,
      { waiting: line.slice(index + 1), lastEpoch: epoch },
    );
    const reclaimed = current !== undefined && reason !== null ? { lease: current, reason } : undefined;
    return { state: next, result: { kind: 'granted', lease, ...(reclaimed && { reclaimed }), alreadyHeld: false, dropped } };
  }

  const joined = index === -1;
  const waiting = joined
    ? [...line, { owner: claimant.owner, ticket: claimant.ticket, enqueuedAt: at, heartbeatAt: at }]
    : line.map((w, i) => (i === index && request.heartbeat ? { ...w, heartbeatAt: at } : w));
  const position = joined ? waiting.length : index + 1;
  // Writing nothing when nothing changed keeps idle polls to reads (Ledger.update skips equal states).
  const changed = joined || dropped.length > 0 || request.heartbeat;
  const next = changed ? withQueue(state, environment, { waiting, lastEpoch: lastEpochOf(state, environment) }) : state;
  return {
    state: next,
    result: {
      kind: 'waiting',
      position,
      joined,
      holder: free ? null : current,
      ahead: waiting.slice(0, position - 1),
      dropped,
    },
  };
}

/** Takes the ticket out of the line (a waiter that gave up, timed out or was cancelled). */
export function leaveLine(state: LedgerState, environment: string, ticket: string): { state: LedgerState; result: boolean } {
  const line = waitingLine(state, environment);
  if (!line.some((w) => w.ticket === ticket)) return { state, result: false };
  const queue = { waiting: line.filter((w) => w.ticket !== ticket), lastEpoch: lastEpochOf(state, environment) };
  return { state: withQueue(state, environment, queue), result: true };
}

/**
 * What a run claims to hold: its owner, and the epoch it was granted or, when it never learnt the
 * epoch (killed right after the grant), the ticket it acquired with.
 */
export interface HolderClaim {
  owner: LeaseOwner;
  epoch?: number;
  ticket?: string;
}

/** Why a claim does not match the lease: nobody holds it, another run (or attempt) does, or this run's claim is from another acquisition. */
export type NotOwnerReason = 'not-held' | 'other-owner' | 'stale-epoch';

/** Whether the claim names the lease in force: same owner, and the same epoch (or, without an epoch, the same ticket). */
export function claimMismatch(lease: Lease | undefined, claim: HolderClaim): NotOwnerReason | null {
  if (lease === undefined) return 'not-held';
  if (!sameOwner(lease.owner, claim.owner)) return 'other-owner';
  if (claim.epoch !== undefined) return claim.epoch === lease.epoch ? null : 'stale-epoch';
  return claim.ticket !== undefined && claim.ticket === lease.ticket ? null : 'stale-epoch';
}

export type ReleaseResult =
  | { released: true; lease: Lease; leftLine: boolean }
  | { released: false; reason: NotOwnerReason; holder: Lease | null; leftLine: boolean };

/**
 * Releases the environment's lease only when the claim matches it (fencing: a run that lost its
 * lease to a reclaim can never free its successor's), and takes the claim's ticket out of the
 * line either way, so a `post:` step after a cancelled wait leaves nothing behind.
 */
export function releaseClaim(state: LedgerState, environment: string, claim: HolderClaim): { state: LedgerState; result: ReleaseResult } {
  const left = claim.ticket === undefined ? { state, result: false } : leaveLine(state, environment, claim.ticket);
  const lease = left.state.leases[environment];
  const mismatch = claimMismatch(lease, claim);
  if (mismatch !== null || lease === undefined) {
    return { state: left.state, result: { released: false, reason: mismatch ?? 'not-held', holder: lease ?? null, leftLine: left.result } };
  }
  const { [environment]: _released, ...leases } = left.state.leases;
  const next = withQueue({ ...left.state, leases }, environment, {
    waiting: waitingLine(left.state, environment),
    lastEpoch: lastEpochOf(left.state, environment),
  });
  return { state: next, result: { released: true, lease, leftLine: left.result } };
}

export type RenewResult = { renewed: true; lease: Lease } | { renewed: false; reason: NotOwnerReason; holder: Lease | null };

/**
 * Extends the lease to `now + ttlMs` when the claim matches it. A lease past its expiry that
 * nobody has reclaimed yet is still this holder's, so it is renewed too.
 */
export function renewClaim(
  state: LedgerState,
  environment: string,
  claim: HolderClaim,
  now: Date,
  ttlMs: number,
): { state: LedgerState; result: RenewResult } {
  const lease = state.leases[environment];
  const mismatch = claimMismatch(lease, claim);
  if (mismatch !== null || lease === undefined) {
    return { state, result: { renewed: false, reason: mismatch ?? 'not-held', holder: lease ?? null } };
  }
  const renewed = { ...lease, expiresAt: new Date(now.getTime() + ttlMs).toISOString() };
  return { state: { ...state, leases: { ...state.leases, [environment]: renewed } }, result: { renewed: true, lease: renewed } };
}
