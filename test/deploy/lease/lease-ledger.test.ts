/**
 * The lease operations against the sandbox, in this process: fenced releases and renewals, the
 * lock-timeout error, stale waiters, cancellation, and a keeper that finds its lease lost.
 */
import {
  acquireLease,
  isLeaseTimeoutError,
  keepLeaseAlive,
  LeaseTimeoutError,
  releaseLease,
  renewLease,
  workflowRunLookup,
  type AcquireLeaseOptions,
} from '../../../src/deploy/lease/index.js';
import { createGitHubClient, type GitHubClient } from '../../../src/github/client.js';
import { Ledger } from '../../../src/github/ledger.js';
import { memoryLogger } from '../../../src/runtime/logger.js';
import type { LeaseOwner } from '../../../src/state/state.js';
import { startTestSandbox, type TestSandbox } from '../../support/sandbox.js';

const ENV = 'production';
const TIMING = { pollMinMs: 25, pollMaxMs: 150, heartbeatMs: 400, staleAfterMs: 3000, runCheckMs: 200, reportMs: 1000 };

let sb: TestSandbox;
beforeAll(async () => {
  sb = await startTestSandbox();
});
afterAll(async () => {
  await sb?.stop();
});

interface Setup {
  owner: string;
  repo: string;
  client: GitHubClient;
  ledger: Ledger;
  /** A new in-progress run; returns its owner. */
  run(actor?: string): Promise<LeaseOwner>;
  complete(runId: number): Promise<void>;
  /** Acquire options for `who` with test timings. */
  as(who: LeaseOwner, extra?: Partial<AcquireLeaseOptions>): AcquireLeaseOptions;
  head(): Promise<string | null>;
}

async function setup(name: string): Promise<Setup> {
  const { owner, repo } = await sb.createRepo(name);
  const client = createGitHubClient({ token: 'test-token', baseUrl: sb.url, retryAfterBaseMs: 10 });
  const ledger = new Ledger(client, { owner, repo });
  const runs = workflowRunLookup(client, { owner, repo });
  return {
    owner,
    repo,
    client,
    ledger,
    async run(actor) {
      const { data } = await sb.octokit.request('POST /_stopline/repos/{owner}/{repo}/actions/runs', { owner, repo, name: 'Deploy', ...(actor && { actor }) });
      const runId = (data as { id: number }).id;
      await sb.octokit.request('PATCH /_stopline/repos/{owner}/{repo}/actions/runs/{run_id}', { owner, repo, run_id: runId, status: 'in_progress' });
      return { runId, runAttempt: 1, workflow: 'Deploy', ...(actor && { actor }) };
    },
    async complete(runId) {
      await sb.octokit.request('PATCH /_stopline/repos/{owner}/{repo}/actions/runs/{run_id}', { owner, repo, run_id: runId, status: 'completed', conclusion: 'success' });
    },
    as: (who, extra = {}) => ({ ledger, environment: ENV, owner: who, runs, ttlMs: 10_000, timeoutMs: 5000, timing: TIMING, ...extra }),
    head: async () => (await ledger.read()).head,
  };
}

describe('releaseLease', () => {
  test('a release by another run, another attempt, or an older epoch of the same run changes nothing and says so', async () => {
    const s = await setup('lease-release-fencing');
    const a = await s.run('alice');
    const b = await s.run('bob');
    // Run a deploys twice: its first lease (epoch 1) is released, then it takes epoch 2.
    const first = await acquireLease(s.as(a));
    await releaseLease({ ledger: s.ledger, environment: ENV, owner: a }, { epoch: first.epoch });
    const second = await acquireLease(s.as(a));
    expect([first.epoch, second.epoch]).toEqual([1, 2]);

    const head = await s.head();
    const logger = memoryLogger();
    const byOther = await releaseLease({ ledger: s.ledger, environment: ENV, owner: b, logger }, { epoch: 2 });
    expect(byOther).toMatchObject({ released: false, reason: 'other-owner', holder: { epoch: 2, owner: { runId: a.runId } } });
    expect(byOther.message).toBe(
      `Did not release the lease on environment "production" for run ${b.runId} attempt 1 of "Deploy" by @bob: it is held by ` +
        `run ${a.runId} attempt 1 of "Deploy" by @alice since ${second.acquiredAt} (epoch 2, expires ${second.expiresAt}). Nothing was changed.`,
    );
    expect(logger.lines).toEqual([{ level: 'warning', message: byOther.message }]);

    const byNextAttempt = await releaseLease({ ledger: s.ledger, environment: ENV, owner: { ...a, runAttempt: 2 } }, { epoch: 2 });
    expect(byNextAttempt).toMatchObject({ released: false, reason: 'other-owner' });

    const byOlderEpoch = await releaseLease({ ledger: s.ledger, environment: ENV, owner: a }, { epoch: 1, ticket: first.ticket });
    expect(byOlderEpoch).toMatchObject({ released: false, reason: 'stale-epoch', holder: { epoch: 2 } });
    expect(byOlderEpoch.message).toContain("this run's claim (epoch 1) is not the lease in force");
    // Nothing was written: the ledger's head has not moved.
    expect(await s.head()).toBe(head);
    expect((await s.ledger.read()).state.leases[ENV]).toMatchObject({ epoch: 2, ticket: second.ticket });

    const byOwner = await releaseLease({ ledger: s.ledger, environment: ENV, owner: a }, { epoch: 2 });
    expect(byOwner).toMatchObject({ released: true, lease: { epoch: 2 } });
    expect((await s.ledger.read()).state.leases[ENV]).toBeUndefined();
    // Releasing again: nobody holds it, nothing written.
    const head2 = await s.head();
    expect(await releaseLease({ ledger: s.ledger, environment: ENV, owner: a }, { epoch: 2 })).toMatchObject({ released: false, reason: 'not-held' });
    expect(await s.head()).toBe(head2);
  });

  test('post: without the epoch releases by the ticket saved before acquiring', async () => {
    const s = await setup('lease-release-ticket');
    const a = await s.run();
    const ticket = 'saved-before-acquiring';
    await acquireLease(s.as(a, { ticket }));
    expect(await releaseLease({ ledger: s.ledger, environment: ENV, owner: a }, { ticket })).toMatchObject({ released: true });
  });
});

describe('lock-timeout', () => {
  test('names who holds the lease since when, and leaves the line without this waiter; renewals keep the live holder', async () => {
    const s = await setup('lease-timeout');
    const a = await s.run('alice');
    const b = await s.run('bob');
    // A 1 s TTL renewed every 300 ms: only renewals keep it from lapsing during the 2 s wait.
    const held = await acquireLease(s.as(a, { ttlMs: 1000 }));
    const keeper = keepLeaseAlive({ ledger: s.ledger, environment: ENV, owner: a }, held, { ttlMs: 1000, everyMs: 300 });
    const logger = memoryLogger();
    const positions: number[] = [];
    const error = await acquireLease(s.as(b, { timeoutMs: 2000, logger, onWait: (p) => positions.push(p.position) })).catch((e: unknown) => e);
    await keeper.stop();

    expect(isLeaseTimeoutError(error)).toBe(true);
    const timeout = error as LeaseTimeoutError;
    expect(timeout.message).toMatch(
      new RegExp(
        `^Gave up waiting for the lease on environment "production" after 2(\\.\\d)?s \\(lock-timeout 2s\\): it is held by ` +
          `run ${a.runId} attempt 1 of "Deploy" by @alice since ${held.acquiredAt.replace(/\./g, '\\.')} \\(epoch 1, expires [^)]+\\)\\. ` +
          'Raise lock-timeout, or cancel that run if it is stuck',
      ),
    );
    expect(timeout.holder).toMatchObject({ epoch: 1, owner: { runId: a.runId } });
    expect(timeout.environment).toBe(ENV);
    expect(positions.length).toBeGreaterThan(3);
    expect(new Set(positions)).toEqual(new Set([1]));
    expect(logger.lines.filter((l) => l.level === 'info').map((l) => l.message)[0]).toMatch(
      new RegExp(`^Waiting for the lease on environment "production": number 1 in line; it is held by run ${a.runId} attempt 1`),
    );

    const { state } = await s.ledger.read();
    expect(state.leaseQueues?.[ENV]?.waiting).toEqual([]);
    // Still a's lease, epoch 1, renewed past its first expiry.
    expect(state.leases[ENV]).toMatchObject({ epoch: 1, owner: { runId: a.runId } });
    expect(Date.parse(state.leases[ENV]!.expiresAt)).toBeGreaterThan(Date.parse(held.expiresAt) + 1000);
    expect(keeper.lost).toBeUndefined();
  });

  test('a lock-timeout of 0 tries once', async () => {
    const s = await setup('lease-timeout-zero');
    const a = await s.run();
    await acquireLease(s.as(a));
    const started = Date.now();
    await expect(acquireLease(s.as(await s.run(), { timeoutMs: 0 }))).rejects.toBeInstanceOf(LeaseTimeoutError);
    expect(Date.now() - started).toBeLessThan(1000);
    expect((await s.ledger.read()).state.leaseQueues?.[ENV]?.waiting).toEqual([]);
  });
});

describe('stale waiters', () => {
  test('a waiter whose run completed and one that stopped polling are dropped, so the live one behind them gets the lease', async () => {
    const s = await setup('lease-stale-waiters');
    const a = await s.run();
    const dead = await s.run();
    const silent = await s.run();
    const c = await s.run();
    const held = await acquireLease(s.as(a));
    // Two waiters ahead of c that will never take their turn: one whose run has completed, one
    // whose process vanished (its heartbeat is older than staleAfterMs; its run still shows running).
    const longAgo = new Date(Date.now() - 60_000).toISOString();
    await s.ledger.update('test: dead waiters', (state) => ({
      state: {
        ...state,
        leaseQueues: {
          [ENV]: {
            lastEpoch: 1,
            waiting: [
              { owner: dead, ticket: 'dead', enqueuedAt: longAgo, heartbeatAt: new Date().toISOString() },
              { owner: silent, ticket: 'silent', enqueuedAt: longAgo, heartbeatAt: longAgo },
            ],
          },
        },
      },
      result: null,
    }));
    await s.complete(dead.runId);
    const logger = memoryLogger();
    const waiting = acquireLease(s.as(c, { logger }));
    await new Promise((r) => setTimeout(r, 300));
    await releaseLease({ ledger: s.ledger, environment: ENV, owner: a }, { epoch: held.epoch });
    const releasedAt = Date.now();
    const got = await waiting;
    expect(got.epoch).toBe(2);
    expect(Date.parse(got.acquiredAt) - releasedAt).toBeLessThan(1000);
    const dropped = logger.lines.filter((l) => l.message.startsWith('Dropped')).map((l) => l.message);
    expect(dropped).toEqual([
      `Dropped run ${silent.runId} attempt 1 of "Deploy" from the line for environment "production": it has not polled since ${longAgo}.`,
      `Dropped run ${dead.runId} attempt 1 of "Deploy" from the line for environment "production": its run has completed.`,
    ]);
    expect((await s.ledger.read()).state.leaseQueues?.[ENV]?.waiting).toEqual([]);
  });
});

describe('cancellation and lost leases', () => {
  test('an aborted wait leaves the line and rejects with the signal’s reason', async () => {
    const s = await setup('lease-abort');
    await acquireLease(s.as(await s.run()));
    const controller = new AbortController();
    const waiting = acquireLease(s.as(await s.run(), { signal: controller.signal }));
    await new Promise((r) => setTimeout(r, 300));
    expect((await s.ledger.read()).state.leaseQueues?.[ENV]?.waiting).toHaveLength(1);
    controller.abort(new Error('the run was cancelled'));
    await expect(waiting).rejects.toThrow('the run was cancelled');
    expect((await s.ledger.read()).state.leaseQueues?.[ENV]?.waiting).toEqual([]);
  });

  test('a keeper whose lease was reclaimed (its run looked completed) reports it lost and stops renewing', async () => {
    const s = await setup('lease-lost');
    const a = await s.run();
    const held = await acquireLease(s.as(a));
    const lost: string[] = [];
    const keeper = keepLeaseAlive({ ledger: s.ledger, environment: ENV, owner: a }, held, { ttlMs: 10_000, everyMs: 200, onLost: (o) => lost.push(o.message) });
    await s.complete(a.runId);
    const b = await s.run();
    const taken = await acquireLease(s.as(b));
    expect(taken.reclaimed?.reason).toBe('owner-finished');
    await new Promise((r) => setTimeout(r, 500));
    await keeper.stop();
    expect(keeper.lost).toMatchObject({ renewed: false, reason: 'other-owner', holder: { epoch: 2 } });
    expect(lost).toEqual([expect.stringMatching(/^The lease on environment "production" \(epoch 1\) was lost: it is now held by run \d+ attempt 1/)]);
    expect(await renewLease({ ledger: s.ledger, environment: ENV, owner: b }, taken.epoch, 10_000)).toMatchObject({ renewed: true });
  });
});
