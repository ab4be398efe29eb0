/** Exponential backoff with "full jitter": a uniform wait in [0, min(cap, base * 2^(n-1))). */
export interface BackoffPolicy {
  baseMs: number;
  capMs: number;
}

/** The ledger's policy: quick first retries, since a lost race is usually won on the next try. */
export const LEDGER_BACKOFF: BackoffPolicy = { baseMs: 50, capMs: 2000 };

/**
 * The wait before retry number `failures` (1 after the first failure). Full jitter spreads
 * writers that lost the same race apart, so they do not collide again in lockstep.
 */
export function backoffDelay(failures: number, policy: BackoffPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, failures - 1));
  return Math.floor(random() * ceiling);
}
