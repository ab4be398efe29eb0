/**
 * deploy's environment lease and the deployments it must never leave `in_progress`, with the
 * committed bundle: two deploys to one environment run one at a time; a deploy killed with
 * SIGKILL and no `post:` (a lost runner) holds its lease no longer than its TTL, and the next
 * deploy closes the deployment it left in progress; a deploy killed with its `post:` still running
 * (a cancelled run past its grace time) is cleaned up by post; and, in process, a cancelled deploy
 * stops its command, closes its deployment and releases the lease itself.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runDeploy } from '../../src/deploy/operations/deploy.js';
import { parseSmoke } from '../../src/deploy/smoke-spec.js';
import { memoryLogger } from '../../src/runtime/logger.js';
import { deployAction, logOf, modeRelease, reportOf, statesOf } from './deploy-support.js';
import { startReleaseSandbox, type ReleaseSandbox } from './release-support.js';

let sb: ReleaseSandbox;
beforeAll(async () => {
  sb = await startReleaseSandbox();
});
afterAll(async () => {
  await sb?.stop();
});

const quick = { environment: 'production', 'lease-ttl': '10s', 'lock-timeout': '60s' };

test('two deploys to one environment run one at a time', async () => {
  const at = await sb.createRepo('lease-two');
  const [a, b] = [await modeRelease(sb, at, 'a'), await modeRelease(sb, at, 'b')];
  const log = join(mkdtempSync(join(tmpdir(), 'stopline-deploy-lease-')), 'log');
  const run = `echo "start $GITHUB_RUN_ID $(date +%s%3N)" >> "${log}"; sleep 2; echo "end $GITHUB_RUN_ID $(date +%s%3N)" >> "${log}"`;
  const [first, second] = await Promise.all([
    deployAction(sb, at, { inputs: { ...quick, 'release-id': a.releaseId, run }, runId: 8001 }),
    deployAction(sb, at, { inputs: { ...quick, 'release-id': b.releaseId, run }, runId: 8002 }),
  ]);
  for (const result of [first, second]) expect({ verdict: result.outputs.verdict, log: result.outputs.verdict === 'success' ? '' : logOf(result) }).toEqual({ verdict: 'success', log: '' });
  const lines = readFileSync(log, 'utf8').trim().split('\n').map((line) => line.split(' '));
  expect(lines.map(([what]) => what)).toEqual(['start', 'end', 'start', 'end']);
  expect(lines[0]![1]).toBe(lines[1]![1]);
  expect(lines[2]![1]).toBe(lines[3]![1]);
  expect(Number(lines[2]![2])).toBeGreaterThanOrEqual(Number(lines[1]![2]));
  const waiter = lines[2]![1] === '8001' ? first : second;
  expect(waiter.stdout).toMatch(/Waiting for the lease on environment "production": number 1 in line; it is held by run 800[12] attempt 1/);
  const { state } = await sb.ledger(at).read();
  expect(state.leases.production).toBeUndefined();
  // The later deploy promoted over the earlier one and is what runs, verified.
  expect(state.environments.production).toMatchObject({ releaseId: (waiter === first ? a : b).releaseId, verified: true });
}, 60_000);

test('a deploy killed with SIGKILL and no post: its lease lapses by its TTL and the next deploy closes its deployment', async () => {
  const at = await sb.createRepo('lease-killed');
  const [a, b] = [await modeRelease(sb, at, 'a'), await modeRelease(sb, at, 'b')];
  const killed = await deployAction(sb, at, { inputs: { ...quick, 'release-id': a.releaseId, run: 'echo started; sleep 15' }, runId: 8101, killAfterMs: 6000, skipPost: true });
  const killedAt = Date.now();
  expect(killed.signal).toBe('SIGKILL');
  expect(killed.stdout).toContain('[run 100%] started');
  const { state: held } = await sb.ledger(at).read();
  expect(held.leases.production).toMatchObject({ owner: { runId: 8101 } });
  const deploymentId = Number(killed.state['deployment-id']);
  expect((await statesOf(sb, at, deploymentId)).at(-1)!.state).toBe('in_progress');

  const next = await deployAction(sb, at, { inputs: { ...quick, 'release-id': b.releaseId, run: 'true' }, runId: 8102 });
  expect({ verdict: next.outputs.verdict, log: next.outputs.verdict === 'success' ? '' : logOf(next) }).toEqual({ verdict: 'success', log: '' });
  const report = await reportOf(next);
  // It waited for the TTL (10 s, renewed every 3.3 s until the kill), not for ever.
  expect(report.lease!.reclaimed).toMatch(/run 8101 attempt 1 .*'s lease \(its TTL ran out\)/);
  expect(Date.parse(report.lease!.acquiredAt)).toBeLessThan(killedAt + 10_000 + 2_000);
  expect(report.closedStale).toEqual([{ deploymentId, releaseId: a.releaseId, description: expect.stringContaining('closed by run 8102 attempt 1') }]);
  expect((await statesOf(sb, at, deploymentId)).map((s) => s.state)).toEqual(['success', 'in_progress', 'error']);
  expect(next.summary).toContain('Closed deployments left in progress');
  expect((await sb.ledger(at).read()).state.leases.production).toBeUndefined();
}, 60_000);

test('a deploy killed with SIGKILL whose post step runs: post closes the deployment and releases the lease', async () => {
  const at = await sb.createRepo('lease-post');
  const a = await modeRelease(sb, at, 'a');
  const killed = await deployAction(sb, at, { inputs: { ...quick, 'release-id': a.releaseId, run: 'echo started; sleep 15' }, runId: 8201, killAfterMs: 6000 });
  expect(killed.signal).toBe('SIGKILL');
  const deploymentId = Number(killed.state['deployment-id']);
  expect(killed.post?.exitCode).toBe(0);
  expect(killed.post?.stdout).toContain(`deployment ${deploymentId} was still in progress: set to error`);
  expect(killed.post?.stdout).toContain('released the lease on production');
  const states = await statesOf(sb, at, deploymentId);
  expect(states.map((s) => s.state)).toEqual(['success', 'in_progress', 'error']);
  expect(states.at(-1)!.description).toContain('closed by its post step');
  expect((await sb.ledger(at).read()).state.leases.production).toBeUndefined();
}, 30_000);

test('a cancelled deploy kills its command, sets its deployment to error and releases the lease (in process)', async () => {
  const at = await sb.createRepo('lease-cancel');
  const a = await modeRelease(sb, at, 'a');
  const cancel = new AbortController();
  const logger = memoryLogger();
  const saved = new Map<string, string>();
  const workspace = mkdtempSync(join(tmpdir(), 'stopline-deploy-cancel-'));
  const running = runDeploy(
    {
      client: sb.client,
      at: { owner: at.owner, repo: at.repo },
      ledger: sb.ledger(at),
      logger: {
        ...logger,
        info: (message) => {
          logger.info(message);
          if (message.startsWith('[run 100%] started')) cancel.abort(new Error('the run was cancelled (SIGINT)'));
        },
      },
      now: () => new Date(),
      actor: 'sandbox-user',
      commit: at.headSha,
      eventPayload: {},
      owner: { runId: 8301, runAttempt: 1 },
      runs: async () => ({ status: 'in_progress', runAttempt: 1 }),
      workspace,
      workDir: workspace,
      baseEnv: { PATH: process.env.PATH },
      signal: cancel.signal,
      remember: (name, value) => void saved.set(name, value),
    },
    { environment: 'production', releaseId: a.releaseId, run: 'echo started; sleep 30', smoke: parseSmoke(''), steps: [100], baselineMs: 0, intervalMs: 1000, samples: 1, leaseTtlMs: 10_000, lockTimeoutMs: 10_000 },
  );
  const started = Date.now();
  const report = await running;
  expect(Date.now() - started).toBeLessThan(10_000);
  expect(report.verdict).toBe('failed');
  expect(report.reason).toBe('stopped at step 1 of 1 (100%): the run was cancelled (SIGINT); not rolled back');
  expect(report.steps[0]).toMatchObject({ outcome: 'cancelled', command: { signal: 'SIGTERM', ok: false } });
  expect(report.todo[0]).toMatch(/^production may run /);
  const states = await statesOf(sb, at, report.deploymentId!);
  expect(states.map((s) => s.state)).toEqual(['success', 'in_progress', 'error']);
  expect(states.at(-1)!.description).toBe('stopped at step 1 of 1 (100%): the run was cancelled (SIGINT)');
  expect(saved.get('deployment-closed')).toBe('true');
  expect(saved.get('lease-released')).toBe('true');
  expect((await sb.ledger(at).read()).state.leases.production).toBeUndefined();
}, 30_000);
