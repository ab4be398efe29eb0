/**
 * How often a waiting deploy polls the ledger, writes its heartbeat and checks runs through the
 * API. The defaults keep one waiter to about 150 requests per 10 minutes of waiting (GITHUB_TOKEN
 * allows 1,000 per hour per repository); tests pass short values.
 */
export interface LeaseTiming {
  /** The first wait between polls; it doubles (with jitter) after each poll in which nothing moved. */
  pollMinMs: number;
  /** The longest wait between polls, so a freed lease is noticed within this. */
  pollMaxMs: number;
  /** How often a waiter refreshes its heartbeat in the ledger (a write). */
  heartbeatMs: number;
  /** A waiter whose heartbeat is older than this is dropped from the line. */
  staleAfterMs: number;
  /** How long a run seen still running is trusted before it is looked up again. */
  runCheckMs: number;
  /** While nothing changes, the queue position is printed again after this long. */
  reportMs: number;
}

export const DEFAULT_LEASE_TIMING: Readonly<LeaseTiming> = {
  pollMinMs: 2_000,
  pollMaxMs: 15_000,
  heartbeatMs: 60_000,
  staleAfterMs: 5 * 60_000,
  runCheckMs: 30_000,
  reportMs: 60_000,
};

/**
 * The defaults overridden by `overrides`, checked for consistency.
 * @throws RangeError when a value is not positive, or when a live waiter could look stale: its
 *   heartbeat may be up to `heartbeatMs + pollMaxMs` old, so `staleAfterMs` must be at least twice that
 */
export function resolveLeaseTiming(overrides: Partial<LeaseTiming> = {}): LeaseTiming {
  const timing = { ...DEFAULT_LEASE_TIMING, ...overrides };
  for (const [name, value] of Object.entries(timing)) {
    if (!Number.isFinite(value) || value <= 0) throw new RangeError(`lease timing ${name} must be a positive number of milliseconds, got ${value}`);
  }
  if (timing.pollMaxMs < timing.pollMinMs) throw new RangeError(`lease timing pollMaxMs (${timing.pollMaxMs}) is below pollMinMs (${timing.pollMinMs})`);
  if (timing.staleAfterMs < 2 * (timing.heartbeatMs + timing.pollMaxMs)) {
    throw new RangeError(
      `lease timing staleAfterMs (${timing.staleAfterMs}) must be at least 2 × (heartbeatMs + pollMaxMs) = ` +
        `${2 * (timing.heartbeatMs + timing.pollMaxMs)}, or live waiters would be dropped`,
    );
  }
  return timing;
}

/**
 * The wait before the next poll after `quietPolls` polls in which nothing moved (0 right after a
 * change): `pollMinMs` doubled per quiet poll, capped at `pollMaxMs`, with "equal jitter" (a
 * uniform wait in [half, whole) of that) so waiters spread out but never spin with a zero wait.
 */
export function pollDelay(quietPolls: number, timing: Pick<LeaseTiming, 'pollMinMs' | 'pollMaxMs'>, random: () => number = Math.random): number {
  const ceiling = Math.min(timing.pollMaxMs, timing.pollMinMs * 2 ** Math.min(Math.max(0, quietPolls), 30));
  return Math.floor(ceiling / 2 + random() * (ceiling / 2));
}
