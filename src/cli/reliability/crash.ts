/**
 * Crash safety (issue 8): SIGKILL each mutating action at seeded random points, re-run the step
 * as GitHub's "Re-run failed jobs" would (same run id, next attempt, a fresh runner: no `post:`
 * for the killed attempt, a fresh checkout), and check that the re-run ends where an
 * uninterrupted run ends, that the shared invariants hold (invariants.ts: no lease held, no
 * deployment unfinished, a ledger whose history replays), that no completed promotion is lost and
 * that a lease the killed attempt left binds nobody beyond its TTL.
 *
 * Each scenario (crash-scenarios.ts) is set up once on a fresh sandbox and frozen; a calibration
 * run then runs its step uninterrupted, recording every request with its time and the end state.
 * Every crash run starts a fresh sandbox on a copy of the frozen world and kills the step after
 * its Nth request, at a random moment before the next one would come (N and the moment drawn
 * from the calibration within a kill window, e.g. "during checks").
 */
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Ledger } from '../../github/ledger.js';
import { ConfigurationError, errorMessage } from '../../runtime/errors.js';
import { seededRandom } from '../../runtime/seeded-random.js';
import type { LedgerState, LeaseOwner } from '../../state/state.js';
import type { ActionResult } from '../local-runner.js';
import { differences, leaseWithinTtl, observe, promotionsKept, rerunNotBlocked, STEP_WORKFLOW, type DeployLeaseReport, type Observation } from './crash-checks.js';
import { renderCrashReport } from './crash-report.js';
import { CRASH_SCENARIOS, type CrashScenario, type SeenExchange, type SetupData, type StepSpec } from './crash-scenarios.js';
import { newWorld, removeWorld, restoreCheckout, SharedService, worldFrom, type CrashWorld, type WorldSnapshot } from './crash-world.js';
import { checkInvariants, type InvariantCounts } from './invariants.js';
import { readFlags } from '../flags.js';

export interface CrashSuiteOptions {
  runs: number;
  seed: number;
  /** Only scenarios whose name contains one of these (all when absent). */
  only?: string[];
  /** One line per event (setup, calibration, each run). */
  log?: (line: string) => void;
}

/** Where a run was killed, as drawn from its scenario's calibration. */
export interface KillPoint {
  window: string;
  /** Killed after this many of the step's requests (0: before the first). */
  afterRequests: number;
  /** Requests the uninterrupted step made. */
  ofRequests: number;
  /** The request the kill followed (`POST /repos/{owner}/{repo}/statuses/{sha}`), or `start`. */
  after: string;
  /** Milliseconds after that request. */
  delayMs: number;
}

export interface CrashRunResult {
  index: number;
  scenario: string;
  action: string;
  point: KillPoint;
  /** False when the step finished before the kill point came (nothing to re-run). */
  killed: boolean;
  /** Requests the killed attempt made before it died. */
  requestsBeforeKill: number;
  /** Whether the step's own workflow run was visible to the token (deploy's liveness check reads it). */
  runVisible: boolean;
  /** The re-run's exit code and outcome outputs ("verdict=success"); absent when not killed. */
  rerun?: { exitCode: number | null; outcome: string; durationMs: number };
  /** The lease the killed attempt held, and how the re-run got it. */
  lease?: string;
  problems: string[];
  invariants?: InvariantCounts;
  durationMs: number;
}

export interface Calibration {
  requests: number;
  durationMs: number;
  exitCode: number | null;
  outcome: string;
  setupMs: number;
}

export interface CrashSuiteReport {
  seed: number;
  runs: CrashRunResult[];
  calibrations: Record<string, Calibration>;
  durationMs: number;
}

interface Prepared {
  scenario: CrashScenario;
  snapshot: WorldSnapshot;
  data: SetupData;
  seen: SeenExchange[];
  exitMs: number;
  observation: Observation;
  calibration: Calibration;
}

interface StepRun {
  result: ActionResult;
  killedAt?: number;
  requests: number;
  /** How long the main step's process lived, in ms. */
  mainMs: number;
}

/** `state` of a status a request creates (deployment or commit status), for the kill windows. */
function stateOf(body: unknown): string | undefined {
  const state = body !== null && typeof body === 'object' ? (body as { state?: unknown }).state : undefined;
  return typeof state === 'string' ? state : undefined;
}

/**
 * Runs a step through the local runner (the committed bundle), counting the sandbox requests its
 * main step makes, and kills it with SIGKILL after `kill.after` of them plus `kill.delayMs`.
 */
async function runStep(world: CrashWorld, spec: StepSpec, run: { id: number; attempt: number }, control: { kill?: { after: number; delayMs: number }; record?: SeenExchange[] } = {}): Promise<StepRun> {
  let child: ChildProcess | undefined;
  let startedAt = Date.now();
  let requests = 0;
  let mainDone = false;
  let mainMs = 0;
  let killedAt: number | undefined;
  let timer: NodeJS.Timeout | undefined;
  const kill = () => {
    if (child && child.exitCode === null && child.signalCode === null && child.kill('SIGKILL')) killedAt = Date.now();
  };
  const arm = (delayMs: number) => {
    if (delayMs <= 0) kill();
    else timer = setTimeout(kill, delayMs);
  };
  world.onExchange = (exchange) => {
    if (mainDone) return;
    requests += 1;
    control.record?.push({ at: Date.now() - startedAt, method: exchange.method, route: exchange.route, state: stateOf(exchange.requestBody) });
    if (control.kill && requests === control.kill.after) arm(control.kill.delayMs);
  };
  try {
    const result = await world.demo.run(spec.action, {
      ...spec.options,
      runId: run.id,
      runAttempt: run.attempt,
      mayFail: true,
      skipPostIfKilled: true,
      onMainStep: (spawned) => {
        child = spawned;
        startedAt = Date.now();
        spawned.once('exit', () => {
          mainDone = true;
          mainMs = Date.now() - startedAt;
        });
        if (control.kill?.after === 0) arm(control.kill.delayMs);
      },
    });
    return { result, requests, mainMs, ...(killedAt !== undefined ? { killedAt } : {}) };
  } finally {
    if (timer) clearTimeout(timer);
    world.onExchange = undefined;
  }
}

/** The step's workflow run as GitHub keeps it: in progress while the step runs. */
async function startStepRun(world: CrashWorld): Promise<number> {
  const { data } = await world.demo.octokit.request('POST /_stopline/repos/{owner}/{repo}/actions/runs', {
    ...world.demo.repoRef, name: STEP_WORKFLOW, head_branch: 'main', status: 'in_progress', jobs: [{ name: 'step', status: 'in_progress' }],
  });
  return (data as { id: number }).id;
}

async function moveRun(world: CrashWorld, runId: number, body: { status: string; conclusion?: string }): Promise<void> {
  await world.demo.octokit.request('PATCH /_stopline/repos/{owner}/{repo}/actions/runs/{run_id}', { ...world.demo.repoRef, run_id: runId, ...body });
}

/** What GitHub does when a job's runner dies and somebody clicks "Re-run failed jobs": attempt 1 fails, attempt 2 starts. */
async function rerunStepRun(world: CrashWorld, runId: number): Promise<void> {
  await moveRun(world, runId, { status: 'completed', conclusion: 'failure' });
  await world.demo.octokit.rest.actions.reRunWorkflowFailedJobs({ ...world.demo.repoRef, run_id: runId });
  await moveRun(world, runId, { status: 'in_progress' });
}

async function ledgerState(world: CrashWorld): Promise<LedgerState> {
  return (await new Ledger(world.client, world.demo.repoRef).read()).state;
}

function outcomeOf(scenario: CrashScenario, result: ActionResult): Record<string, string> {
  return { exit: String(result.exitCode), ...Object.fromEntries(scenario.outcome.map((name) => [name, result.outputs[name] ?? ''])) };
}

const describeOutcome = (outcome: Record<string, string>) => Object.entries(outcome).map(([name, value]) => `${name}=${value.length > 20 ? `${value.slice(0, 19)}…` : value}`).join(' ');

/** Sets the scenario up once and runs its step uninterrupted, recording its requests and where it ends. */
async function prepare(scenario: CrashScenario, root: string, shared: SharedService, log: (line: string) => void): Promise<Prepared> {
  const setupStarted = Date.now();
  const setupWorld = await newWorld(shared);
  let snapshot: WorldSnapshot;
  let data: SetupData;
  try {
    data = await scenario.setup(setupWorld);
    snapshot = setupWorld.snapshot(join(root, `scenario-${CRASH_SCENARIOS.indexOf(scenario)}`));
  } finally {
    await removeWorld(setupWorld);
  }
  const setupMs = Date.now() - setupStarted;
  const world = await worldFrom(snapshot, shared);
  try {
    const spec = await scenario.step(world, data);
    const runId = await startStepRun(world);
    const seen: SeenExchange[] = [];
    const started = Date.now();
    const step = await runStep(world, spec, { id: runId, attempt: 1 }, { record: seen });
    const durationMs = Date.now() - started;
    await moveRun(world, runId, { status: 'completed', conclusion: step.result.exitCode === 0 ? 'success' : 'failure' });
    const outcome = outcomeOf(scenario, step.result);
    const invariants = await checkInvariants(world.client, world.demo.repoRef);
    if (!invariants.ok) throw new Error(`the uninterrupted run of "${scenario.name}" breaks the invariants: ${invariants.problems.join('; ')}`);
    const observation = await observe(world.client, world.demo.repoRef, await ledgerState(world), outcome);
    const calibration: Calibration = { requests: seen.length, durationMs, exitCode: step.result.exitCode, outcome: describeOutcome(outcome), setupMs };
    log(`calibrated "${scenario.name}": set up in ${(setupMs / 1000).toFixed(1)}s; the step makes ${seen.length} requests in ${(durationMs / 1000).toFixed(1)}s and ends ${calibration.outcome}`);
    return { scenario, snapshot, data, seen, exitMs: Math.max(seen.at(-1)?.at ?? 0, step.mainMs), observation, calibration };
  } finally {
    await removeWorld(world);
  }
}

/**
 * Takes the scenario's windows in turn (the `turn`th run of a scenario gets window `turn` mod
 * their number, so every window is covered), skipping those the calibration never reached, then
 * draws N in it and a moment before request N+1.
 */
function drawKillPoint(prepared: Prepared, turn: number, random: () => number): KillPoint {
  const { seen } = prepared;
  const windows = prepared.scenario.windows.map((window) => ({ window, range: window.range(seen) })).filter((w) => w.range !== null);
  const { window, range } = windows[turn % windows.length]!;
  const [from, to] = range!;
  const after = from + Math.floor(random() * (to - from + 1));
  const startAt = after === 0 ? 0 : seen[after - 1]!.at;
  const nextAt = after < seen.length ? seen[after]!.at : prepared.exitMs;
  const last = after === 0 ? undefined : seen[after - 1]!;
  return {
    window: window.name,
    afterRequests: after,
    ofRequests: seen.length,
    after: last ? `${last.method} ${last.route ?? '?'}${last.state ? ` (${last.state})` : ''}` : 'start',
    delayMs: Math.round(random() * Math.max(0, nextAt - startAt)),
  };
}

function readDeployReport(result: ActionResult): DeployLeaseReport | undefined {
  const path = result.outputs.report;
  if (!path) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as DeployLeaseReport;
  } catch {
    return undefined;
  }
}

function leaseNote(afterKill: LedgerState, killed: LeaseOwner, report: DeployLeaseReport | undefined): string | undefined {
  const held = Object.entries(afterKill.leases).find(([, lease]) => lease.owner.runId === killed.runId && lease.owner.runAttempt === killed.runAttempt);
  if (!held) return undefined;
  const reclaimed = report?.lease?.reclaimed;
  return `held ${held[0]}; re-run ${reclaimed ? `took it over (${reclaimed.replace(/^.*\((.*)\)$/, '$1')})` : 'did not report a takeover'} after waiting ${report?.lease ? `${(report.lease.waitedMs / 1000).toFixed(1)}s` : '?'}`;
}

async function crashRun(index: number, prepared: Prepared, turn: number, shared: SharedService, random: () => number): Promise<CrashRunResult> {
  const started = Date.now();
  const { scenario } = prepared;
  const point = drawKillPoint(prepared, turn, random);
  // Deploy's liveness check reads the run; half the deploy runs hide it (a token without
  // `actions: read`), so only the rules can tell that the re-run may take the lease over.
  const runVisible = scenario.leaseTtlMs === undefined || random() < 0.5;
  const result: CrashRunResult = { index, scenario: scenario.name, action: scenario.action, point, killed: false, requestsBeforeKill: 0, runVisible, problems: [], durationMs: 0 };
  const world = await worldFrom(prepared.snapshot, shared);
  try {
    const spec = await scenario.step(world, prepared.data);
    const before = await ledgerState(world);
    const runId = runVisible ? await startStepRun(world) : 900_000 + index;
    const attempt1 = await runStep(world, spec, { id: runId, attempt: 1 }, { kill: { after: point.afterRequests, delayMs: point.delayMs } });
    result.requestsBeforeKill = attempt1.requests;
    result.killed = attempt1.result.signal === 'SIGKILL';
    if (!result.killed) {
      if (runVisible) await moveRun(world, runId, { status: 'completed', conclusion: attempt1.result.exitCode === 0 ? 'success' : 'failure' });
    } else {
      const killedAt = attempt1.killedAt ?? Date.now();
      const afterKill = await ledgerState(world);
      const killedOwner = { runId, runAttempt: 1 };
      result.problems.push(...promotionsKept(before, afterKill, 'at the kill'));
      if (scenario.leaseTtlMs !== undefined) result.problems.push(...leaseWithinTtl(afterKill, killedOwner, killedAt, scenario.leaseTtlMs));

      if (runVisible) await rerunStepRun(world, runId);
      restoreCheckout(world, prepared.snapshot);
      const rerunStarted = Date.now();
      const attempt2 = await runStep(world, spec, { id: runId, attempt: 2 });
      const outcome = outcomeOf(scenario, attempt2.result);
      result.rerun = { exitCode: attempt2.result.exitCode, outcome: describeOutcome(outcome), durationMs: Date.now() - rerunStarted };
      if (runVisible) await moveRun(world, runId, { status: 'completed', conclusion: attempt2.result.exitCode === 0 ? 'success' : 'failure' });
      if (attempt2.result.signal !== null) result.problems.push(`the re-run died of ${attempt2.result.signal}`);

      const final = await ledgerState(world);
      result.problems.push(...promotionsKept(afterKill, final, 'after the re-run'));
      if (scenario.leaseTtlMs !== undefined) {
        const report = readDeployReport(attempt2.result);
        result.problems.push(...rerunNotBlocked(afterKill, killedOwner, report, rerunStarted));
        const note = leaseNote(afterKill, killedOwner, report);
        if (note) result.lease = note;
      }
      const observation = await observe(world.client, world.demo.repoRef, final, outcome);
      const differ = differences(prepared.observation, observation);
      result.problems.push(...differ);
      if (differ.length > 0 || attempt2.result.exitCode !== prepared.calibration.exitCode) {
        result.problems.push(`re-run log (exit ${attempt2.result.exitCode}):\n${tail(attempt2.result.stdout + attempt2.result.stderr)}`);
      }
    }
    const invariants = await checkInvariants(world.client, world.demo.repoRef);
    result.invariants = invariants.counts;
    result.problems.push(...invariants.problems);
  } catch (error) {
    result.problems.push(`the run could not be completed: ${errorMessage(error)}`);
  } finally {
    await removeWorld(world);
    result.durationMs = Date.now() - started;
  }
  return result;
}

function tail(text: string, lines = 30): string {
  return text.trimEnd().split('\n').slice(-lines).map((line) => `    ${line}`).join('\n');
}

/** The seeded order of scenarios: every scenario once per round, in a shuffled order. */
function scenarioOrder(scenarios: readonly CrashScenario[], random: () => number): CrashScenario[] {
  const order = [...scenarios];
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** Runs the suite; never throws for a broken run (its problems are in the report). */
export async function runCrashSuite(options: CrashSuiteOptions): Promise<CrashSuiteReport> {
  const started = Date.now();
  const log = options.log ?? (() => undefined);
  const scenarios = options.only ? CRASH_SCENARIOS.filter((scenario) => options.only!.some((text) => scenario.name.includes(text))) : [...CRASH_SCENARIOS];
  if (scenarios.length === 0) throw new ConfigurationError(`no crash scenario matches ${options.only!.join(', ')}; scenarios: ${CRASH_SCENARIOS.map((s) => s.name).join('; ')}`);
  const random = seededRandom(options.seed);
  const order = scenarioOrder(scenarios, random);
  const root = mkdtempSync(join(tmpdir(), 'stopline-crash-snapshots-'));
  const prepared = new Map<CrashScenario, Prepared>();
  const runs: CrashRunResult[] = [];
  const shared = new SharedService();
  try {
    for (let index = 1; index <= options.runs; index += 1) {
      const scenario = order[(index - 1) % order.length]!;
      if (!prepared.has(scenario)) prepared.set(scenario, await prepare(scenario, root, shared, log));
      const run = await crashRun(index, prepared.get(scenario)!, Math.floor((index - 1) / order.length), shared, random);
      runs.push(run);
      log(describeRun(run, options.runs));
    }
  } finally {
    await shared.stop();
    rmSync(root, { recursive: true, force: true });
  }
  const calibrations = Object.fromEntries([...prepared.values()].map((p) => [p.scenario.name, p.calibration]));
  return { seed: options.seed, runs, calibrations, durationMs: Date.now() - started };
}

function describeRun(run: CrashRunResult, total: number): string {
  const where = `after request ${run.point.afterRequests} of ${run.point.ofRequests} +${run.point.delayMs} ms (${run.point.window})`;
  const what = run.killed ? `killed ${where}; re-run ${run.rerun?.outcome ?? '?'}` : `finished before the kill point (${where})`;
  const verdict = run.problems.length === 0 ? 'ok' : `${run.problems.length} problem(s): ${run.problems[0]!.split('\n')[0]}`;
  return `run ${run.index}/${total} ${run.scenario}: ${what}; ${verdict} (${(run.durationMs / 1000).toFixed(1)}s)`;
}

const USAGE = 'Usage: stopline reliability crash [--runs N] [--seed S] [--out DIR] [--only TEXT[,TEXT...]]';

function parseArgs(args: string[]): { runs: number; seed: number; out: string; only?: string[] } {
  const flags = readFlags(args, ['runs', 'seed', 'out', 'only'], USAGE);
  const only = flags.string('only')?.split(',').map((text) => text.trim()).filter(Boolean);
  return { runs: flags.integer('runs', 1) ?? 50, seed: flags.integer('seed', 0) ?? 1, out: flags.string('out') ?? 'reliability-output', ...(only ? { only } : {}) };
}

/** `stopline reliability crash`: runs the suite, prints progress, writes DIR/crash-report.md; exit 1 when any run has a problem. */
export async function crashCommand(args: string[], write: (text: string) => void, cwd: string): Promise<number> {
  const options = parseArgs(args);
  const started = Date.now();
  const report = await runCrashSuite({
    runs: options.runs,
    seed: options.seed,
    ...(options.only ? { only: options.only } : {}),
    log: (line) => write(`[${((Date.now() - started) / 1000).toFixed(1).padStart(6)}s] ${line}\n`),
  });
  const outDir = resolve(cwd, options.out);
  mkdirSync(outDir, { recursive: true });
  const path = join(outDir, 'crash-report.md');
  writeFileSync(path, renderCrashReport(report));
  const problems = report.runs.reduce((sum, run) => sum + run.problems.length, 0);
  write(`\n${report.runs.length} runs, ${report.runs.filter((run) => run.killed).length} killed, ${problems} problem(s) in ${(report.durationMs / 1000).toFixed(1)}s. Report: ${path}\n`);
  return problems === 0 ? 0 : 1;
}
