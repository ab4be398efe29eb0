import { COMMIT_LOCK_CONTEXT, setStatusOnShas } from '../../../src/lock/github/bulk-statuses.js';
import { PermissionError } from '../../../src/github/permissions.js';
import { memoryLogger } from '../../../src/runtime/logger.js';
import { startTestSandbox, type TestSandbox } from '../../support/sandbox.js';
import { countingClient, seedPullRequests, type Repo, type SeededPull } from './fixtures.js';

let sb: TestSandbox;
let at: Repo;
let pulls: SeededPull[];
beforeAll(async () => {
  sb = await startTestSandbox();
  const created = await sb.createRepo('bulk');
  at = { owner: created.owner, repo: created.repo };
  pulls = await seedPullRequests(sb.octokit, at, 40);
}, 60_000);
afterAll(() => sb.stop());
afterEach(() => sb.sandbox.setFaults({}));

async function latest(sha: string) {
  const { data } = await sb.octokit.rest.repos.getCombinedStatusForRef({ ...at, ref: sha });
  return data.statuses.find((s) => s.context === COMMIT_LOCK_CONTEXT);
}

test('sets one status on every distinct sha: one request each, repeats once', async () => {
  const shas = pulls.map((p) => p.headSha);
  const { client, requests } = countingClient(sb.url);
  const logger = memoryLogger();
  const result = await setStatusOnShas(client, at, {
    shas: [...shas, ...shas.slice(0, 5).map((s) => s.toUpperCase())],
    state: 'success',
    description: 'main is green; nothing waits',
    targetUrl: 'https://ci.example/runs/1',
    progressEvery: 10,
    logger,
  });
  expect(result.total).toBe(40);
  expect(result.set).toEqual(shas);
  expect(result.failed).toEqual([]);
  expect(requests).toHaveLength(40);
  expect(requests.every((r) => r.method === 'POST' && r.path.includes('/statuses/'))).toBe(true);
  const status = await latest(shas[7]!);
  expect(status).toMatchObject({ state: 'success', description: 'main is green; nothing waits', target_url: 'https://ci.example/runs/1' });
  // Progress every 10, then the total.
  const info = logger.lines.filter((l) => l.level === 'info').map((l) => l.message);
  expect(info).toEqual([
    `${COMMIT_LOCK_CONTEXT}: success set on 10 of 40 commits`,
    `${COMMIT_LOCK_CONTEXT}: success set on 20 of 40 commits`,
    `${COMMIT_LOCK_CONTEXT}: success set on 30 of 40 commits`,
    `${COMMIT_LOCK_CONTEXT}: success set on 40 of 40 commits`,
  ]);
});

test('a failing status write for one sha among many: the rest are set, the failure is reported', async () => {
  const shas = pulls.slice(0, 20).map((p) => p.headSha);
  const unknown = 'deadbeef'.repeat(5);
  const mixed = [...shas.slice(0, 10), unknown, ...shas.slice(10)];
  const { client } = countingClient(sb.url);
  const logger = memoryLogger();
  const result = await setStatusOnShas(client, at, { shas: mixed, state: 'pending', description: 'main red since 14:02 (a1b2c3d, run #812); waiting', logger });
  expect(result.set).toEqual(shas);
  expect(result.failed).toEqual([{ sha: unknown, status: 422, message: expect.stringContaining('No commit found') }]);
  for (const sha of [shas[0]!, shas[19]!]) expect((await latest(sha))?.state).toBe('pending');
  expect(logger.lines.some((l) => l.level === 'warning' && l.message.includes('deadbee'))).toBe(true);
  expect(logger.lines.at(-1)?.message).toMatch(/pending set on 20 of 21 commits; 1 failed: deadbee/);
});

test('server errors are retried by the client; what still fails after the retries is reported', async () => {
  sb.sandbox.setFaults({ errorRate: 0.3, seed: 7 });
  const shas = pulls.slice(20).map((p) => p.headSha);
  const { client, requests } = countingClient(sb.url);
  const result = await setStatusOnShas(client, at, { shas, state: 'success', description: 'retried', concurrency: 4 });
  sb.sandbox.setFaults({});
  // Which shas meet four faults in a row depends on how the concurrent requests interleave.
  expect(result.set.length + result.failed.length).toBe(20);
  expect(result.set.length).toBeGreaterThanOrEqual(15);
  expect(result.failed.every((f) => f.status! >= 500)).toBe(true);
  for (const sha of result.set) expect((await latest(sha))?.description).toBe('retried');
  expect(requests.length).toBeGreaterThan(20);
});

test('descriptions are cut to GitHub\'s 140 characters', async () => {
  const { client } = countingClient(sb.url);
  await setStatusOnShas(client, at, { shas: [pulls[0]!.headSha], state: 'pending', description: 'x'.repeat(300) });
  expect([...((await latest(pulls[0]!.headSha))?.description ?? '')]).toHaveLength(140);
});

test('a token without statuses: write stops at the first refusal and throws the PermissionError', async () => {
  const { client, requests } = countingClient(sb.url, { token: 'readonly-token' });
  const error = await setStatusOnShas(client, at, { shas: pulls.map((p) => p.headSha), state: 'success', description: 'green', concurrency: 3 }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(PermissionError);
  expect((error as Error).message).toMatch(/statuses: write/);
  // The three in flight when the first refusal came back, not all 40.
  expect(requests.length).toBeLessThanOrEqual(3);
});

test('no shas: no requests', async () => {
  const { client, requests } = countingClient(sb.url);
  expect(await setStatusOnShas(client, at, { shas: [], state: 'success', description: 'green' })).toEqual({ total: 0, set: [], failed: [] });
  expect(requests).toHaveLength(0);
});
