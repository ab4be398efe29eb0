/**
 * Deployment histories for dora-report tests, written through the sandbox's HTTP API with the
 * test-only time header, so every commit, deployment, status and issue carries the time the
 * story says. Plain Octokit, not the code under test. The end-to-end test and the known-answer
 * test share `seedKnownHistory`, placed relative to a `now` each chooses.
 */
import type { Octokit } from '@octokit/rest';
import { TIME_HEADER } from '../../src/sandbox/index.js';

export interface Repo {
  owner: string;
  repo: string;
}

const HOUR_MS = 60 * 60 * 1000;

/** The ISO time `hours` before `now`. */
export const hoursBefore = (now: Date, hours: number): string => new Date(now.getTime() - Math.round(hours * HOUR_MS)).toISOString();

const at = (time: string) => ({ headers: { [TIME_HEADER]: time } });

/** Creates `sandbox-user/<name>` whose first commit is dated `createdAt`; returns its head. */
export async function createRepo(octokit: Octokit, name: string, createdAt: string): Promise<Repo & { head: string }> {
  const { data } = await octokit.rest.repos.createForAuthenticatedUser({ name, auto_init: true, ...at(createdAt) });
  const { data: ref } = await octokit.rest.git.getRef({ owner: data.owner.login, repo: name, ref: 'heads/main' });
  return { owner: data.owner.login, repo: name, head: ref.object.sha };
}

/** A commit on top of `parent` (same tree) authored at `authoredAt`; moves `branch` to it when given. */
export async function commit(
  octokit: Octokit,
  repo: Repo,
  options: { parent: string; message: string; authoredAt: string; committedAt?: string; branch?: string; parents?: string[] },
): Promise<string> {
  const { data: parent } = await octokit.rest.git.getCommit({ ...repo, commit_sha: options.parent });
  const { data } = await octokit.rest.git.createCommit({
    ...repo,
    message: options.message,
    tree: parent.tree.sha,
    parents: options.parents ?? [options.parent],
    author: { name: 'Dev', email: 'dev@example.com', date: options.authoredAt },
    committer: { name: 'Dev', email: 'dev@example.com', date: options.committedAt ?? options.authoredAt },
  });
  if (options.branch) await octokit.rest.git.updateRef({ ...repo, ref: `heads/${options.branch}`, sha: data.sha, force: true });
  return data.sha;
}

export type State = 'success' | 'failure' | 'error' | 'inactive' | 'pending' | 'queued' | 'in_progress';

/** A deployment of `sha` created at `createdAt`, then its statuses at their times. Returns its id. */
export async function deploy(
  octokit: Octokit,
  repo: Repo,
  options: {
    sha: string;
    createdAt: string;
    environment?: string;
    payload?: Record<string, unknown>;
    statuses: { state: State; at: string; description?: string; autoInactive?: boolean }[];
  },
): Promise<number> {
  const { data } = await octokit.rest.repos.createDeployment({
    ...repo,
    ref: options.sha,
    environment: options.environment ?? 'production',
    payload: (options.payload ?? {}) as { [key: string]: unknown },
    required_contexts: [],
    auto_merge: false,
    ...at(options.createdAt),
  });
  const id = (data as { id: number }).id;
  for (const status of options.statuses) {
    await octokit.rest.repos.createDeploymentStatus({
      ...repo,
      deployment_id: id,
      state: status.state,
      ...(status.description ? { description: status.description } : {}),
      log_url: `https://ci.example/deployments/${id}/${status.state}`,
      ...(status.autoInactive === false ? { auto_inactive: false } : {}),
      ...at(status.at),
    });
  }
  return id;
}

/** An issue with the given labels, opened at `createdAt`. Returns its number. */
export async function openIssue(octokit: Octokit, repo: Repo, options: { title: string; body?: string; labels: string[]; createdAt: string }): Promise<number> {
  const { data } = await octokit.rest.issues.create({ ...repo, title: options.title, body: options.body ?? '', labels: options.labels, ...at(options.createdAt) });
  return data.number;
}

/** What `seedKnownHistory` made, for the assertions. */
export interface KnownHistory {
  repo: Repo;
  commits: Record<'c1' | 'c2' | 'c3' | 'c4' | 'c5' | 'c6' | 'c7' | 'c8' | 'c9' | 'c10', string>;
  deployments: Record<'D0' | 'P1' | 'P2' | 'P3' | 'C1' | 'C2' | 'C3' | 'C4' | 'C5' | 'C6' | 'C7', number>;
  incident: number;
}

/**
 * Two 7-day windows ending at `now` (previous: 336 h to 168 h before now; current: 168 h to 0),
 * all to `production`. Times are hours before `now`; the test computes every figure from them.
 *
 *   D0  c1   created 384   success 383:50   (before both windows: the base for P1)
 *   P1  c3   created 300   success 299:30   brings c2 (authored 330), c3 (312)
 *   P2  c4   created 258   failure 257:40
 *   P3  c5   created 251   success 250:40   brings c4 (264), c5 (252, Revert "c4")
 *   C1  c6   created 156   success 155:30   brings c6 (158)
 *   C2  c7   created 138   success 137:30   brings c7 (144); rolled back by C3
 *   C3  c6   created 136   success 135:50   payload rollback-of C2; brings nothing (c6 is behind c7)
 *   C4  c8   created 114   success 113:30   brings c7 again (144) and c8 (120); incident at 110 names c8
 *   C5  c9   created  96   error    95:45   would bring c9 (100, Revert "c8")
 *   C6  c9   created  93   success  92:30   brings c9
 *   C7  c10  created  48   queued, in_progress: still running
 *
 * GitHub's auto_inactive turns each earlier successful deployment `inactive` when a newer one
 * succeeds, so most successful deployments end with an `inactive` status.
 */
export async function seedKnownHistory(octokit: Octokit, name: string, now: Date): Promise<KnownHistory> {
  const h = (hours: number) => hoursBefore(now, hours);
  const repo = await createRepo(octokit, name, h(500));
  const main = { ...repo };
  let head = repo.head;
  const next = async (message: string, authoredHoursBefore: number) => {
    head = await commit(octokit, main, { parent: head, message, authoredAt: h(authoredHoursBefore), branch: 'main' });
    return head;
  };
  const c1 = await next('c1: base', 396);
  const c2 = await next('c2: feature', 330);
  const c3 = await next('c3: feature', 312);
  const c4 = await next('c4: change that fails', 264);
  const c5 = await next('Revert "c4: change that fails"', 252);
  const c6 = await next('c6: feature', 158);
  const c7 = await next('c7: feature', 144);
  const c8 = await next('c8: feature', 120);
  const c9 = await next('Revert "c8: feature"', 100);
  const c10 = await next('c10: feature', 72);

  const ok = (created: number, succeededMinutesLater: number) => [{ state: 'success' as const, at: h(created - succeededMinutesLater / 60) }];
  const D0 = await deploy(octokit, main, { sha: c1, createdAt: h(384), statuses: ok(384, 10) });
  const P1 = await deploy(octokit, main, { sha: c3, createdAt: h(300), statuses: [{ state: 'in_progress', at: h(300) }, ...ok(300, 30)] });
  const P2 = await deploy(octokit, main, {
    sha: c4, createdAt: h(258), statuses: [{ state: 'in_progress', at: h(258) }, { state: 'failure', at: h(258 - 20 / 60), description: 'smoke test failed' }],
  });
  const P3 = await deploy(octokit, main, { sha: c5, createdAt: h(251), statuses: ok(251, 20) });
  const C1 = await deploy(octokit, main, { sha: c6, createdAt: h(156), statuses: ok(156, 30) });
  const C2 = await deploy(octokit, main, { sha: c7, createdAt: h(138), statuses: ok(138, 30) });
  const C3 = await deploy(octokit, main, { sha: c6, createdAt: h(136), payload: { 'rollback-of': C2 }, statuses: ok(136, 10) });
  const C4 = await deploy(octokit, main, { sha: c8, createdAt: h(114), statuses: ok(114, 30) });
  const incident = await openIssue(octokit, main, {
    title: 'Checkout errors in production',
    body: `Errors since ${c8.slice(0, 7)} went out.`,
    labels: ['incident'],
    createdAt: h(110),
  });
  const C5 = await deploy(octokit, main, {
    sha: c9, createdAt: h(96), statuses: [{ state: 'in_progress', at: h(96) }, { state: 'error', at: h(96 - 15 / 60), description: 'runner lost' }],
  });
  const C6 = await deploy(octokit, main, { sha: c9, createdAt: h(93), statuses: ok(93, 30) });
  const C7 = await deploy(octokit, main, { sha: c10, createdAt: h(48), statuses: [{ state: 'queued', at: h(48) }, { state: 'in_progress', at: h(47.9) }] });
  return {
    repo: main,
    commits: { c1, c2, c3, c4, c5, c6, c7, c8, c9, c10 },
    deployments: { D0, P1, P2, P3, C1, C2, C3, C4, C5, C6, C7 },
    incident,
  };
}
