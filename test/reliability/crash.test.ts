import { leaseWithinTtl, promotionsKept, rerunNotBlocked } from '../../src/cli/reliability/crash-checks.js';
import { renderCrashReport } from '../../src/cli/reliability/crash-report.js';
import { runCrashSuite } from '../../src/cli/reliability/crash.js';
import { emptyState, type EnvironmentPointer, type LedgerState } from '../../src/state/state.js';

const T0 = Date.parse('2026-05-01T12:00:00.000Z');
const iso = (seconds: number) => new Date(T0 + seconds * 1000).toISOString();

function withPointer(environment: string, releaseId: string, since: number): LedgerState {
  const state = emptyState(new Date(T0));
  const pointer: EnvironmentPointer = { releaseId, sha: 'a'.repeat(40), since: iso(since), verified: false };
  return { ...state, environments: { [environment]: pointer } };
}

function withLease(expiresIn: number): LedgerState {
  const state = emptyState(new Date(T0));
  return { ...state, leases: { staging: { owner: { runId: 7, runAttempt: 1 }, acquiredAt: iso(0), expiresAt: iso(expiresIn), epoch: 3, ticket: 't' } } };
}

describe('crash checks', () => {
  test('a completed promotion must stay, or be followed by a later one', () => {
    const before = withPointer('staging', 'sha256:new', 10);
    expect(promotionsKept(before, before, 'after the re-run')).toEqual([]);
    expect(promotionsKept(before, withPointer('staging', 'sha256:newer', 20), 'after the re-run')).toEqual([]);
    expect(promotionsKept(before, withPointer('staging', 'sha256:old', 5), 'after the re-run')).toEqual([
      `after the re-run: staging points at sha256:old (${iso(5)}), older than the completed promotion of sha256:new (${iso(10)})`,
    ]);
    expect(promotionsKept(before, emptyState(new Date(T0)), 'at the kill')[0]).toMatch(/^at the kill: staging lost its promotion of sha256:new/);
  });

  test("the killed attempt's lease must lapse within its TTL, and not keep the re-run waiting beyond it", () => {
    const killed = { runId: 7, runAttempt: 1 };
    expect(leaseWithinTtl(withLease(10), killed, T0, 10_000)).toEqual([]);
    expect(leaseWithinTtl(withLease(30), killed, T0, 10_000)[0]).toMatch(/beyond its TTL \(10s\)/);
    expect(leaseWithinTtl(withLease(30), { runId: 8, runAttempt: 1 }, T0, 10_000)).toEqual([]);
    expect(rerunNotBlocked(withLease(10), killed, { lease: { acquiredAt: iso(1), waitedMs: 100, reclaimed: 'x' } }, T0)).toEqual([]);
    expect(rerunNotBlocked(withLease(10), killed, { lease: { acquiredAt: iso(20), waitedMs: 20_000 } }, T0)[0]).toMatch(/after the killed attempt's lease had lapsed/);
    expect(rerunNotBlocked(withLease(10), killed, undefined, T0)[0]).toMatch(/reported no lease of its own/);
  });
});

test('deploys (checks, rollback) and promotions killed with SIGKILL at seeded points, then re-run: every re-run ends as an uninterrupted run, with no problem', async () => {
  const lines: string[] = [];
  const report = await runCrashSuite({ runs: 6, seed: 5, only: ['deploy to staging', 'rolled back', 'promote to staging'], log: (line) => lines.push(line) });
  const problems = report.runs.flatMap((run) => run.problems.map((problem) => `run ${run.index} (${run.scenario}, ${run.point.window}, after ${run.point.afterRequests} +${run.point.delayMs} ms): ${problem}`));
  expect({ problems, log: problems.length > 0 ? lines : [] }).toEqual({ problems: [], log: [] });
  expect(report.runs.map((run) => run.action).sort()).toEqual(['deploy', 'deploy', 'deploy', 'deploy', 'promote', 'promote']);
  expect(report.runs.filter((run) => run.killed).length).toBeGreaterThanOrEqual(4);
  for (const run of report.runs.filter((r) => r.killed)) {
    expect(run.rerun?.outcome).toBe(report.calibrations[run.scenario]!.outcome);
  }
  const markdown = renderCrashReport(report);
  expect(markdown).toContain('# Crash safety');
  expect(markdown).toContain('**0 problem(s)**');
  expect(markdown).toMatch(/\| `deploy` \| 4 \|/);
}, 150_000);

test('commit-lock (auto, check, lock, unlock), build-once and the security gate killed at seeded points, then re-run: no problem', async () => {
  const lines: string[] = [];
  const report = await runCrashSuite({ runs: 10, seed: 9, only: ['commit-lock', 'build-once', 'security-gate'], log: (line) => lines.push(line) });
  const problems = report.runs.flatMap((run) => run.problems.map((problem) => `run ${run.index} (${run.scenario}, after ${run.point.afterRequests} +${run.point.delayMs} ms): ${problem}`));
  expect({ problems, log: problems.length > 0 ? lines : [] }).toEqual({ problems: [], log: [] });
  expect(new Set(report.runs.map((run) => run.action))).toEqual(new Set(['commit-lock', 'build-once', 'security-gate']));
  expect(report.runs.filter((run) => run.killed).length).toBeGreaterThanOrEqual(7);
}, 90_000);
