import { pollDelay, resolveLeaseTiming, DEFAULT_LEASE_TIMING } from '../../../src/deploy/lease/timing.js';
import { parseLeaseSettings } from '../../../src/deploy/lease/settings.js';
import { describeLease, describeOwner } from '../../../src/deploy/lease/describe.js';
import { ConfigurationError } from '../../../src/runtime/errors.js';

describe('pollDelay', () => {
  const timing = { pollMinMs: 1000, pollMaxMs: 8000 };
  test('doubles per quiet poll up to the cap, with equal jitter (half to whole), never zero', () => {
    expect([0, 1, 2, 3, 4, 10, 1e6].map((n) => pollDelay(n, timing, () => 0))).toEqual([500, 1000, 2000, 4000, 4000, 4000, 4000]);
    expect([0, 1, 2, 3, 4].map((n) => pollDelay(n, timing, () => 0.999999))).toEqual([999, 1999, 3999, 7999, 7999]);
  });
});

describe('resolveLeaseTiming', () => {
  test('defaults, overrides, and refusals of timings that would drop live waiters', () => {
    expect(resolveLeaseTiming()).toEqual(DEFAULT_LEASE_TIMING);
    expect(resolveLeaseTiming({ pollMinMs: 10, pollMaxMs: 20, heartbeatMs: 50, staleAfterMs: 140 }).staleAfterMs).toBe(140);
    expect(() => resolveLeaseTiming({ pollMinMs: 10, pollMaxMs: 20, heartbeatMs: 50, staleAfterMs: 139 })).toThrow(/staleAfterMs \(139\) must be at least/);
    expect(() => resolveLeaseTiming({ pollMinMs: 0 })).toThrow(RangeError);
    expect(() => resolveLeaseTiming({ pollMinMs: 20_000 })).toThrow(/pollMaxMs/);
  });
});

describe('parseLeaseSettings', () => {
  test('defaults 30m and 10m; durations as everywhere; too short a TTL is refused naming the input', () => {
    expect(parseLeaseSettings({})).toEqual({ ttlMs: 30 * 60_000, timeoutMs: 10 * 60_000 });
    expect(parseLeaseSettings({ leaseTtl: ' ', lockTimeout: '' })).toEqual({ ttlMs: 30 * 60_000, timeoutMs: 10 * 60_000 });
    expect(parseLeaseSettings({ leaseTtl: '1h', lockTimeout: '0' })).toEqual({ ttlMs: 3_600_000, timeoutMs: 0 });
    expect(() => parseLeaseSettings({ leaseTtl: '5s' })).toThrow(new ConfigurationError("input 'lease-ttl': '5s' is too short; use at least 10s (the default is 30m)"));
    expect(() => parseLeaseSettings({ lockTimeout: '10 minutes' })).toThrow(/input 'lock-timeout'/);
  });
});

describe('describe', () => {
  test('names the run, attempt, workflow and actor, and the lease since when', () => {
    expect(describeOwner({ runId: 42, runAttempt: 2, workflow: 'Deploy', actor: 'alice' })).toBe('run 42 attempt 2 of "Deploy" by @alice');
    expect(describeLease({ owner: { runId: 42, runAttempt: 1 }, acquiredAt: 'A', expiresAt: 'B', epoch: 7 })).toBe('run 42 attempt 1 since A (epoch 7, expires B)');
  });
});
