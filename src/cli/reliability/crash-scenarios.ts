/**
 * The crash scenarios: for every mutating action (and the parts of deploy that matter most), the
 * demo story up to that action, the step itself as the runner runs it, which of its outputs a
 * re-run must reproduce, and the windows of its requests to kill it in. The setups reuse the demo
 * story's pieces (src/cli/demo), with deploy's timings shortened.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { RunActionOptions } from '../local-runner.js';
import { checksFile, SWITCH_MODE } from '../demo/live-service.js';
import { completedRun, openPull, pullEvent, runEvent } from '../demo/lock-story.js';
import { buildAndPromote, writeBuildOutput } from '../demo/release-story.js';
import { sampleServiceFiles, writeFiles } from '../demo/sample-service.js';
import { runScanners } from '../demo/scanners.js';
import type { CrashWorld } from './crash-world.js';

/** What a setup hands its step: ids and shas, JSON so it survives the snapshot. */
export type SetupData = Record<string, string>;

/** One request of a step as the calibration run saw it. */
export interface SeenExchange {
  /** Milliseconds since the step's process started. */
  at: number;
  method: string;
  route: string | undefined;
  /** `state` of a deployment status or commit status being created, if any. */
  state: string | undefined;
}

/**
 * A stretch of a step to kill it in, as a range of "after N requests" (0: before the first). The
 * kill lands after request N at a random moment before request N+1 would have come.
 */
export interface KillWindow {
  name: string;
  /** [first N, last N] over the calibration run's requests; null when this run never gets there. */
  range(seen: readonly SeenExchange[]): [number, number] | null;
}

/** The step under test, as the runner would run it. */
export interface StepSpec {
  action: string;
  options: Omit<RunActionOptions, 'action' | 'repository' | 'apiUrl'>;
}

export interface CrashScenario {
  name: string;
  /** The action, as the report counts kills ("deploy", "commit-lock", ...). */
  action: string;
  /** Builds the repository up to the step, on a new world. */
  setup(world: CrashWorld): Promise<SetupData>;
  step(world: CrashWorld, data: SetupData): Promise<StepSpec>;
  /** Outputs the re-run must give as the uninterrupted run did. */
  outcome: string[];
  /** Where to kill it; a scenario's runs take them in turn, so the narrow ones come first. */
  windows: KillWindow[];
  /** The step holds a deploy lease with this TTL (ms). */
  leaseTtlMs?: number;
}

const push = { name: 'push', payload: {} };

/** The whole step. */
const anywhere: KillWindow = { name: 'anywhere', range: (seen) => [0, seen.length] };

const statusIndex = (seen: readonly SeenExchange[], state: string, from = 0): number =>
  seen.findIndex((exchange, i) => i >= from && exchange.route === '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses' && exchange.method === 'POST' && exchange.state === state);

/** From the deployment's `in_progress` to its verdict: while the checks watch the release. */
const duringChecks: KillWindow = {
  name: 'during checks',
  range(seen) {
    const start = statusIndex(seen, 'in_progress');
    if (start < 0) return null;
    const verdict = seen.findIndex((exchange, i) => i > start && exchange.route?.endsWith('/statuses') === true && exchange.state !== 'in_progress');
    return [start + 1, verdict < 0 ? seen.length : verdict];
  },
};

/** From the last request before the failed deployment's `failure` (the rollback runs then) to the end. */
const duringRollback: KillWindow = {
  name: 'during rollback',
  range(seen) {
    const failure = statusIndex(seen, 'failure');
    return failure < 0 ? null : [failure, seen.length];
  },
};

/** Deploy's timings for the crash runs: a short baseline and look, and the shortest lease TTL deploy accepts. */
export const CRASH_LEASE_TTL_MS = 10_000;

async function deployStep(world: CrashWorld, environment: string, source: Record<string, string>, extra: Record<string, string> = {}): Promise<StepSpec> {
  const service = await world.service();
  return {
    action: 'actions/deploy/action.yml',
    options: {
      inputs: {
        environment,
        ...source,
        run: SWITCH_MODE,
        smoke: `${service.url}/healthz`,
        checks: checksFile(service),
        baseline: '2s',
        interval: '1s',
        samples: '1',
        'lease-ttl': `${CRASH_LEASE_TTL_MS / 1000}s`,
        'lock-timeout': '60s',
        ...extra,
      },
      env: { SERVICE_URL: service.url },
      event: push,
    },
  };
}

/** The sample service committed on main and checked out (no secret: the gate passes). */
async function sampleService(world: CrashWorld): Promise<string> {
  const files = sampleServiceFiles({ withSecret: false, today: new Date() });
  writeFiles(world.demo.workspace, files);
  return world.demo.commit('Add the sample service', files, 'main', 'dev-a');
}

async function gate(world: CrashWorld, sha: string): Promise<void> {
  rmSync(join(world.demo.workspace, 'scans'), { recursive: true, force: true });
  runScanners(world.demo.workspace);
  await world.demo.run('actions/security-gate/action.yml', { inputs: { sarif: 'scans' }, sha, event: push });
}

/** A deploy in a setup, run to its end. */
async function deployed(world: CrashWorld, environment: string, deploymentId: string, runId: number): Promise<void> {
  const spec = await deployStep(world, environment, { 'deployment-id': deploymentId });
  const result = await world.demo.run(spec.action, { ...spec.options, runId });
  if (result.outputs.verdict !== 'success') throw new Error(`setup: deploy to ${environment} ended ${result.outputs.verdict}`);
}

/** 1.4.0 built, gated, promoted to staging and deployed there (verified). */
async function stagingVerified(world: CrashWorld): Promise<SetupData> {
  await sampleService(world);
  const good = await buildAndPromote(world.demo, { version: '1.4.0', mode: 'good' });
  await deployed(world, 'staging', good.deploymentId, 5001);
  rmSync(join(world.demo.workspace, 'release'), { recursive: true, force: true });
  return { releaseId: good.releaseId, sha: good.sha, deploymentId: good.deploymentId };
}

const lockAction = 'actions/commit-lock/action.yml';

/** The sample service on main and a feature pull request on top of it that will have to wait; its number. */
async function waitingPull(world: CrashWorld, waitsWhile: 'main is red' | 'frozen'): Promise<string> {
  const base = await sampleService(world);
  const pull = await openPull(world.demo, 'feature/search', 'Add search', `A feature that waits while ${waitsWhile}.`, base);
  return String(pull.number);
}

/** main red: a bad commit whose CI failed twice (commit-lock re-ran it once), a pull request waiting. */
async function lineRed(world: CrashWorld): Promise<SetupData> {
  const { demo } = world;
  const waiting = await waitingPull(world, 'main is red');
  const bad = await demo.commit('Switch the config loader', {}, 'main', 'dev-b');
  const failed = await completedRun(demo, bad, 'failure');
  await demo.run(lockAction, { event: await runEvent(demo, failed) });
  await demo.octokit.request('PATCH /_stopline/repos/{owner}/{repo}/actions/runs/{run_id}', { ...demo.repoRef, run_id: failed, status: 'completed', conclusion: 'failure' });
  return { bad, failed: String(failed), waiting };
}

export const CRASH_SCENARIOS: readonly CrashScenario[] = [
  {
    name: 'security-gate',
    action: 'security-gate',
    async setup(world) {
      const sha = await sampleService(world);
      runScanners(world.demo.workspace);
      return { sha };
    },
    step: async (_world, data) => ({ action: 'actions/security-gate/action.yml', options: { inputs: { sarif: 'scans' }, sha: data.sha!, event: push } }),
    outcome: ['verdict', 'violations'],
    windows: [anywhere],
  },
  {
    name: 'commit-lock auto: a failure, re-run first',
    action: 'commit-lock',
    async setup(world) {
      const waiting = await waitingPull(world, 'main is red');
      const bad = await world.demo.commit('Switch the config loader', {}, 'main', 'dev-b');
      const failed = await completedRun(world.demo, bad, 'failure');
      return { failed: String(failed), waiting };
    },
    step: async (world, data) => ({ action: lockAction, options: { event: await runEvent(world.demo, Number(data.failed)) } }),
    outcome: ['state', 'locked'],
    windows: [anywhere],
  },
  {
    name: 'commit-lock auto: main turns red',
    action: 'commit-lock',
    setup: lineRed,
    step: async (world, data) => ({ action: lockAction, options: { event: await runEvent(world.demo, Number(data.failed)) } }),
    outcome: ['state', 'locked', 'first-bad'],
    windows: [anywhere],
  },
  {
    name: 'commit-lock auto: a revert lands, main turns green',
    action: 'commit-lock',
    async setup(world) {
      const { demo } = world;
      const red = await lineRed(world);
      await demo.run(lockAction, { event: await runEvent(demo, Number(red.failed)) });
      const revert = await openPull(demo, 'revert-config', 'Revert "Switch the config loader"', `This reverts commit ${red.bad}.`, red.bad!);
      await demo.octokit.rest.git.updateRef({ ...demo.repoRef, ref: 'heads/main', sha: revert.sha });
      const passed = await completedRun(demo, revert.sha, 'success');
      return { ...red, passed: String(passed) };
    },
    step: async (world, data) => ({ action: lockAction, options: { event: await runEvent(world.demo, Number(data.passed)) } }),
    outcome: ['state', 'locked'],
    windows: [anywhere],
  },
  {
    name: 'commit-lock check: a revert while red',
    action: 'commit-lock',
    async setup(world) {
      const { demo } = world;
      const red = await lineRed(world);
      await demo.run(lockAction, { event: await runEvent(demo, Number(red.failed)) });
      const revert = await openPull(demo, 'revert-config', 'Revert "Switch the config loader"', `This reverts commit ${red.bad}.`, red.bad!);
      return { ...red, revert: String(revert.number) };
    },
    step: async (world, data) => ({ action: lockAction, options: { inputs: { command: 'check' }, event: await pullEvent(world.demo, Number(data.revert)) } }),
    outcome: ['state', 'locked'],
    windows: [anywhere],
  },
  {
    name: 'commit-lock lock: a manual freeze',
    action: 'commit-lock',
    async setup(world) {
      return { waiting: await waitingPull(world, 'frozen') };
    },
    step: async () => ({ action: lockAction, options: { inputs: { command: 'lock', reason: 'release week' }, event: { name: 'workflow_dispatch', payload: {} } } }),
    outcome: ['state', 'locked'],
    windows: [anywhere],
  },
  {
    name: 'commit-lock unlock: the freeze ends',
    action: 'commit-lock',
    async setup(world) {
      const waiting = await waitingPull(world, 'frozen');
      await world.demo.run(lockAction, { inputs: { command: 'lock', reason: 'release week' }, event: { name: 'workflow_dispatch', payload: {} } });
      return { waiting };
    },
    step: async () => ({ action: lockAction, options: { inputs: { command: 'unlock', reason: 'released' }, event: { name: 'workflow_dispatch', payload: {} } } }),
    outcome: ['state', 'locked'],
    windows: [anywhere],
  },
  {
    name: 'build-once',
    action: 'build-once',
    async setup(world) {
      const sha = await sampleService(world);
      writeBuildOutput(world.demo.workspace, { version: '1.4.0', mode: 'good', sha });
      return { sha };
    },
    step: async (_world, data) => ({ action: 'actions/build-once/action.yml', options: { inputs: { path: 'dist', version: '1.4.0' }, sha: data.sha!, event: push } }),
    // The release id names the manifest, which records when and by which run attempt it was built.
    outcome: ['version'],
    windows: [anywhere],
  },
  {
    name: 'promote to staging',
    action: 'promote',
    async setup(world) {
      const sha = await sampleService(world);
      writeBuildOutput(world.demo.workspace, { version: '1.4.0', mode: 'good', sha });
      await world.demo.run('actions/build-once/action.yml', { inputs: { path: 'dist', version: '1.4.0' }, sha, event: push });
      await gate(world, sha);
      return { sha };
    },
    step: async (_world, data) => ({ action: 'actions/promote/action.yml', options: { inputs: { environment: 'staging' }, sha: data.sha!, event: push } }),
    outcome: ['release-id', 'version'],
    windows: [anywhere],
  },
  {
    name: 'promote to production from staging',
    action: 'promote',
    setup: stagingVerified,
    step: async (_world, data) => ({ action: 'actions/promote/action.yml', options: { inputs: { environment: 'production', from: 'staging' }, sha: data.sha!, event: push } }),
    outcome: ['release-id', 'version'],
    windows: [anywhere],
  },
  {
    name: 'deploy to staging',
    action: 'deploy',
    async setup(world) {
      await sampleService(world);
      const good = await buildAndPromote(world.demo, { version: '1.4.0', mode: 'good' });
      return { releaseId: good.releaseId, deploymentId: good.deploymentId };
    },
    step: (world, data) => deployStep(world, 'staging', { 'deployment-id': data.deploymentId! }),
    outcome: ['verdict', 'deployment-id'],
    windows: [duringChecks, anywhere],
    leaseTtlMs: CRASH_LEASE_TTL_MS,
  },
  {
    name: 'deploy to production by release id, in two steps',
    action: 'deploy',
    setup: stagingVerified,
    step: (world, data) => deployStep(world, 'production', { 'release-id': data.releaseId! }, { steps: '50,100' }),
    outcome: ['verdict'],
    windows: [duringChecks, anywhere],
    leaseTtlMs: CRASH_LEASE_TTL_MS,
  },
  {
    name: 'deploy a bad release: rolled back',
    action: 'deploy',
    async setup(world) {
      const before = await stagingVerified(world);
      await world.demo.commit('Cache the config in memory', {}, 'main', 'dev-c');
      const bad = await buildAndPromote(world.demo, { version: '1.5.0', mode: 'bad' });
      return { good: before.releaseId!, releaseId: bad.releaseId, deploymentId: bad.deploymentId };
    },
    step: (world, data) => deployStep(world, 'staging', { 'deployment-id': data.deploymentId! }),
    outcome: ['verdict', 'deployment-id'],
    windows: [duringRollback, duringChecks, anywhere],
    leaseTtlMs: CRASH_LEASE_TTL_MS,
  },
];
