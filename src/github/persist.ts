/**
 * One more round of patience for the few writes a step must not lose once its work is done:
 * recording a verification or a rollback in the ledger, publishing a verdict as a commit status,
 * closing a deployment, releasing a lease. Such a write failing after the client's own retries
 * used to end as a warning on a step that succeeded, with the record silently missing (the fault
 * suite, src/cli/reliability, found each of them). GitHub being briefly unable to answer is worth
 * waiting out; a refusal (a missing permission, a validation error) is not, and is thrown at once.
 */
import { errorMessage } from '../runtime/errors.js';
import { backoffDelay, type BackoffPolicy } from './backoff.js';
import { httpStatus } from './http-status.js';

/** A server error, 429, or a rate limit: what the client's retries were for, outlasted. */
export function isTransientError(error: unknown): boolean {
  const status = httpStatus(error);
  if (status === undefined) return false;
  if (status >= 500 || status === 429) return true;
  return status === 403 && /rate limit/i.test(errorMessage(error));
}

/** Each round is the client's full retries (1 + 4 + 9 s on GitHub): a short jittered pause between rounds is enough. */
export const PERSIST_BACKOFF: BackoffPolicy = { baseMs: 1000, capMs: 5000 };

export interface PersistOptions {
  /** Rounds in all, each with the client's own retries; default 3. */
  attempts?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

/**
 * Runs `write` and, while it fails transiently, again, up to `attempts` times in all. `write` must
 * be safe to repeat (a ledger change re-applied to the latest state, a status set again).
 */
export async function persist<T>(write: () => Promise<T>, options: PersistOptions = {}): Promise<T> {
  const attempts = Math.max(1, options.attempts ?? 3);
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await write();
    } catch (error) {
      if (attempt >= attempts || !isTransientError(error)) throw error;
      await sleep(backoffDelay(attempt, PERSIST_BACKOFF, options.random));
    }
  }
}
