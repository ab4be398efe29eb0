import { checkInvariants } from '../../src/cli/reliability/invariants.js';
import { replayProblems, type LedgerSnapshotCommit } from '../../src/cli/reliability/ledger-replay.js';
import { createGitHubClient, type GitHubClient } from '../../src/github/client.js';
import { Ledger } from '../../src/github/ledger.js';
import { moveRef, writeCommit } from '../../src/github/ledger-objects.js';
import { serializeState } from '../../src/state/serialize-state.js';
import { emptyState, type LedgerState, type ReleaseRecord } from '../../src/state/state.js';
import { startTestSandbox, type TestSandbox } from '../support/sandbox.js';

let sb: TestSandbox;
let client: GitHubClient;
beforeAll(async () => {
  sb = await startTestSandbox();
  client = createGitHubClient({ token: 'test-token', baseUrl: sb.url, retryAfterBaseMs: 1 });
});
afterAll(async () => {
  await sb.stop();
});

const NOW = new Date('2026-05-01T12:00:00Z');
const LEDGER_AT = { ref: 'refs/stopline/ledger' };
let repoCount = 0;
async function newRepo() {
  repoCount += 1;
  const created = await sb.createRepo(`invariants-${repoCount}`);
  return { owner: created.owner, repo: created.repo, headSha: created.headSha };
}

const release = (version: string, sha: string): ReleaseRecord => ({
  name: 'shop',
  version,
  sha,
  digest: `sha256:${version.replace(/\./g, '').padStart(64, '0')}`,
  createdAt: '2026-05-01T10:00:00.000Z',
});
const idOf = (version: string) => `sha256:${version.replace(/\./g, '').padStart(64, 'a')}`;

/** A ledger with one release built and promoted to staging, its lease released (all well). */
async function healthyLedger(repo: { owner: string; repo: string; headSha: string }): Promise<Ledger> {
  const ledger = new Ledger(client, { ...repo, now: () => NOW });
  await ledger.update('build-once: 1.0.0', (state) => ({ state: { ...state, releases: { [idOf('1.0.0')]: release('1.0.0', repo.headSha) } }, result: null }));
  await ledger.update('promote: staging', (state) => ({
    state: { ...state, environments: { staging: { releaseId: idOf('1.0.0'), sha: repo.headSha, since: '2026-05-01T11:00:00.000Z', verified: false } } },
    result: null,
  }));
  await ledger.update('deploy: lease', (state) => ({
    state: { ...state, leases: { staging: { owner: { runId: 1, runAttempt: 1 }, acquiredAt: '2026-05-01T11:00:00.000Z', expiresAt: '2026-05-01T11:30:00.000Z', epoch: 1 } } },
    result: null,
  }));
  await ledger.update('deploy: release', (state) => ({
    state: { ...state, leases: {}, leaseQueues: { staging: { waiting: [], lastEpoch: 1 } } },
    result: null,
  }));
  return ledger;
}

describe('checkInvariants', () => {
  it('finds nothing wrong in a healthy repository, and counts what it saw', async () => {
    const repo = await newRepo();
    await healthyLedger(repo);
    const { data: deployment } = await sb.octokit.rest.repos.createDeployment({ ...repo, ref: repo.headSha, environment: 'staging', required_contexts: [] });
    const id = (deployment as { id: number }).id;
    await sb.octokit.rest.repos.createDeploymentStatus({ ...repo, deployment_id: id, state: 'in_progress' });
    await sb.octokit.rest.repos.createDeploymentStatus({ ...repo, deployment_id: id, state: 'success' });

    const report = await checkInvariants(client, repo, { now: NOW });
    expect(report).toEqual({
      ok: true,
      problems: [],
      counts: { ledgerCommits: 4, releases: 1, environments: 1, leasesHeld: 0, leasesExpired: 0, waiters: 0, deployments: 1, deploymentsUnfinished: 0 },
    });
  });

  it('is content with a repository that has no ledger yet', async () => {
    const repo = await newRepo();
    expect(await checkInvariants(client, repo)).toMatchObject({ ok: true, problems: [] });
  });

  it('reports a lease still held and a deploy still waiting, but not a lease past its TTL', async () => {
    const repo = await newRepo();
    const ledger = await healthyLedger(repo);
    const owner = { runId: 7, runAttempt: 2 };
    await ledger.update('deploy: leases', (state) => ({
      state: {
        ...state,
        leases: {
          staging: { owner, acquiredAt: '2026-05-01T11:50:00.000Z', expiresAt: '2026-05-01T12:20:00.000Z', epoch: 2 },
          production: { owner, acquiredAt: '2026-05-01T10:00:00.000Z', expiresAt: '2026-05-01T10:30:00.000Z', epoch: 1 },
        },
        leaseQueues: {
          staging: { waiting: [{ owner: { runId: 8, runAttempt: 1 }, ticket: 't-8', enqueuedAt: '2026-05-01T11:55:00.000Z', heartbeatAt: '2026-05-01T11:59:00.000Z' }], lastEpoch: 1 },
        },
      },
      result: null,
    }));

    const report = await checkInvariants(client, repo, { now: NOW });
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([
      "staging's deploy lease is held by run 7 attempt 2 (epoch 2) until 2026-05-01T12:20:00.000Z",
      "run 8 attempt 1 still waits for staging's deploy lease (ticket t-8)",
    ]);
    expect(report.counts).toMatchObject({ leasesHeld: 1, leasesExpired: 1, waiters: 1 });
  });

  it('reports deployments left in progress, queued, or without any status', async () => {
    const repo = await newRepo();
    const create = async (states: Array<'in_progress' | 'queued' | 'success' | 'error'>) => {
      const { data } = await sb.octokit.rest.repos.createDeployment({ ...repo, ref: repo.headSha, environment: 'production', required_contexts: [] });
      const id = (data as { id: number }).id;
      for (const state of states) await sb.octokit.rest.repos.createDeploymentStatus({ ...repo, deployment_id: id, state });
      return id;
    };
    const finished = await create(['in_progress', 'error']);
    const running = await create(['in_progress']);
    const queued = await create(['queued']);
    const bare = await create([]);

    const report = await checkInvariants(client, repo);
    expect(report.counts).toMatchObject({ deployments: 4, deploymentsUnfinished: 3 });
    const short = repo.headSha.slice(0, 7);
    expect(report.problems.sort()).toEqual(
      [
        `deployment ${running} (production, ${short}) is left in_progress`,
        `deployment ${queued} (production, ${short}) is left queued`,
        `deployment ${bare} (production, ${short}) is left without a status (GitHub shows it pending)`,
      ].sort(),
    );
    expect(report.problems.join('\n')).not.toContain(`deployment ${finished} `);
  });

  it('reports a history that lost a release and a pointer to an unknown release', async () => {
    const repo = await newRepo();
    const ledger = await healthyLedger(repo);
    // A writer that bypassed the rules: it drops the release staging runs.
    const { state, head } = await ledger.read();
    const broken: LedgerState = { ...state, releases: {} };
    const commit = await writeCommit(client, { ...repo, ...LEDGER_AT }, { stateText: serializeState(broken), parent: head, message: 'rogue: drop releases', date: NOW });
    expect(await moveRef(client, { ...repo, ...LEDGER_AT }, head, commit)).toBe('moved');

    const report = await checkInvariants(client, repo, { now: NOW });
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([
      `ledger commit ${commit.slice(0, 7)}: staging points at ${idOf('1.0.0')}, which the release registry does not record`,
      `ledger commit ${commit.slice(0, 7)} ("rogue: drop releases"): release ${idOf('1.0.0')} (1.0.0) was dropped from the registry`,
    ]);
  });

  it('reports a history that is not linear, and a state.json that does not validate', async () => {
    const repo = await newRepo();
    const ledger = await healthyLedger(repo);
    const at = { ...repo, ...LEDGER_AT };
    const { state, head } = await ledger.read();
    const history = await ledger.history(10);
    const oldest = history.at(-1)!.sha;
    // A merge commit on the ledger: two parents.
    const merge = await writeCommit(client, at, { stateText: serializeState({ ...state, freezes: [] , line: { ...state.line, state: 'red' } }), parent: head, message: 'merge', date: NOW });
    const { data: mergeCommit } = await client.rest.git.getCommit({ ...repo, commit_sha: merge });
    const { data: twoParents } = await client.rest.git.createCommit({ ...repo, message: 'two parents', tree: mergeCommit.tree.sha, parents: [head!, oldest] });
    expect(await moveRef(client, at, head, twoParents.sha)).toBe('moved');
    // Then a state that is not the schema's.
    const invalid = await writeCommit(client, at, { stateText: '{"schemaVersion": 1}\n', parent: twoParents.sha, message: 'invalid', date: NOW });
    expect(await moveRef(client, at, twoParents.sha, invalid)).toBe('moved');

    const report = await checkInvariants(client, repo, { now: NOW });
    expect(report.ok).toBe(false);
    const text = report.problems.join('\n');
    expect(text).toContain(`ledger commit ${twoParents.sha.slice(0, 7)} ("two parents"): parents [${head!.slice(0, 7)}, ${oldest.slice(0, 7)}], expected [${head!.slice(0, 7)}]: the history is not linear`);
    expect(text).toContain("the ledger's head state cannot be read");
    expect(text).toContain('does not match the ledger schema');
  });
});

describe('replayProblems', () => {
  const base = (): LedgerState => emptyState(NOW);
  const commit = (sha: string, parents: string[], state: LedgerState, message = sha): LedgerSnapshotCommit => ({ sha, parents, message, state });
  const withRelease = (state: LedgerState, version: string): LedgerState => ({ ...state, releases: { ...state.releases, [idOf(version)]: release(version, 'c'.repeat(40)) } });
  const pointing = (state: LedgerState, version: string, extra: Record<string, unknown> = {}): LedgerState => ({
    ...state,
    environments: { ...state.environments, staging: { releaseId: idOf(version), sha: 'c'.repeat(40), since: `2026-05-01T1${version.at(-1)}:00:00.000Z`, verified: false, ...extra } },
  });

  it('accepts a history of promotions that each name the release they replaced', () => {
    const one = pointing(withRelease(base(), '1.0.0'), '1.0.0');
    const two = pointing(withRelease(one, '1.0.1'), '1.0.1', { previousReleaseId: idOf('1.0.0') });
    const history = [commit('a1', [], withRelease(base(), '1.0.0')), commit('b2', ['a1'], one), commit('c3', ['b2'], two)];
    expect(replayProblems(history, { sha: 'c3', state: two })).toEqual([]);
  });

  it('reports a promotion overwritten unseen, a repeated write, a withdrawn verification and a lease epoch that repeats', () => {
    const one = pointing(withRelease(withRelease(base(), '1.0.0'), '1.0.1'), '1.0.0', { verified: true, verifiedAt: '2026-05-01T11:10:00.000Z' });
    const unverified = pointing(one, '1.0.0');
    const overwritten = pointing(unverified, '1.0.1');
    const leased = { ...overwritten, leases: { staging: { owner: { runId: 1, runAttempt: 1 }, acquiredAt: 'x', expiresAt: 'y', epoch: 3 } } };
    const released = { ...leased, leases: {}, leaseQueues: { staging: { waiting: [], lastEpoch: 3 } } };
    const regranted = { ...released, leases: { staging: { owner: { runId: 2, runAttempt: 1 }, acquiredAt: 'x', expiresAt: 'y', epoch: 3 } } };
    const history = [
      commit('a1', [], one),
      commit('b2', ['a1'], unverified),
      commit('c3', ['b2'], overwritten),
      commit('d4', ['c3'], overwritten),
      commit('e5', ['d4'], leased),
      commit('f6', ['e5'], released),
      commit('g7', ['f6'], regranted),
    ];
    const problems = replayProblems(history, { sha: 'g7', state: regranted });
    expect(problems).toEqual([
      `ledger commit b2 ("b2"): staging's verification of ${idOf('1.0.0')} was withdrawn or re-timed`,
      `ledger commit c3 ("c3"): staging moved from ${idOf('1.0.0')} to ${idOf('1.0.1')} without naming it as replaced (previousReleaseId absent): a promotion was overwritten unseen`,
      `ledger commit d4 ("d4"): repeats its parent's state (a write applied twice)`,
      "ledger commit g7 (\"g7\"): staging's lease was granted epoch 3, not above the 3 granted before",
    ]);
  });

  it('reports a head that is not the last commit of the history', () => {
    const state = base();
    const other = { ...state, freezes: [{ id: 'f', reason: 'r', by: 'me', since: NOW.toISOString(), source: 'manual' as const }] };
    expect(replayProblems([commit('a1', [], state)], { sha: 'b2', state: other })).toEqual([
      'the ledger ref points at b2, but its history ends at a1',
      'the state read at the ledger ref differs from its last commit a1',
    ]);
  });
});
