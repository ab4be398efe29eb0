/**
 * Issue 6's lease acceptance tests with real processes against the sandbox: 10 deploys to one
 * environment, each its own Node process, run one at a time in arrival order; a holder killed with
 * SIGKILL (no `post:`) is reclaimed after its TTL, and at once when its run is marked completed.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleNodeScript } from '../../../scripts/bundle-node-script.mjs';
import { acquireLease, workflowRunLookup } from '../../../src/deploy/lease/index.js';
import { createGitHubClient } from '../../../src/github/client.js';
import { Ledger } from '../../../src/github/ledger.js';
import { startTestSandbox, type TestSandbox } from '../../support/sandbox.js';

const here = dirname(fileURLToPath(import.meta.url));
const ENV = 'production';
/** Fast timings for tests: polls of 25–150 ms, heartbeats every second, run checks every 200 ms. */
const TIMING = { pollMinMs: 25, pollMaxMs: 150, heartbeatMs: 1000, staleAfterMs: 3000, runCheckMs: 200, reportMs: 1000 };
/** Time between two arrivals: longer than joining the line takes on a busy machine (up to ~0.5 s, measured). */
const STAGGER_MS = 500;

let sb: TestSandbox;
let workDir: string;
let script: string;

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'stopline-lease-processes-'));
  script = join(workDir, 'deploy-process.mjs');
  await bundleNodeScript({ entry: resolve(here, 'fixtures/deploy-process.ts'), outfile: script });
  sb = await startTestSandbox();
});

afterAll(async () => {
  await sb?.stop();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

/** Seeds a workflow run that is in progress, as the run of a deploy job would be. */
async function runningRun(owner: string, repo: string): Promise<number> {
  const { data } = await sb.octokit.request('POST /_stopline/repos/{owner}/{repo}/actions/runs', { owner, repo, name: 'Deploy' });
  const runId = (data as { id: number }).id;
  await sb.octokit.request('PATCH /_stopline/repos/{owner}/{repo}/actions/runs/{run_id}', { owner, repo, run_id: runId, status: 'in_progress' });
  return runId;
}

interface DeployProcess {
  child: ChildProcessWithoutNullStreams;
  /** Resolves with the first stdout event of that name. */
  event(name: string): Promise<Record<string, unknown>>;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

function startDeploy(env: Record<string, string>): DeployProcess {
  const child = spawn(process.execPath, [script], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const waiting = new Map<string, (event: Record<string, unknown>) => void>();
  const seen = new Map<string, Record<string, unknown>>();
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
    for (const line of stdout.split('\n').slice(0, -1)) {
      const event = JSON.parse(line) as Record<string, unknown>;
      const name = String(event.event);
      if (!seen.has(name)) {
        seen.set(name, event);
        waiting.get(name)?.(event);
      }
    }
  });
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolveExit, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolveExit({ code, signal, stdout, stderr }));
  });
  return {
    child,
    exit,
    event: (name) =>
      seen.has(name)
        ? Promise.resolve(seen.get(name)!)
        : new Promise((resolveEvent, reject) => {
            waiting.set(name, resolveEvent);
            void exit.then((e) => reject(new Error(`process exited (${e.code ?? e.signal}) before "${name}": ${e.stderr}`)));
          }),
  };
}

test('10 deploy processes to one environment run one at a time, in the order they arrived', async () => {
  const { owner, repo, repository } = await sb.createRepo('lease-ten');
  const record = join(workDir, 'ten.jsonl');
  const runIds = await Promise.all(Array.from({ length: 10 }, () => runningRun(owner, repo)));
  // Every process starts at once (Node's start-up takes a while on a busy machine), then each
  // asks for the lease at its own known time, STAGGER_MS apart: that is the arrival order.
  const firstAt = Date.now() + 2500;
  const processes = runIds.map((runId, i) =>
    startDeploy({
      LEASE_API_URL: sb.url,
      LEASE_REPOSITORY: repository,
      LEASE_ENVIRONMENT: ENV,
      RUN_ID: String(runId),
      TTL_MS: '10000',
      TIMEOUT_MS: '30000',
      HOLD_MS: '600',
      START_AT: String(firstAt + i * STAGGER_MS),
      TIMING: JSON.stringify(TIMING),
      RECORD: record,
      ID: String(i),
    }),
  );
  const exits = await Promise.all(processes.map((p) => p.exit));
  expect(exits.filter((e) => e.code !== 0).map((e) => e.stderr)).toEqual([]);

  const runs = readFileSync(record, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as {
    id: string; ticket: string; arrivedAt: number; queuedAt?: number; position?: number; aheadAtJoin: string[]; start: number; end: number; epoch: number; lost: unknown;
  });
  const byStart = [...runs].sort((a, b) => a.start - b.start);
  // FIFO, exactly: every deploy that held the lease or stood ahead when one joined the line started before it.
  const startOf = new Map(runs.map((r) => [r.ticket, r.start]));
  for (const r of runs) for (const ahead of r.aheadAtJoin) expect(startOf.get(ahead)).toBeLessThan(r.start);
  // Arrival order: ids by when they asked; each asked on time (else the order would prove nothing).
  expect(runs.map((r) => r.arrivedAt - (firstAt + Number(r.id) * STAGGER_MS)).every((late) => late >= 0 && late < STAGGER_MS / 2)).toBe(true);
  expect(byStart.map((r) => r.id)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
  // One at a time: each deploy ended before the next one started.
  for (let i = 1; i < byStart.length; i += 1) expect(byStart[i]!.start).toBeGreaterThanOrEqual(byStart[i - 1]!.end);
  expect(byStart.map((r) => r.epoch)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  expect(runs.every((r) => r.lost === null)).toBe(true);
  // All but the first waited in line, and arrivals outpaced deploys, so a real line formed.
  expect(byStart.slice(1).every((r) => r.position !== undefined)).toBe(true);
  expect(Math.max(...runs.map((r) => r.position ?? 0))).toBeGreaterThanOrEqual(2);

  const { state } = await new Ledger(createGitHubClient({ token: 't', baseUrl: sb.url }), { owner, repo }).read();
  expect(state.leases[ENV]).toBeUndefined();
  expect(state.leaseQueues?.[ENV]).toEqual({ waiting: [], lastEpoch: 10 });

  const joins = runs.filter((r) => r.queuedAt !== undefined).map((r) => r.queuedAt! - r.arrivedAt);
  const gaps = byStart.slice(1).map((r, i) => r.start - byStart[i]!.end);
  console.log(
    `10 deploys: ${byStart.at(-1)!.end - byStart[0]!.start} ms from first start to last end; hand-over gaps ` +
      `median ${gaps.sort((a, b) => a - b)[4]} ms, max ${gaps.at(-1)} ms; positions when queued ${byStart.map((r) => r.position ?? '-').join(',')}; ` +
      `joining the line took at most ${Math.max(...joins)} ms`,
  );
}, 45_000);

describe('a holder killed with SIGKILL (no post: step, no release)', () => {
  async function killedHolder(name: string, ttlMs: number) {
    const { owner, repo, repository } = await sb.createRepo(name);
    const runId = await runningRun(owner, repo);
    const holder = startDeploy({
      LEASE_API_URL: sb.url,
      LEASE_REPOSITORY: repository,
      LEASE_ENVIRONMENT: ENV,
      RUN_ID: String(runId),
      TTL_MS: String(ttlMs),
      RENEW_MS: '300',
      TIMEOUT_MS: '5000',
      HOLD_MS: 'forever',
      TIMING: JSON.stringify(TIMING),
      ID: 'holder',
    });
    await holder.event('acquired');
    // Let it renew a few times first: the kill must come while it is alive and renewing.
    await new Promise((r) => setTimeout(r, 700));
    holder.child.kill('SIGKILL');
    const exit = await holder.exit;
    expect(exit.signal).toBe('SIGKILL');
    const client = createGitHubClient({ token: 't', baseUrl: sb.url, retryAfterBaseMs: 10 });
    const ledger = new Ledger(client, { owner, repo });
    const { state } = await ledger.read();
    expect(state.leases[ENV]).toMatchObject({ owner: { runId }, epoch: 1 });
    const waiterRun = await runningRun(owner, repo);
    return { owner, repo, runId, client, ledger, lease: state.leases[ENV]!, waiter: { ledger, environment: ENV, owner: { runId: waiterRun, runAttempt: 1 }, runs: workflowRunLookup(client, { owner, repo }), timing: TIMING } };
  }

  test('is reclaimed once its TTL has passed, not before', async () => {
    const { lease, waiter } = await killedHolder('lease-killed-ttl', 2000);
    const acquired = await acquireLease({ ...waiter, ttlMs: 10_000, timeoutMs: 8000 });
    const grantedAt = Date.parse(acquired.acquiredAt);
    expect(grantedAt).toBeGreaterThanOrEqual(Date.parse(lease.expiresAt));
    expect(grantedAt - Date.parse(lease.expiresAt)).toBeLessThan(1000);
    expect(acquired.epoch).toBe(2);
    expect(acquired.reclaimed).toEqual({ lease: expect.objectContaining({ epoch: 1, owner: lease.owner }), reason: 'expired' });
    console.log(`SIGKILLed holder (TTL 2 s): reclaimed ${grantedAt - Date.parse(lease.expiresAt)} ms after its lease expired`);
  }, 20_000);

  test('is reclaimed promptly when its run is marked completed, long before its TTL', async () => {
    const { owner, repo, runId, lease, waiter } = await killedHolder('lease-killed-run', 60_000);
    const waiting = acquireLease({ ...waiter, ttlMs: 10_000, timeoutMs: 10_000 });
    await new Promise((r) => setTimeout(r, 500));
    const completedAt = Date.now();
    await sb.octokit.request('PATCH /_stopline/repos/{owner}/{repo}/actions/runs/{run_id}', { owner, repo, run_id: runId, status: 'completed', conclusion: 'cancelled' });
    const acquired = await waiting;
    const after = Date.parse(acquired.acquiredAt) - completedAt;
    expect(after).toBeLessThan(1500);
    expect(Date.parse(acquired.acquiredAt)).toBeLessThan(Date.parse(lease.expiresAt) - 50_000);
    expect(acquired.reclaimed?.reason).toBe('owner-finished');
    console.log(`SIGKILLed holder (TTL 60 s): reclaimed ${after} ms after its run was marked completed`);
  }, 20_000);
});
