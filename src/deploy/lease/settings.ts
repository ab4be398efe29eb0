import { parseDuration } from '../../runtime/duration.js';
import { ConfigurationError } from '../../runtime/errors.js';

/** The two lease inputs of `deploy`, in milliseconds. */
export interface LeaseSettings {
  /** `lease-ttl`: how long a lease lasts without renewal. */
  ttlMs: number;
  /** `lock-timeout`: how long to wait in line before giving up. */
  timeoutMs: number;
}

export const DEFAULT_LEASE_TTL = '30m';
export const DEFAULT_LOCK_TIMEOUT = '10m';

/**
 * Reads `lease-ttl` (default 30m) and `lock-timeout` (default 10m); an empty input takes the
 * default. A TTL under 10 seconds is refused: the holder renews at a third of it, and a shorter
 * one would expire under a live deploy at the first slow API answer.
 * @throws ConfigurationError naming the input
 */
export function parseLeaseSettings(inputs: { leaseTtl?: string; lockTimeout?: string }): LeaseSettings {
  const ttlText = inputs.leaseTtl?.trim() || DEFAULT_LEASE_TTL;
  const ttlMs = parseDuration(ttlText, "input 'lease-ttl'");
  if (ttlMs < 10_000) {
    throw new ConfigurationError(`input 'lease-ttl': '${ttlText}' is too short; use at least 10s (the default is ${DEFAULT_LEASE_TTL})`);
  }
  const timeoutMs = parseDuration(inputs.lockTimeout?.trim() || DEFAULT_LOCK_TIMEOUT, "input 'lock-timeout'");
  return { ttlMs, timeoutMs };
}
