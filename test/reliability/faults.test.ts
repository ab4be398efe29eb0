/**
 * The fault suite, small: two runs of the whole demo story through the committed bundles under
 * issue 8's faults (rebuild with `npm run build` first), each judged against a fault-free run.
 * `npm run reliability` runs the full hundred.
 */
import { renderFaultReport, runVerdict } from '../../src/cli/reliability/fault-report.js';
import { failedJob } from '../../src/cli/reliability/fault-run.js';
import { runFaultSuite } from '../../src/cli/reliability/faults.js';
import { outcomeDifferences, Tokens, type StoryOutcome } from '../../src/cli/reliability/story-outcome.js';
import type { ActionResult } from '../../src/cli/local-runner.js';
import { FaultInjector, validateFaults } from '../../src/sandbox/faults.js';

describe('the fault suite', () => {
  it('tells the demo story twice under 502/503s, secondary rate limits and latency, with the fault-free results and every invariant kept', async () => {
    const report = await runFaultSuite({ runs: 2, seed: 1000, concurrency: 2 });
    const problems = report.runs.flatMap((run) => [...(run.storyError ? [run.storyError] : []), ...run.problems, ...run.differences].map((p) => `run ${run.index}: ${p}`));
    expect([...report.referenceProblems, ...problems]).toEqual([]);
    expect(report.runs.map(runVerdict)).toEqual(['ok', 'ok']);
    for (const run of report.runs) {
      // The faults did happen, of every kind asked for, and nothing else.
      expect(Object.keys(run.faults).sort()).toEqual(['403 secondary rate limit', '502', '503']);
      expect(run.counts).toMatchObject({ releases: 2, environments: 2, leasesHeld: 0, waiters: 0, deploymentsUnfinished: 0 });
    }
    // The whole story ran: the gate failing then passing, the line red then green, two releases
    // built, promoted to staging and production, deployed and the bad one rolled back, DORA, the boards.
    const { steps } = report.reference.outcome;
    const outputsOf = (action: string, name: string) => steps.filter((step) => step.action === `actions/${action}/action.yml`).map((step) => step.outputs[name]);
    expect(steps).toHaveLength(19);
    expect(outputsOf('security-gate', 'verdict')).toEqual(['fail', 'pass', 'pass', 'pass']);
    expect(outputsOf('commit-lock', 'state')).toEqual(['green', 'red', 'red', 'green']);
    expect(outputsOf('build-once', 'version')).toEqual(['1.4.0', '1.5.0']);
    expect(outputsOf('promote', 'version')).toEqual(['1.4.0', '1.4.0', '1.5.0']);
    expect(outputsOf('deploy', 'verdict')).toEqual(['success', 'success', 'rolled-back']);
    // About one production deployment a working day over the last 30 days (the calendar decides how many).
    expect(Number(outputsOf('dora-report', 'deployments')[0])).toBeGreaterThanOrEqual(18);
    expect(renderFaultReport(report)).toContain('**2 of 2 runs ok**');
  }, 300_000);
});

describe('errorStatuses', () => {
  it('restricts injected server errors to the statuses listed', () => {
    const injector = new FaultInjector({ errorRate: 1, errorStatuses: [502, 503], seed: 3 });
    const statuses = new Set(Array.from({ length: 200 }, () => injector.next()!.status));
    expect([...statuses].sort()).toEqual([502, 503]);
  });

  it('refuses statuses it cannot inject', () => {
    expect(() => validateFaults({ errorStatuses: [404] as never })).toThrow('faults.errorStatuses must be a non-empty list of 500, 502 and 503, got [404]');
    expect(() => validateFaults({ errorStatuses: [] })).toThrow('faults.errorStatuses');
  });
});

describe('judging a run', () => {
  const result = (exitCode: number, outputs: Record<string, string>, postExit?: number): ActionResult => ({
    exitCode, signal: null, stdout: '', stderr: '', outputs, summary: '', annotations: [], state: {}, env: {},
    ...(postExit === undefined ? {} : { post: { exitCode: postExit, signal: null, stdout: '', stderr: '', outputs: {}, summary: '', annotations: [], state: {}, env: {} } }),
  });

  it('re-runs failed jobs, but not the failures the story expects', () => {
    expect(failedJob('actions/security-gate/action.yml', result(1, { verdict: 'fail' }))).toBe(false);
    expect(failedJob('actions/security-gate/action.yml', result(1, {}))).toBe(true);
    expect(failedJob('actions/deploy/action.yml', result(1, { verdict: 'rolled-back' }, 0))).toBe(false);
    expect(failedJob('actions/deploy/action.yml', result(0, { verdict: 'success' }, 1))).toBe(true);
    expect(failedJob('actions/promote/action.yml', result(1, {}))).toBe(true);
  });

  it('compares outcomes by what is equal to what, not by run-specific ids', () => {
    const outcome = (built: string, promoted: string): StoryOutcome => {
      const tokens = new Tokens();
      return {
        steps: [
          { action: 'actions/build-once/action.yml', exit: 0, outputs: { 'release-id': tokens.normalize('release-id', built) } },
          { action: 'actions/promote/action.yml', exit: 0, outputs: { 'release-id': tokens.normalize('release-id', promoted) } },
        ],
        ledger: {},
        doraDay: '2026-05-01',
      };
    };
    const a = `sha256:${'a'.repeat(64)}`;
    const b = `sha256:${'b'.repeat(64)}`;
    expect(outcomeDifferences(outcome(a, a), outcome(b, b))).toEqual([]);
    expect(outcomeDifferences(outcome(a, a), outcome(a, b))).toEqual(['step 2 (promote): output release-id is "sha256#2", expected "sha256#1"']);
  });
});
