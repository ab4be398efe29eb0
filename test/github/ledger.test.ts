import { createGitHubClient, type GitHubClientOptions } from '../../src/github/client.js';
import { Ledger, type LedgerOptions } from '../../src/github/ledger.js';
import { PermissionError } from '../../src/github/permissions.js';
import { ConfigurationError } from '../../src/runtime/errors.js';
import { memoryLogger } from '../../src/runtime/logger.js';
import type { Freeze, LedgerState } from '../../src/state/state.js';
import { startTestSandbox, type TestSandbox } from '../support/sandbox.js';

let sb: TestSandbox;
beforeAll(async () => {
  sb = await startTestSandbox();
});
afterAll(async () => {
  await sb.stop();
});
afterEach(() => sb.sandbox.setFaults({}));

let repoCount = 0;
async function newRepo() {
  repoCount += 1;
  return sb.createRepo(`ledger-${repoCount}`);
}

function clientFor(extra: Partial<GitHubClientOptions> = {}) {
  return createGitHubClient({ token: 'test-token', baseUrl: sb.url, retryAfterBaseMs: 1, ...extra });
}

function ledgerFor(repo: { owner: string; repo: string }, extra: Partial<LedgerOptions> = {}, client = clientFor()) {
  return new Ledger(client, { owner: repo.owner, repo: repo.repo, sleep: async () => {}, ...extra });
}

const freeze = (id: string): Freeze => ({ id, reason: `freeze ${id}`, by: 'test', since: '2026-05-01T00:00:00Z', source: 'manual' });
const addFreeze = (id: string) => (state: LedgerState) => ({
  state: { ...state, freezes: [...state.freezes, freeze(id)] },
  result: state.freezes.length,
});

/** The ledger ref's commits, walked through parents from the head: the audit log as git sees it. */
async function walk(repo: { owner: string; repo: string }, ref = 'stopline/ledger') {
  const { data: head } = await sb.octokit.rest.git.getRef({ ...repo, ref });
  const commits: { sha: string; parents: string[]; message: string; author: string }[] = [];
  let sha: string | undefined = head.object.sha;
  while (sha) {
    const { data }: { data: { parents: { sha: string }[]; message: string; author: { name: string; email: string } } } =
      await sb.octokit.rest.git.getCommit({ ...repo, commit_sha: sha });
    commits.push({ sha, parents: data.parents.map((p) => p.sha), message: data.message, author: `${data.author.name} <${data.author.email}>` });
    sha = data.parents[0]?.sha;
  }
  return commits;
}

test('reading a ledger that was never written gives the empty state and no head', async () => {
  const repo = await newRepo();
  const now = new Date('2026-05-01T12:00:00Z');
  const ledger = ledgerFor(repo, { now: () => now });
  const { state, head } = await ledger.read();
  expect(head).toBeNull();
  expect(state.line).toEqual({ state: 'green', since: '2026-05-01T12:00:00.000Z' });
  expect(state.freezes).toEqual([]);
  expect(await ledger.history()).toEqual([]);
});

test('the first update creates the ref; the next fast-forwards it', async () => {
  const repo = await newRepo();
  const ledger = ledgerFor(repo);

  const first = await ledger.update('freeze: a', addFreeze('a'));
  expect(first).toMatchObject({ result: 0, attempts: 1, changed: true });
  const { data: ref } = await sb.octokit.rest.git.getRef({ ...repo, ref: 'stopline/ledger' });
  expect(ref.object.sha).toBe(first.head);

  const second = await ledger.update('freeze: b', addFreeze('b'));
  expect(second).toMatchObject({ result: 1, attempts: 1, changed: true });
  expect(second.state.freezes.map((f) => f.id)).toEqual(['a', 'b']);

  const commits = await walk(repo);
  expect(commits.map((c) => c.message)).toEqual(['freeze: b', 'freeze: a']);
  expect(commits[0]!.parents).toEqual([first.head]);
  // The first ledger commit is a root: the repository's own history is not part of the ledger.
  expect(commits[1]!.parents).toEqual([]);
  expect(commits[0]!.author).toBe('Stopline <stopline@users.noreply.github.com>');

  // The commit holds the canonical state.json and a README that says what the ref is.
  const { data: commit } = await sb.octokit.rest.git.getCommit({ ...repo, commit_sha: second.head! });
  const { data: tree } = await sb.octokit.rest.git.getTree({ ...repo, tree_sha: commit.tree.sha });
  expect(tree.tree.map((e) => e.path).sort()).toEqual(['README.md', 'state.json']);
  const stateEntry = tree.tree.find((e) => e.path === 'state.json')!;
  const { data: blob } = await sb.octokit.rest.git.getBlob({ ...repo, file_sha: stateEntry.sha! });
  const text = Buffer.from(blob.content, 'base64').toString('utf8');
  expect(text.endsWith('}\n')).toBe(true);
  expect(JSON.parse(text).freezes.map((f: Freeze) => f.id)).toEqual(['a', 'b']);

  const { state, head } = await ledgerFor(repo).read();
  expect(head).toBe(second.head);
  expect(state).toEqual(second.state);
});

test('a change that returns an equal state writes nothing', async () => {
  const repo = await newRepo();
  const ledger = ledgerFor(repo);
  const { head } = await ledger.update('freeze: a', addFreeze('a'));
  const same = await ledger.update('nothing', (state) => ({ state: { ...state }, result: 'kept' }));
  expect(same).toMatchObject({ result: 'kept', head, changed: false, attempts: 1 });
  // Even a change that mutates its argument in place and hands it back is seen as a no-op only if equal.
  const mutated = await ledger.update('freeze: b', (state) => {
    state.freezes.push(freeze('b'));
    return { state, result: null };
  });
  expect(mutated.changed).toBe(true);
  expect((await walk(repo)).map((c) => c.message)).toEqual(['freeze: b', 'freeze: a']);
});

test('a writer that loses the race re-reads, re-applies its change and keeps both changes', async () => {
  const repo = await newRepo();
  const logger = memoryLogger();
  const ledger = ledgerFor(repo, { logger });
  const rival = ledgerFor(repo);
  await ledger.update('freeze: base', addFreeze('base'));

  let calls = 0;
  const outcome = await ledger.update('freeze: mine', async (state) => {
    calls += 1;
    // Between our read and our ref move, another writer commits.
    if (calls === 1) await rival.update('freeze: theirs', addFreeze('theirs'));
    return addFreeze('mine')(state);
  });
  expect(calls).toBe(2);
  expect(outcome.attempts).toBe(2);
  expect(outcome.result).toBe(2); // applied on top of base + theirs
  expect((await ledger.read()).state.freezes.map((f) => f.id)).toEqual(['base', 'theirs', 'mine']);
  expect((await walk(repo)).map((c) => c.message)).toEqual(['freeze: mine', 'freeze: theirs', 'freeze: base']);
  expect(logger.lines).toContainEqual({
    level: 'info',
    message: expect.stringMatching(/^ledger refs\/stopline\/ledger in sandbox-user\/ledger-\d+ was moved by another writer \(attempt 1 of 20\); retrying in \d+ ms$/),
  });
});

test('two writers racing for the first commit both end up in the history', async () => {
  const repo = await newRepo();
  const ledger = ledgerFor(repo);
  const rival = ledgerFor(repo);
  let calls = 0;
  const outcome = await ledger.update('freeze: mine', async (state) => {
    calls += 1;
    if (calls === 1) await rival.update('freeze: theirs', addFreeze('theirs'));
    return addFreeze('mine')(state);
  });
  expect(outcome.attempts).toBe(2);
  const commits = await walk(repo);
  expect(commits.map((c) => c.message)).toEqual(['freeze: mine', 'freeze: theirs']);
});

test('gives up after maxAttempts with a message that says what to do', async () => {
  const repo = await newRepo();
  const rival = ledgerFor(repo);
  const sleeps: number[] = [];
  const ledger = ledgerFor(repo, { maxAttempts: 3, sleep: async (ms) => void sleeps.push(ms), random: () => 0.999 });
  let n = 0;
  await expect(
    ledger.update('never lands', async (state) => {
      n += 1;
      await rival.update(`rival ${n}`, addFreeze(`rival-${n}`));
      return addFreeze('mine')(state);
    }),
  ).rejects.toThrow(
    `ledger refs/stopline/ledger in ${repo.owner}/${repo.repo}: gave up after 3 attempts because other writers kept moving it; retry the step`,
  );
  // Full jitter under a doubling ceiling: 50 ms, then 100 ms.
  expect(sleeps).toEqual([49, 99]);
  expect((await rival.read()).state.freezes.map((f) => f.id)).toEqual(['rival-1', 'rival-2', 'rival-3']);
});

test('ten writers in one process all land, each exactly once', async () => {
  const repo = await newRepo();
  const ids = Array.from({ length: 10 }, (_, i) => `w${i}`);
  const outcomes = await Promise.all(
    ids.map((id) => ledgerFor(repo, { sleep: undefined }, clientFor()).update(`freeze: ${id}`, addFreeze(id))),
  );
  const { state } = await ledgerFor(repo).read();
  expect(state.freezes.map((f) => f.id).sort()).toEqual([...ids].sort());
  expect(new Set(outcomes.map((o) => o.result))).toEqual(new Set(ids.map((_, i) => i)));
  const commits = await walk(repo);
  expect(commits).toHaveLength(10);
  expect(commits.filter((c) => c.parents.length === 0)).toHaveLength(1);
});

test('updates survive injected 5xx, secondary rate limits and 429s', async () => {
  const repo = await newRepo();
  sb.sandbox.setFaults({ errorRate: 0.2, rateLimitRate: 0.05, tooManyRate: 0.05, retryAfterSeconds: 1, seed: 7 });
  const ids = Array.from({ length: 6 }, (_, i) => `f${i}`);
  const statuses: number[] = [];
  const counting: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    statuses.push(response.status);
    return response;
  };
  const faulty = () => clientFor({ retries: 8, fetch: counting });
  // Three in sequence, three at once: retries on both transport and ref conflicts.
  for (const id of ids.slice(0, 3)) await ledgerFor(repo, {}, faulty()).update(`freeze: ${id}`, addFreeze(id));
  await Promise.all(ids.slice(3).map((id) => ledgerFor(repo, { sleep: undefined }, faulty()).update(`freeze: ${id}`, addFreeze(id))));
  sb.sandbox.setFaults({});
  // The faults did happen, and were all absorbed.
  expect(statuses.filter((s) => s >= 500).length).toBeGreaterThan(0);
  expect(statuses.filter((s) => s === 403 || s === 429).length).toBeGreaterThan(0);
  const { state } = await ledgerFor(repo).read();
  expect(state.freezes.map((f) => f.id).sort()).toEqual(ids);
  expect(await walk(repo)).toHaveLength(6);
});

/** A fetch whose first matching request reaches the sandbox but whose answer is replaced by a 502. */
function losingFirstAnswer(method: string) {
  const state = { dropped: false };
  const lossy: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    if (!state.dropped && init?.method === method && /\/git\/refs(\/|$)/.test(String(input))) {
      state.dropped = true;
      return new Response(JSON.stringify({ message: 'Bad Gateway' }), { status: 502, headers: { 'content-type': 'application/json' } });
    }
    return response;
  };
  return { lossy, state };
}

test('a ref update whose answer was lost is not applied twice', async () => {
  const repo = await newRepo();
  await ledgerFor(repo).update('freeze: a', addFreeze('a'));
  // The client retries a PATCH that already happened.
  const { lossy, state: drop } = losingFirstAnswer('PATCH');
  const outcome = await ledgerFor(repo, {}, clientFor({ fetch: lossy })).update('freeze: b', addFreeze('b'));
  expect(drop.dropped).toBe(true);
  expect(outcome).toMatchObject({ changed: true, result: 1 });
  const { state, head } = await ledgerFor(repo).read();
  expect(head).toBe(outcome.head);
  expect(state.freezes.map((f) => f.id)).toEqual(['a', 'b']);
  expect((await walk(repo)).map((c) => c.message)).toEqual(['freeze: b', 'freeze: a']);
});

test('a ref creation whose answer was lost is recognised as ours, not retried as a conflict', async () => {
  const repo = await newRepo();
  // The retried POST meets "Reference already exists"; the ledger finds its own commit at the head.
  const { lossy, state: drop } = losingFirstAnswer('POST');
  const outcome = await ledgerFor(repo, {}, clientFor({ fetch: lossy })).update('freeze: a', addFreeze('a'));
  expect(drop.dropped).toBe(true);
  expect(outcome).toMatchObject({ changed: true, result: 0, attempts: 1 });
  expect((await ledgerFor(repo).read()).state.freezes.map((f) => f.id)).toEqual(['a']);
  expect((await walk(repo)).map((c) => c.message)).toEqual(['freeze: a']);
});

test('history lists the ledger commits newest first, up to a limit', async () => {
  const repo = await newRepo();
  const ledger = ledgerFor(repo);
  for (const id of ['a', 'b', 'c']) await ledger.update(`freeze: ${id}`, addFreeze(id));
  const all = await ledger.history();
  expect(all.map((e) => e.message)).toEqual(['freeze: c', 'freeze: b', 'freeze: a']);
  expect(all[0]).toMatchObject({ author: 'Stopline', parents: [all[1]!.sha] });
  expect(all[2]!.parents).toEqual([]);
  expect(Date.parse(all[0]!.date)).not.toBeNaN();
  expect((await ledger.history(2)).map((e) => e.message)).toEqual(['freeze: c', 'freeze: b']);
});

test('a hand-broken state.json is reported with the ref, commit and position', async () => {
  const repo = await newRepo();
  const ledger = ledgerFor(repo);
  const { head } = await ledger.update('freeze: a', addFreeze('a'));
  // Someone pushes a commit with broken JSON on top of the ledger.
  const { data: blob } = await sb.octokit.rest.git.createBlob({ ...repo, content: '{\n  "schemaVersion": 1,\n  oops\n}\n', encoding: 'utf-8' });
  const { data: tree } = await sb.octokit.rest.git.createTree({ ...repo, tree: [{ path: 'state.json', mode: '100644', type: 'blob', sha: blob.sha }] });
  const { data: commit } = await sb.octokit.rest.git.createCommit({ ...repo, message: 'by hand', tree: tree.sha, parents: [head!] });
  await sb.octokit.rest.git.updateRef({ ...repo, ref: 'stopline/ledger', sha: commit.sha });

  const error = await ledger.read().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ConfigurationError);
  expect((error as Error).message).toMatch(
    new RegExp(`^ledger state.json at refs/stopline/ledger \\(${commit.sha.slice(0, 7)}\\) in ${repo.owner}/${repo.repo} is not valid JSON at line 3, column 3`),
  );
  // Updates refuse too: they never build on a state they cannot read.
  await expect(ledger.update('x', addFreeze('x'))).rejects.toBeInstanceOf(ConfigurationError);
});

test('a ref that is not a ledger, or is not a full ref name, is a configuration error', async () => {
  const repo = await newRepo();
  await expect(ledgerFor(repo, { ref: 'refs/heads/main' }).read()).rejects.toThrow(
    /^ledger refs\/heads\/main in sandbox-user\/ledger-\d+ points at commit [0-9a-f]{7}, which has no state.json/,
  );
  expect(() => ledgerFor(repo, { ref: 'stopline-ledger' })).toThrow(ConfigurationError);
  expect(() => ledgerFor(repo, { ref: 'refs/ledger' })).toThrow('is not a full ref name');
});

test('a repository that does not exist (or cannot be seen) is not mistaken for an empty ledger', async () => {
  const error = await ledgerFor({ owner: 'sandbox-user', repo: 'no-such-repo' }).read().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ConfigurationError);
  expect((error as Error).message).toMatch(/^repository sandbox-user\/no-such-repo was not found, or the token cannot read it/);
});

test('a token without contents: write gets the permission to add', async () => {
  const repo = await newRepo();
  const ledger = ledgerFor(repo, {}, clientFor({ token: 'readonly-token' }));
  expect((await ledger.read()).head).toBeNull();
  const error = await ledger.update('freeze: a', addFreeze('a')).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(PermissionError);
  expect((error as Error).message).toBe(
    'POST /repos/{owner}/{repo}/git/trees was refused (403 Resource not accessible by integration): this step needs ' +
      '`contents: write` permission. Add `permissions: contents: write` to the job (a `permissions:` block replaces ' +
      'the defaults, so list every permission the job uses).',
  );
});

describe('update from a snapshot the caller just read', () => {
  /** A client that counts its requests. */
  async function counted() {
    const { httpFetch } = await import('../../src/github/http-fetch.js');
    const seen = { requests: 0 };
    const client = clientFor({ fetch: ((url: string, init: unknown) => { seen.requests += 1; return (httpFetch as (u: string, i: unknown) => Promise<Response>)(url, init); }) as typeof fetch });
    return { client, seen };
  }

  test('a fresh snapshot saves the two reads of the first attempt', async () => {
    const repo = await newRepo();
    const { client, seen } = await counted();
    const ledger = ledgerFor(repo, {}, client);
    await ledger.update('freeze: a', addFreeze('a'));
    const snapshot = await ledger.read();

    seen.requests = 0;
    await ledger.update('freeze: b', addFreeze('b'));
    const reading = seen.requests;
    const snapshotAgain = await ledger.read();
    seen.requests = 0;
    const result = await ledger.update('freeze: c', addFreeze('c'), { from: snapshotAgain });
    expect(seen.requests).toBe(reading - 2);
    expect(result.state.freezes.map((f) => f.id)).toEqual(['a', 'b', 'c']);
    expect(snapshot.state.freezes.map((f) => f.id)).toEqual(['a']);
  });

  test('a stale snapshot never overwrites: the change is applied again on the newer head', async () => {
    const repo = await newRepo();
    const ledger = ledgerFor(repo);
    await ledger.update('freeze: a', addFreeze('a'));
    const stale = await ledger.read();
    await ledger.update('freeze: b', addFreeze('b'));
    const result = await ledger.update('freeze: c', addFreeze('c'), { from: stale });
    expect(result.attempts).toBe(2);
    expect((await ledger.read()).state.freezes.map((f) => f.id)).toEqual(['a', 'b', 'c']);
    expect((await walk(repo)).map((c) => c.message)).toEqual(['freeze: c', 'freeze: b', 'freeze: a']);
  });
});
