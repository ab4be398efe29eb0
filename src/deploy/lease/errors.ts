import type { Lease, LeaseWaiter } from '../../state/state.js';

/**
 * `lock-timeout` ran out before the environment's lease came free. Not a ConfigurationError (no
 * input is wrong) and not a bug: the deploy did not start, and the message names who holds the
 * lease since when, and who else was ahead, so the reader knows whom to wait for or cancel.
 */
export class LeaseTimeoutError extends Error {
  override readonly name = 'LeaseTimeoutError';
  constructor(
    message: string,
    readonly environment: string,
    /** The lease in force at the last look; null when it was free but others were ahead. */
    readonly holder: Lease | null,
    /** The waiters that were ahead, first in line first. */
    readonly ahead: readonly LeaseWaiter[],
    readonly waitedMs: number,
  ) {
    super(message);
  }
}

export function isLeaseTimeoutError(error: unknown): error is LeaseTimeoutError {
  return error instanceof LeaseTimeoutError;
}
