/**
 * Repositories shaped for commit-lock tests, built in the sandbox with plain Octokit (not the code
 * under test): commits by known authors on main, and many open pull requests. The benchmark
 * (bench/lock-release.bench.mjs) bundles this file too.
 */
import { createHash } from 'node:crypto';
import type { Octokit } from '@octokit/rest';
import { createGitHubClient, type GitHubClient } from '../../../src/github/client.js';
import { httpFetch } from '../../../src/github/http-fetch.js';
import type { Logger } from '../../../src/runtime/logger.js';

export interface Repo {
  owner: string;
  repo: string;
}

/** The sandbox's no-reply address for a login, which GitHub (and the sandbox) link to the account. */
export function noreplyEmail(login: string): string {
  const id = (createHash('sha1').update(login.toLowerCase()).digest().readUInt32BE(0) % 90_000_000) + 1_000_000;
  return `${id}+${login}@users.noreply.github.com`;
}

/** Runs `task` for 0..count-1, `concurrency` at a time, keeping results in order. */
export async function inParallel<T>(count: number, concurrency: number, task: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next++;
      results[index] = await task(index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return results;
}

async function headOf(octokit: Octokit, at: Repo, branch: string): Promise<string> {
  const { data } = await octokit.rest.git.getRef({ ...at, ref: `heads/${branch}` });
  return data.object.sha;
}

/**
 * Adds one commit per message on top of `branch` (same tree, so no file churn), authored by the
 * given logins with linked e-mails, and moves the branch. Returns the new shas, oldest first.
 */
export async function pushCommits(
  octokit: Octokit,
  at: Repo,
  commits: { message: string; author: string }[],
  branch = 'main',
): Promise<string[]> {
  let parent = await headOf(octokit, at, branch);
  const { data: base } = await octokit.rest.git.getCommit({ ...at, commit_sha: parent });
  const shas: string[] = [];
  for (const c of commits) {
    const { data } = await octokit.rest.git.createCommit({
      ...at,
      message: c.message,
      tree: base.tree.sha,
      parents: [parent],
      author: { name: c.author, email: noreplyEmail(c.author), date: new Date().toISOString() },
    });
    parent = data.sha;
    shas.push(data.sha);
  }
  await octokit.rest.git.updateRef({ ...at, ref: `heads/${branch}`, sha: parent });
  return shas;
}

export interface SeededPull {
  number: number;
  headSha: string;
  branch: string;
}

/**
 * Opens `count` pull requests into `base`, each from its own branch holding one commit. About
 * three requests each, `concurrency` at a time.
 */
export async function seedPullRequests(
  octokit: Octokit,
  at: Repo,
  count: number,
  options: { base?: string; prefix?: string; concurrency?: number; author?: string } = {},
): Promise<SeededPull[]> {
  const base = options.base ?? 'main';
  const prefix = options.prefix ?? 'change';
  const parent = await headOf(octokit, at, base);
  const { data: baseCommit } = await octokit.rest.git.getCommit({ ...at, commit_sha: parent });
  return inParallel(count, options.concurrency ?? 8, async (i) => {
    const branch = `${prefix}-${i}`;
    const { data: commit } = await octokit.rest.git.createCommit({
      ...at,
      message: `${prefix} ${i}`,
      tree: baseCommit.tree.sha,
      parents: [parent],
      ...(options.author ? { author: { name: options.author, email: noreplyEmail(options.author), date: new Date().toISOString() } } : {}),
    });
    await octokit.rest.git.createRef({ ...at, ref: `refs/heads/${branch}`, sha: commit.sha });
    const { data: pull } = await octokit.rest.pulls.create({ ...at, head: branch, base, title: `${prefix} ${i}`, body: `Pull request ${i}` });
    return { number: pull.number, headSha: commit.sha, branch };
  });
}

/**
 * Stopline's client against the sandbox, recording every request it sends (retries included).
 * `throttle: false` drops the throttling plugin, whose process-wide limiter spaces requests that
 * notify (creating issues, comments) 3 s apart even against the sandbox: right for GitHub, and
 * one such write per action run never waits, but a test making several would sleep for seconds.
 */
export function countingClient(
  url: string,
  options: { token?: string; logger?: Logger; throttle?: boolean } = {},
): { client: GitHubClient; requests: { method: string; path: string }[] } {
  const requests: { method: string; path: string }[] = [];
  const fetch = ((input: string | URL | Request, init?: RequestInit) => {
    const target = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
    requests.push({ method: (init?.method ?? 'GET').toUpperCase(), path: target.pathname });
    return httpFetch(input, init);
  }) as typeof globalThis.fetch;
  const client = createGitHubClient({
    token: options.token ?? 'test-token',
    baseUrl: url,
    retryAfterBaseMs: 1,
    fetch,
    ...(options.throttle === false ? { throttle: false } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
  });
  return { client, requests };
}
