/**
 * Renewing a held lease while a long deploy runs, so that it does not expire under a live holder
 * and get reclaimed. Renewals are fenced like releases: only the holder at its epoch extends it.
 */
import { formatDuration } from '../../runtime/duration.js';
import { errorMessage } from '../../runtime/errors.js';
import { silentLogger } from '../../runtime/logger.js';
import type { Lease } from '../../state/state.js';
import type { LeaseTarget } from './acquire.js';
import { describeLease } from './describe.js';
import { renewClaim, type NotOwnerReason } from './rules.js';

export type RenewOutcome = { renewed: true; lease: Lease } | { renewed: false; reason: NotOwnerReason; holder: Lease | null; message: string };

/**
 * Extends the lease to now + `ttlMs` if `target.owner` still holds it at `epoch` (an expired lease
 * nobody has taken yet is still its holder's). Otherwise changes nothing and says who holds it.
 */
export async function renewLease(target: LeaseTarget, epoch: number, ttlMs: number): Promise<RenewOutcome> {
  const { ledger, environment, owner } = target;
  const now = (target.now ?? (() => new Date()))();
  const { result } = await ledger.update(`lease ${environment}: renewal by run ${owner.runId} attempt ${owner.runAttempt}`, (state) =>
    renewClaim(state, environment, { owner, epoch }, now, ttlMs),
  );
  if (result.renewed) return result;
  const holder = result.holder ? `it is now held by ${describeLease(result.holder)}` : 'nobody holds it any more';
  return { ...result, message: `The lease on environment "${environment}" (epoch ${epoch}) was lost: ${holder}.` };
}

export interface KeepAliveOptions {
  /** The TTL each renewal sets (`lease-ttl`). */
  ttlMs: number;
  /** Time between renewals; default a third of `ttlMs`, so two renewals in a row may fail before it lapses. */
  everyMs?: number;
  /** Called once if the lease turns out to be someone else's (it was reclaimed): stop deploying. */
  onLost?: (outcome: Extract<RenewOutcome, { renewed: false }>) => void;
}

/** A running renewal loop. */
export interface LeaseKeeper {
  /** Stops renewing; resolves once a renewal in flight has finished. Call it before releasing. */
  stop(): Promise<void>;
  /** Set when a renewal found the lease lost; renewals then stop. */
  readonly lost: Extract<RenewOutcome, { renewed: false }> | undefined;
  /** The expiry the last successful renewal set (the acquisition's until the first one). */
  readonly expiresAt: string;
}

/**
 * Renews the lease every `everyMs` until stopped or lost. A renewal that fails (an outage) is
 * retried after a quarter of the interval, with a warning. Its timers do not keep the process alive.
 */
export function keepLeaseAlive(target: LeaseTarget, lease: { epoch: number; expiresAt: string }, options: KeepAliveOptions): LeaseKeeper {
  const logger = target.logger ?? silentLogger;
  const everyMs = options.everyMs ?? Math.floor(options.ttlMs / 3);
  if (!(everyMs > 0) || everyMs >= options.ttlMs) {
    throw new RangeError(`keepLeaseAlive: everyMs (${everyMs}) must be positive and below ttlMs (${options.ttlMs})`);
  }
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> = Promise.resolve();
  let lost: Extract<RenewOutcome, { renewed: false }> | undefined;
  let expiresAt = lease.expiresAt;

  const schedule = (ms: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      inFlight = renewOnce();
    }, ms);
    timer.unref();
  };

  const renewOnce = async () => {
    try {
      const outcome = await renewLease(target, lease.epoch, options.ttlMs);
      if (stopped) return;
      if (outcome.renewed) {
        expiresAt = outcome.lease.expiresAt;
        logger.debug(`Renewed the lease on environment "${target.environment}" (epoch ${lease.epoch}) until ${expiresAt}.`);
        schedule(everyMs);
        return;
      }
      lost = outcome;
      stopped = true;
      logger.error(outcome.message);
      options.onLost?.(outcome);
    } catch (error) {
      if (stopped) return;
      const retryMs = Math.max(1, Math.floor(everyMs / 4));
      logger.warning(
        `Could not renew the lease on environment "${target.environment}" (${errorMessage(error)}); ` +
          `retrying in ${formatDuration(retryMs)}, before it expires at ${expiresAt}.`,
      );
      schedule(retryMs);
    }
  };

  schedule(everyMs);
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await inFlight;
    },
    get lost() {
      return lost;
    },
    get expiresAt() {
      return expiresAt;
    },
  };
}
