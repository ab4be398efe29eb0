import {
  claimMismatch,
  leaveLine,
  ownerKey,
  queuePosition,
  reclaimReason,
  releaseClaim,
  renewClaim,
  staleReason,
  takeTurn,
  waitingLine,
  whomToWatch,
  type LeaseClaimant,
  type TurnRequest,
} from '../../../src/deploy/lease/rules.js';
import { ownerAttemptFinished } from '../../../src/deploy/lease/liveness.js';
import { parseState } from '../../../src/state/parse-state.js';
import { serializeState } from '../../../src/state/serialize-state.js';
import { emptyState, type LedgerState, type Lease, type LeaseOwner } from '../../../src/state/state.js';

const T0 = Date.parse('2026-05-01T10:00:00.000Z');
const at = (seconds: number) => new Date(T0 + seconds * 1000);
const iso = (seconds: number) => at(seconds).toISOString();
const TTL = 60_000;
const STALE = 30_000;
const ENV = 'production';

const owner = (runId: number, runAttempt = 1): LeaseOwner => ({ runId, runAttempt });
const claimant = (runId: number, ticket = `t${runId}`, runAttempt = 1): LeaseClaimant => ({ owner: owner(runId, runAttempt), ticket });

function turn(state: LedgerState, who: LeaseClaimant, seconds: number, extra: Partial<TurnRequest> = {}) {
  return takeTurn(state, { environment: ENV, claimant: who, now: at(seconds), ttlMs: TTL, staleAfterMs: STALE, finished: new Set(), heartbeat: false, ...extra });
}

/** Runs turns in order, threading the state, and returns the final state. */
function turns(state: LedgerState, ...steps: [LeaseClaimant, number][]): LedgerState {
  return steps.reduce((s, [who, seconds]) => turn(s, who, seconds).state, state);
}

const empty = () => emptyState(at(0));

describe('takeTurn', () => {
  test('the first claimant of a free environment takes the lease at epoch 1, with the TTL and its ticket', () => {
    const { state, result } = turn(empty(), claimant(10), 0);
    expect(result).toEqual({
      kind: 'granted',
      lease: { owner: owner(10), acquiredAt: iso(0), expiresAt: iso(60), epoch: 1, ticket: 't10' },
      alreadyHeld: false,
      dropped: [],
    });
    expect(state.leases[ENV]).toEqual((result as { lease: Lease }).lease);
    expect(state.leaseQueues?.[ENV]).toEqual({ waiting: [], lastEpoch: 1 });
  });

  test('later claimants join the line in arrival order and learn their position and the holder', () => {
    const state = turns(empty(), [claimant(10), 0], [claimant(11), 1], [claimant(12), 2]);
    expect(waitingLine(state, ENV).map((w) => w.ticket)).toEqual(['t11', 't12']);
    expect(waitingLine(state, ENV)[1]).toEqual({ owner: owner(12), ticket: 't12', enqueuedAt: iso(2), heartbeatAt: iso(2) });
    const { result } = turn(state, claimant(13), 3);
    expect(result).toMatchObject({ kind: 'waiting', position: 3, joined: true, holder: { epoch: 1, owner: owner(10) } });
    expect(result.kind === 'waiting' && result.ahead.map((w) => w.ticket)).toEqual(['t11', 't12']);
    expect(queuePosition(state, ENV, 't12')).toBe(2);
    expect(queuePosition(state, ENV, 'nobody')).toBe(0);
  });

  test('a poll that changes nothing returns the same state (so nothing is written); a heartbeat refreshes only its own entry', () => {
    const state = turns(empty(), [claimant(10), 0], [claimant(11), 1], [claimant(12), 2]);
    expect(turn(state, claimant(12), 5).state).toBe(state);
    const beat = turn(state, claimant(12), 5, { heartbeat: true }).state;
    expect(waitingLine(beat, ENV).map((w) => w.heartbeatAt)).toEqual([iso(1), iso(5)]);
    expect(waitingLine(beat, ENV)[1]!.enqueuedAt).toBe(iso(2));
  });

  test('nobody overtakes: when the lease is free only the first in line may take it', () => {
    let state = turns(empty(), [claimant(10), 0], [claimant(11), 1], [claimant(12), 2]);
    state = releaseClaim(state, ENV, { owner: owner(10), epoch: 1 }).state;
    expect(turn(state, claimant(12), 3).result).toMatchObject({ kind: 'waiting', position: 2, holder: null });
    expect(turn(state, claimant(99), 3).result).toMatchObject({ kind: 'waiting', position: 3, joined: true });
    const first = turn(state, claimant(11), 3);
    expect(first.result).toMatchObject({ kind: 'granted', lease: { epoch: 2, owner: owner(11) } });
    expect(waitingLine(first.state, ENV).map((w) => w.ticket)).toEqual(['t12']);
    expect(turn(first.state, claimant(12), 4).result).toMatchObject({ kind: 'waiting', position: 1, holder: { epoch: 2 } });
  });

  test('epochs never repeat: they keep counting after a release deletes the lease', () => {
    let state = empty();
    const epochs: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      const { state: held, result } = turn(state, claimant(10 + i), i);
      epochs.push((result as { lease: Lease }).lease.epoch);
      state = releaseClaim(held, ENV, { owner: owner(10 + i), epoch: epochs.at(-1)! }).state;
      expect(state.leases[ENV]).toBeUndefined();
    }
    expect(epochs).toEqual([1, 2, 3, 4]);
    expect(state.leaseQueues?.[ENV]?.lastEpoch).toBe(4);
  });

  test('an expired lease is reclaimed by the first in line, saying so; before expiry it is not', () => {
    const state = turns(empty(), [claimant(10), 0], [claimant(11), 1]);
    expect(turn(state, claimant(11), 59).result.kind).toBe('waiting');
    const { result } = turn(state, claimant(11), 60);
    expect(result).toMatchObject({ kind: 'granted', lease: { epoch: 2, owner: owner(11), expiresAt: iso(120) } });
    expect(result.kind === 'granted' && result.reclaimed).toEqual({ lease: expect.objectContaining({ epoch: 1, owner: owner(10) }), reason: 'expired' });
  });

  test('a lease whose owner run is known to have finished is reclaimed at once', () => {
    const state = turns(empty(), [claimant(10), 0], [claimant(11), 1]);
    const { result } = turn(state, claimant(11), 2, { finished: new Set([ownerKey(owner(10))]) });
    expect(result.kind === 'granted' && result.reclaimed?.reason).toBe('owner-finished');
    // Another attempt of the same run is a different owner: its completion proves nothing here.
    expect(turn(state, claimant(11), 2, { finished: new Set(['10/2']) }).result.kind).toBe('waiting');
  });

  test('a re-run takes over the lease (and the place in line) of an earlier attempt of its own run at once, without the API', () => {
    const held = turns(empty(), [claimant(10, 't-first'), 0]);
    const { result } = turn(held, claimant(10, 't-rerun', 2), 5);
    expect(result).toMatchObject({ kind: 'granted', lease: { epoch: 2, owner: owner(10, 2) }, reclaimed: { reason: 'owner-finished', lease: { owner: owner(10, 1) } } });
    // A killed attempt waiting in line is dropped too; another run, or the same attempt, is not.
    const waiting = turns(empty(), [claimant(20), 0], [claimant(10, 't-first'), 1]);
    expect(turn(waiting, claimant(10, 't-rerun', 2), 5).result).toMatchObject({ kind: 'waiting', position: 1, dropped: [{ reason: 'owner-finished', waiter: { owner: owner(10, 1) } }] });
    expect(turn(held, claimant(11, 't-other', 2), 5).result.kind).toBe('waiting');
    expect(turn(held, claimant(10, 't-sibling', 1), 5).result.kind).toBe('waiting');
  });

    test('stale waiters are dropped (no heartbeat, or run finished), so one dead waiter never blocks the line', () => {
    let state = turns(empty(), [claimant(10), 0], [claimant(11), 1], [claimant(12), 2], [claimant(13), 3]);
    state = turn(state, claimant(13), 25, { heartbeat: true }).state;
    state = turn(state, claimant(12), 25, { heartbeat: true }).state;
    state = releaseClaim(state, ENV, { owner: owner(10), epoch: 1 }).state;
    // 11 has not polled since second 1: at second 31 it has been silent for 30 s.
    const dropped = turn(state, claimant(13), 31);
    expect(dropped.result).toMatchObject({ kind: 'waiting', position: 2, dropped: [{ waiter: { ticket: 't11' }, reason: 'no-heartbeat' }] });
    expect(waitingLine(dropped.state, ENV).map((w) => w.ticket)).toEqual(['t12', 't13']);
    // 12's run completed: 13 is now first, and the lease is free.
    const next = turn(dropped.state, claimant(13), 32, { finished: new Set(['12/1']) });
    expect(next.result).toMatchObject({ kind: 'granted', lease: { owner: owner(13), epoch: 2 }, dropped: [{ waiter: { ticket: 't12' }, reason: 'owner-finished' }] });
    expect(waitingLine(next.state, ENV)).toEqual([]);
  });

  test('a claimant never drops itself, and one dropped as stale joins again at the back', () => {
    const state = turns(empty(), [claimant(10), 0], [claimant(11), 1], [claimant(12), 2]);
    // 11 went silent past the stale limit, but it is the one polling: it keeps its place.
    expect(turn(state, claimant(11), 40).result).toMatchObject({ kind: 'waiting', position: 1, joined: false });
    // Someone else dropped it meanwhile: it rejoins behind 12.
    const without = turn(turn(state, claimant(12), 40, { heartbeat: true }).state, claimant(12), 41).state;
    expect(turn(without, claimant(11), 42).result).toMatchObject({ kind: 'waiting', position: 2, joined: true });
  });

  test('two jobs of one run attempt wait as two waiters (tickets), and the holder is not re-entrant', () => {
    const a = claimant(10, 'job-a');
    const b = claimant(10, 'job-b');
    const state = turn(empty(), a, 0).state;
    expect(turn(state, b, 1).result).toMatchObject({ kind: 'waiting', position: 1, joined: true, holder: { ticket: 'job-a' } });
  });

  test('a claimant whose grant was already committed (lost answer) gets the same lease back, unchanged', () => {
    const { state, result } = turn(empty(), claimant(10), 0);
    const again = turn(state, claimant(10), 1);
    expect(again.state).toBe(state);
    expect(again.result).toEqual({ kind: 'granted', lease: (result as { lease: Lease }).lease, alreadyHeld: true, dropped: [] });
  });

  test('does not modify the state it is given', () => {
    const state = turns(empty(), [claimant(10), 0], [claimant(11), 1]);
    const before = serializeState(state);
    turn(state, claimant(12), 2);
    turn(state, claimant(11), 90, { heartbeat: true });
    releaseClaim(state, ENV, { owner: owner(10), epoch: 1 });
    renewClaim(state, ENV, { owner: owner(10), epoch: 1 }, at(5), TTL);
    leaveLine(state, ENV, 't11');
    expect(serializeState(state)).toBe(before);
  });

  test('environments are independent', () => {
    const state = turn(empty(), claimant(10), 0).state;
    const other = takeTurn(state, { environment: 'staging', claimant: claimant(11), now: at(1), ttlMs: TTL, staleAfterMs: STALE, finished: new Set(), heartbeat: false });
    expect(other.result).toMatchObject({ kind: 'granted', lease: { epoch: 1 } });
  });

  test('every state it writes validates against the ledger schema', () => {
    let state = turns(empty(), [claimant(10), 0], [claimant(11), 1], [claimant(12), 2]);
    state = releaseClaim(state, ENV, { owner: owner(10), epoch: 1 }).state;
    expect(parseState(serializeState(state), 'test')).toEqual(state);
  });
});

describe('releaseClaim', () => {
  const held = () => turns(empty(), [claimant(10), 0], [claimant(11), 1]);

  test('the holder at its epoch releases; the line stays', () => {
    const { state, result } = releaseClaim(held(), ENV, { owner: owner(10), epoch: 1 });
    expect(result).toMatchObject({ released: true, lease: { epoch: 1 }, leftLine: false });
    expect(state.leases[ENV]).toBeUndefined();
    expect(waitingLine(state, ENV).map((w) => w.ticket)).toEqual(['t11']);
  });

  test('another run, another attempt of the same run, or an older epoch of the same run changes nothing', () => {
    const state = held();
    for (const [claim, reason] of [
      [{ owner: owner(11), epoch: 1 }, 'other-owner'],
      [{ owner: owner(10, 2), epoch: 1 }, 'other-owner'],
      [{ owner: owner(10), epoch: 0 }, 'stale-epoch'],
      [{ owner: owner(10) }, 'stale-epoch'],
      [{ owner: owner(10), ticket: 'someone-else' }, 'stale-epoch'],
    ] as const) {
      const out = releaseClaim(state, ENV, claim);
      expect(out.state).toBe(state);
      expect(out.result).toMatchObject({ released: false, reason, holder: { epoch: 1 } });
    }
    expect(releaseClaim(empty(), ENV, { owner: owner(10), epoch: 1 }).result).toEqual({ released: false, reason: 'not-held', holder: null, leftLine: false });
  });

  test('same run, lease reclaimed and re-acquired by it since: the older epoch does not free the newer lease', () => {
    let state = turn(empty(), claimant(10, 'first'), 0).state;
    state = turn(state, claimant(10, 'second'), 61).state; // reclaimed after expiry by the same run
    expect(state.leases[ENV]).toMatchObject({ epoch: 2, ticket: 'second' });
    expect(releaseClaim(state, ENV, { owner: owner(10), epoch: 1 }).result).toMatchObject({ released: false, reason: 'stale-epoch' });
    expect(releaseClaim(state, ENV, { owner: owner(10), epoch: 2 }).result.released).toBe(true);
  });

  test('without an epoch, the ticket of the grant releases it; a ticket still in line leaves it', () => {
    expect(releaseClaim(held(), ENV, { owner: owner(10), ticket: 't10' }).result.released).toBe(true);
    const out = releaseClaim(held(), ENV, { owner: owner(11), ticket: 't11' });
    expect(out.result).toMatchObject({ released: false, reason: 'other-owner', leftLine: true });
    expect(waitingLine(out.state, ENV)).toEqual([]);
  });
});

describe('renewClaim', () => {
  test('extends the holder’s lease, even past expiry when nobody took it; others change nothing', () => {
    const state = turn(empty(), claimant(10), 0).state;
    expect(renewClaim(state, ENV, { owner: owner(10), epoch: 1 }, at(70), TTL).result).toMatchObject({ renewed: true, lease: { expiresAt: iso(130), acquiredAt: iso(0) } });
    const other = renewClaim(state, ENV, { owner: owner(11), epoch: 1 }, at(10), TTL);
    expect(other).toEqual({ state, result: { renewed: false, reason: 'other-owner', holder: state.leases[ENV] } });
    expect(renewClaim(state, ENV, { owner: owner(10), epoch: 7 }, at(10), TTL).result).toMatchObject({ renewed: false, reason: 'stale-epoch' });
  });
});

describe('claimMismatch, reclaimReason, staleReason', () => {
  const lease: Lease = { owner: owner(10), acquiredAt: iso(0), expiresAt: iso(60), epoch: 3, ticket: 'x' };
  test('claims', () => {
    expect(claimMismatch(lease, { owner: owner(10), epoch: 3 })).toBeNull();
    expect(claimMismatch(lease, { owner: owner(10), epoch: 3, ticket: 'other' })).toBeNull();
    expect(claimMismatch(lease, { owner: owner(10), ticket: 'x' })).toBeNull();
    expect(claimMismatch(undefined, { owner: owner(10), epoch: 3 })).toBe('not-held');
  });
  test('expiry is inclusive of expiresAt; a finished owner voids the lease before it', () => {
    expect(reclaimReason(lease, at(59.999), new Set())).toBeNull();
    expect(reclaimReason(lease, at(60), new Set())).toBe('expired');
    expect(reclaimReason(lease, at(1), new Set(['10/1']))).toBe('owner-finished');
  });
  test('staleness', () => {
    const waiter = { owner: owner(11), ticket: 'w', enqueuedAt: iso(0), heartbeatAt: iso(10) };
    expect(staleReason(waiter, at(39), STALE, new Set())).toBeNull();
    expect(staleReason(waiter, at(40), STALE, new Set())).toBe('no-heartbeat');
    expect(staleReason(waiter, at(11), STALE, new Set(['11/1']))).toBe('owner-finished');
  });
});

describe('whomToWatch', () => {
  test('the one directly ahead: the waiter in front, else the holder while its lease is in force', () => {
    const state = turns(empty(), [claimant(10), 0], [claimant(11), 1], [claimant(12), 2]);
    expect(whomToWatch(state, ENV, 't12', at(3))).toEqual(owner(11));
    expect(whomToWatch(state, ENV, 't11', at(3))).toEqual(owner(10));
    expect(whomToWatch(state, ENV, 'newcomer', at(3))).toEqual(owner(12));
    expect(whomToWatch(state, ENV, 't11', at(60))).toBeNull(); // expired: nothing to ask
    expect(whomToWatch(state, ENV, 't10', at(3))).toBeNull(); // its own lease
    expect(whomToWatch(empty(), ENV, 'x', at(3))).toBeNull();
  });
});

describe('ownerAttemptFinished', () => {
  test('completed, or a later attempt of the run, means the owner attempt is over', () => {
    expect(ownerAttemptFinished(owner(10), { status: 'in_progress', runAttempt: 1 })).toBe(false);
    expect(ownerAttemptFinished(owner(10), { status: 'completed', runAttempt: 1 })).toBe(true);
    expect(ownerAttemptFinished(owner(10), { status: 'queued', runAttempt: 2 })).toBe(true);
    expect(ownerAttemptFinished(owner(10, 2), { status: 'in_progress', runAttempt: 2 })).toBe(false);
  });
});
