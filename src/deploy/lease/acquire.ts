/**
 * Taking an environment's lease: the ledger and API loop around the pure rules in rules.ts. Each
 * poll is one `Ledger.update` (compare-and-swap) applying `takeTurn`, so the line's order is the
 * order of the ledger's commits, and a poll that changes nothing writes nothing.
 */
import { randomUUID } from 'node:crypto';
import { formatDuration } from '../../runtime/duration.js';
import { errorMessage, isConfigurationError } from '../../runtime/errors.js';
import { silentLogger, type Logger } from '../../runtime/logger.js';
import type { Ledger } from '../../github/ledger.js';
import type { LedgerState, Lease, LeaseOwner, LeaseWaiter } from '../../state/state.js';
import { describeLease, describeOwner, describeReclaim, describeStale, describeWaiter } from './describe.js';
import { LeaseTimeoutError } from './errors.js';
import { RunLiveness, type RunLookup } from './liveness.js';
import { leaveLine, takeTurn, whomToWatch, type DroppedWaiter, type ReclaimReason, type TurnResult } from './rules.js';
import { pollDelay, resolveLeaseTiming, type LeaseTiming } from './timing.js';

/** Polls in a row that may fail (each after the client's own retries) before the wait gives up. */
const MAX_FAILED_POLLS = 3;

/** Which lease, in which ledger, for whom: what every lease operation starts from. */
export interface LeaseTarget {
  ledger: Ledger;
  environment: string;
  /** This run and attempt (GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT; workflow and actor for the messages). */
  owner: LeaseOwner;
  logger?: Logger;
  /** The clock; tests replace it. */
  now?: () => Date;
}

/** Where a waiting deploy stands after a poll. */
export interface LeaseWaitProgress {
  /** 1 = next in line. */
  position: number;
  /** True on the poll that put this deploy in line. */
  joined: boolean;
  /** The lease in force, or null when it is free but somebody else is first in line. */
  holder: Lease | null;
  /** The waiters ahead, first in line first. */
  ahead: readonly LeaseWaiter[];
  waitedMs: number;
}

export interface AcquireLeaseOptions extends LeaseTarget {
  /** Reads a workflow run (status and attempt): `workflowRunLookup(client, repository)`. */
  runs: RunLookup;
  /** `lease-ttl` in ms: the lease lasts this long unless renewed (see keepLeaseAlive). */
  ttlMs: number;
  /** `lock-timeout` in ms: how long to wait in line; 0 tries once. */
  timeoutMs: number;
  /**
   * Identifies this acquisition; default a random UUID. Pass one saved for `post:` beforehand
   * (core.saveState) so that `post:` can leave the line or release the lease even when the main
   * step was killed before it learnt the epoch.
   */
  ticket?: string;
  timing?: Partial<LeaseTiming>;
  /** Aborting (e.g. on SIGTERM when the run is cancelled) leaves the line and rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Source of jitter in [0, 1); tests replace it. */
  random?: () => number;
  /** Called after every poll that did not grant the lease. */
  onWait?: (progress: LeaseWaitProgress) => void;
}

/** A lease this run now holds. Keep `epoch` (and `ticket`) for renewals and for the release in `post:`. */
export interface AcquiredLease {
  environment: string;
  owner: LeaseOwner;
  ticket: string;
  /** The fencing epoch: renewals and the release must present it. */
  epoch: number;
  acquiredAt: string;
  expiresAt: string;
  waitedMs: number;
  /** The lease this one replaced without a release (its holder died), and why. */
  reclaimed?: { lease: Lease; reason: ReclaimReason };
}

/** A new ticket for `AcquireLeaseOptions.ticket`. */
export function newLeaseTicket(): string {
  return randomUUID();
}

/** Resolves after `ms`, or at once when the signal aborts (the loop then notices it). */
function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new Error('the wait for the lease was cancelled');
}

/** "2 ahead: run 11 attempt 1 (waiting since …), …", or "" when nobody is ahead. */
function describeAhead(ahead: readonly LeaseWaiter[]): string {
  if (ahead.length === 0) return '';
  const shown = ahead.slice(0, 3).map(describeWaiter).join(', ');
  return `${ahead.length} ahead: ${shown}${ahead.length > 3 ? ', …' : ''}`;
}

/**
 * Acquires the environment's lease for `owner`, waiting in line (first come, first served) up to
 * `timeoutMs`, and printing the position while it waits. A lease whose TTL has passed, or whose
 * owning run has completed, is taken over; waiters that stopped polling, or whose run has
 * completed, are dropped from the line so that one dead waiter never blocks it.
 * @throws LeaseTimeoutError when `timeoutMs` runs out; this deploy is then no longer in line
 * @throws the signal's reason when `signal` aborts (also out of line), and ledger errors as they come
 */
export async function acquireLease(options: AcquireLeaseOptions): Promise<AcquiredLease> {
  const { ledger, environment, owner, runs } = options;
  if (!(options.ttlMs > 0)) throw new RangeError(`acquireLease: ttlMs must be positive, got ${options.ttlMs}`);
  if (!(options.timeoutMs >= 0)) throw new RangeError(`acquireLease: timeoutMs must not be negative, got ${options.timeoutMs}`);
  const timing = resolveLeaseTiming(options.timing);
  const logger = options.logger ?? silentLogger;
  const now = options.now ?? (() => new Date());
  const random = options.random ?? Math.random;
  const ticket = options.ticket ?? newLeaseTicket();
  const claimant = { owner, ticket };
  const liveness = new RunLiveness(runs, { recheckMs: timing.runCheckMs, now, logger });
  const started = now().getTime();
  const deadline = started + options.timeoutMs;
  const message = `lease ${environment}: turn of run ${owner.runId} attempt ${owner.runAttempt}`;

  let known: LedgerState | null = null;
  let lastHeartbeat = Number.NEGATIVE_INFINITY;
  let inLine = false;
  let attempted = false;
  let quietPolls = 0;
  let failedPolls = 0;
  let lastView = '';
  let lastReport = Number.NEGATIVE_INFINITY;

  try {
    for (;;) {
      if (options.signal?.aborted) throw abortReason(options.signal);
      // Whose run to ask about is decided on the previous poll's state: asking before every
      // ledger read would double the reads, and a run that ended a poll ago is still ended.
      if (known !== null) {
        const watched = whomToWatch(known, environment, ticket, now());
        if (watched !== null) await liveness.check(watched);
      }
      const at = now();
      const heartbeat = at.getTime() - lastHeartbeat >= timing.heartbeatMs;
      attempted = true;
      let update;
      try {
        update = await ledger.update(message, (state) =>
          takeTurn(state, { environment, claimant, now: at, ttlMs: options.ttlMs, staleAfterMs: timing.staleAfterMs, finished: liveness.finished, heartbeat }),
        );
        failedPolls = 0;
      } catch (error) {
        // A wait may last many minutes of polls: one outage (after the client's own retries) should
        // not cost the deploy its place, but a persistent one, or a broken ledger, ends the wait.
        failedPolls += 1;
        if (isConfigurationError(error) || failedPolls >= MAX_FAILED_POLLS || now().getTime() >= deadline) throw error;
        logger.warning(`Could not read or update the lease on environment "${environment}" (${errorMessage(error)}); trying again.`);
        await pause(pollDelay(failedPolls, timing, random), options.signal);
        continue;
      }
      known = update.state;
      const result: TurnResult = update.result;
      logDropped(logger, environment, result.dropped);
      const waitedMs = now().getTime() - started;

      if (result.kind === 'granted') {
        const { lease } = result;
        if (result.reclaimed) {
          logger.warning(
            `Took over the lease on environment "${environment}" from ${describeOwner(result.reclaimed.lease.owner)}: ` +
              `${describeReclaim(result.reclaimed.lease, result.reclaimed.reason)}.`,
          );
        }
        logger.info(
          `Holding the lease on environment "${environment}" (epoch ${lease.epoch}) after waiting ${formatDuration(waitedMs)}; ` +
            `it expires at ${lease.expiresAt} unless renewed.`,
        );
        return {
          environment,
          owner,
          ticket,
          epoch: lease.epoch,
          acquiredAt: lease.acquiredAt,
          expiresAt: lease.expiresAt,
          waitedMs,
          ...(result.reclaimed && { reclaimed: result.reclaimed }),
        };
      }

      if (result.joined && inLine) {
        logger.warning(`This deploy's place in line for environment "${environment}" was dropped as stale; it joined again at the back.`);
      }
      inLine = true;
      if (heartbeat || result.joined) lastHeartbeat = at.getTime();
      options.onWait?.({ position: result.position, joined: result.joined, holder: result.holder, ahead: result.ahead, waitedMs });

      const view = `${result.position}|${result.holder?.epoch ?? '-'}|${result.ahead.map((w) => w.ticket).join(',')}`;
      quietPolls = view === lastView ? quietPolls + 1 : 0;
      if (view !== lastView || at.getTime() - lastReport >= timing.reportMs) {
        logger.info(describeWait(environment, result, waitedMs, options.timeoutMs));
        lastReport = at.getTime();
      }
      lastView = view;

      const remaining = deadline - now().getTime();
      if (remaining <= 0) throw timeoutError(environment, result, waitedMs, options.timeoutMs);
      await pause(Math.min(pollDelay(quietPolls, timing, random), remaining), options.signal);
    }
  } catch (error) {
    if (attempted) await leaveQuietly(ledger, environment, owner, ticket, logger, timing.staleAfterMs);
    throw error;
  }
}

function logDropped(logger: Logger, environment: string, dropped: readonly DroppedWaiter[]): void {
  for (const { waiter, reason } of dropped) {
    logger.info(`Dropped ${describeOwner(waiter.owner)} from the line for environment "${environment}": ${describeStale(waiter, reason)}.`);
  }
}

function describeWait(environment: string, result: Extract<TurnResult, { kind: 'waiting' }>, waitedMs: number, timeoutMs: number): string {
  const holder = result.holder ? `held by ${describeLease(result.holder)}` : 'free, but others are first in line';
  const ahead = describeAhead(result.ahead);
  return (
    `Waiting for the lease on environment "${environment}": number ${result.position} in line` +
    `${ahead ? ` (${ahead})` : ''}; it is ${holder}. Waited ${formatDuration(waitedMs)} of ${formatDuration(timeoutMs)} (lock-timeout).`
  );
}

function timeoutError(environment: string, result: Extract<TurnResult, { kind: 'waiting' }>, waitedMs: number, timeoutMs: number): LeaseTimeoutError {
  const holder = result.holder
    ? `it is held by ${describeLease(result.holder)}`
    : `it is free, but ${describeWaiter(result.ahead[0]!)} is first in line`;
  const ahead = result.holder && result.ahead.length > 0 ? `; ${describeAhead(result.ahead)}` : '';
  const hint = result.holder
    ? ` Raise lock-timeout, or cancel that run if it is stuck (its lease lapses at ${result.holder.expiresAt} unless renewed).`
    : ' Raise lock-timeout.';
  return new LeaseTimeoutError(
    `Gave up waiting for the lease on environment "${environment}" after ${formatDuration(waitedMs)} (lock-timeout ${formatDuration(timeoutMs)}): ${holder}${ahead}.${hint}`,
    environment,
    result.holder,
    result.ahead,
    waitedMs,
  );
}

/** Takes the ticket out of the line on the way out; a failure only leaves a place that goes stale on its own. */
async function leaveQuietly(ledger: Ledger, environment: string, owner: LeaseOwner, ticket: string, logger: Logger, staleAfterMs: number): Promise<void> {
  try {
    await ledger.update(`lease ${environment}: run ${owner.runId} attempt ${owner.runAttempt} leaves the line`, (state) => leaveLine(state, environment, ticket));
  } catch (error) {
    logger.warning(
      `Could not leave the line for environment "${environment}" (${errorMessage(error)}); ` +
        `others drop this deploy's place once it has not polled for ${formatDuration(staleAfterMs)}.`,
    );
  }
}
